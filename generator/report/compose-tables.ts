/**
 * The report's tables (DOMAIN.md §4 item 7) and the annex of findings (item 8), as plain rows.
 */
import type { Finding } from '../../ledger/findings/finding.js';
import { sortFindings } from '../../ledger/findings/sort.js';
import { MEETING_TYPES, MEETING_TYPE_LABELS, type BranchDigest, type BranchStats, type MeetingCounts } from '../../ledger/stats/stats-types.js';
import { maskIdsInText } from '../../ledger/values/mask.js';
import type { Totals } from './aggregate.js';
import { duesRate, submitted } from './branch-vars.js';
import type { TableBlock } from './document-model.js';
import { messageWithoutPlace } from './finding-text.js';
import { cnPeriod } from '../../ledger/rules/support/dates.js';
import { percent, yuan } from './format.js';
import { arrearsKnown, collectionRate, duesFigures, type DuesFigures } from './phrases.js';
import { duesGap } from '../../ledger/stats/uncountable.js';

/** In a summary table, the figures of a ledger the branch did not send. */
const NOT_SUBMITTED = '未报送';

export function membersTable(title: string, digests: BranchDigest[], totals: Totals | null): TableBlock {
  // a branch that sent no roster has no figures here, not "0" members and "未设"
  const rows = digests.map(({ stats: s, findings }) => (submitted(s).members ? [
    s.branch,
    String(s.members.total),
    `${s.members.full}/${s.members.probationary}`,
    s.members.hasCommittee ? `已设（${s.members.committeeSize}人）` : '未设',
    String(findings.length),
  ] : [s.branch, NOT_SUBMITTED, '—', '—', String(findings.length)]));
  if (totals) {
    rows.push(['合计', String(totals.members.total), `${totals.members.full}/${totals.members.probationary}`,
      totals.committees > 0 ? `已设${totals.committees}个` : '均未设', String(totals.findings.total)]);
  }
  return {
    kind: 'table', title,
    header: ['支部', '党员数', '正式/预备', '支委会', '问题数'],
    rows, widths: [34, 12, 16, 20, 12], numeric: [false, true, true, false, true],
  };
}

/**
 * 表3 of a branch whose 三会一课 cannot be counted (no readable dates or types): the periods due, and
 * "—" for what was held, not 0 and 0.0% (ledger/stats uncountable.ts).
 */
export function uncountedMeetingsTable(title: string, required: MeetingCounts): TableBlock {
  const shown = MEETING_TYPES.filter((k) => required[k] > 0);
  const rows = (shown.length ? shown : MEETING_TYPES).map((k) => [MEETING_TYPE_LABELS[k], String(required[k]), '—', '—', '—']);
  return meetingsBlock(title, rows);
}

export function meetingsTable(title: string, t: Totals): TableBlock {
  // a type neither due nor held (no 支委会 in a branch without a committee) is a row of zeros and "—"
  const shown = MEETING_TYPES.filter((k) => t.required[k] > 0 || t.meetings[k] > 0);
  const rows = (shown.length ? shown : MEETING_TYPES).map((k) => [
    MEETING_TYPE_LABELS[k],
    String(t.required[k]),
    String(t.periodsMet[k]),
    String(t.meetings[k]),
    percent(t.periodsMet[k], t.required[k]),
  ]);
  return meetingsBlock(title, rows);
}

function meetingsBlock(title: string, rows: string[][]): TableBlock {
  return {
    kind: 'table', title,
    header: ['会议类型', '应开期数', '按期开展期数', '实开次数', '完成率'],
    rows, widths: [26, 16, 20, 16, 16], numeric: [false, true, true, true, true],
  };
}

/** Members in arrears; "—" where no due was recorded or no payment could be read (nobody is known to be, or not to be). */
function arrearsCell(d: DuesFigures): string {
  return arrearsKnown(d) ? String(d.membersInArrears) : '—';
}

/** 收缴率 as every report reads it: collected ÷ due (branch-vars.ts duesRate), never over 100% beside arrears. */
export function duesTable(title: string, stats: BranchStats[], totals: Totals | null): TableBlock {
  // a branch that sent no dues ledger owes nothing it could be checked on: "未报送", not 0.00 and 0 in arrears
  const rows = stats.map((s) => (!submitted(s).dues ? [s.branch, NOT_SUBMITTED, '—', '—', '—']
    : duesGap(s) ? uncountedDuesRow(s, totals != null)
      : [s.branch, yuan(s.dues.due), yuan(s.dues.paid), duesRate(s.dues), arrearsCell(duesFigures(s.dues))]));
  if (totals) {
    rows.push(['合计', yuan(totals.dues.due), yuan(totals.dues.paid), collectionRate(totals.dues),
      String(totals.dues.membersInArrears)]);
  }
  return {
    kind: 'table', title,
    header: ['支部', '应交（元）', '实交（元）', '收缴率', '欠交党员（名）'],
    rows, widths: [34, 18, 18, 12, 16], numeric: [false, true, true, true, true],
  };
}

/**
 * Dues that cannot be counted (ledger/stats uncountable.ts): no rate and no arrears. The branch's own
 * report shows the figure the ledger does give; the summary, which leaves the branch out of its 合计,
 * shows none, so that the 合计 is the sum of its rows.
 */
function uncountedDuesRow(s: BranchStats, inSummary: boolean): string[] {
  const gap = duesGap(s);
  const due = !inSummary && gap === 'paid' ? yuan(s.dues.due) : '—';
  const paid = !inSummary && gap === 'due' ? yuan(s.dues.paid) : '—';
  return [s.branch, due, paid, '—', '—'];
}

/** Where in the ledger: the cell, else the row, else the period in words (2025年第三季度), else "—". */
function placeOf(f: Finding): string {
  if (f.cell) return f.cell;
  if (f.row != null) return `第${f.row}行`;
  if (f.period) return cnPeriod(f.period);
  return '—';
}

/** 台账问题清单: every finding, so the branch can correct it. `withBranch` adds the 支部 column. */
export function findingsTable(title: string, groups: { branch: string; findings: Finding[] }[], withBranch: boolean): TableBlock {
  const rows: string[][] = [];
  for (const g of groups) {
    for (const f of sortFindings(g.findings)) {
      const row = [
        String(rows.length + 1),
        f.sheet ?? '（整个工作簿）',
        placeOf(f),
        `${f.rule}\n${f.severity}`,
        // the sheet and place columns say where: the message need not say it again
        maskIdsInText(messageWithoutPlace(f)),
      ];
      if (withBranch) row.splice(1, 0, g.branch);
      rows.push(row);
    }
  }
  const header = ['序号', '台账/工作表', '位置', '规则', '问题说明'];
  // 位置 wide enough for "2025年12月" on one line
  const widths = [7, 18, 16, 9, 50];
  const numeric = [true, false, false, false, false];
  if (withBranch) {
    header.splice(1, 0, '支部');
    widths.splice(1, 0, 16);
    widths[2] -= 4;
    widths[widths.length - 1] -= 12;
    numeric.splice(1, 0, false);
  }
  return { kind: 'table', title, header, rows, widths, numeric, small: true };
}
