/**
 * The per-branch report's own placeholder values (template-vars.ts BRANCH_VARS): the figures of one
 * branch as phrases that read naturally at zero ("未设党小组", not "设党小组0个"; phrases.ts has the
 * ones the summary shares), the ledgers it did not submit, and its dues collection rate. Every value is a count, sum,
 * share or name of the input; nothing is invented.
 */
import { MEETING_TYPES, MEETING_TYPE_LABELS, type BranchStats } from '../../ledger/stats/stats-types.js';
import { percent } from './format.js';
import { collectionRate, duesFigures, groupsPhrase } from './phrases.js';
import type { VarValues } from './template-vars.js';
import { duesGap, meetingsGap } from '../../ledger/stats/uncountable.js';
import { duesUncountedArrears, duesUncountedClause, uncountedJudgement } from './uncounted-text.js';

export type LedgerKey = 'members' | 'dues' | 'meetings';

const LEDGER_NAMES: Record<LedgerKey, string> = {
  members: '党员名册',
  dues: '党费收缴台账',
  meetings: '“三会一课”记录',
};
const LEDGER_KEYS = Object.keys(LEDGER_NAMES) as LedgerKey[];

/** Which ledgers the workbook holds; stats without the flags (built elsewhere) count as complete. */
export function submitted(s: BranchStats): Record<LedgerKey, boolean> {
  return s.ledgers ?? { members: true, dues: true, meetings: true };
}

export function missingLedgers(s: BranchStats): LedgerKey[] {
  const has = submitted(s);
  return LEDGER_KEYS.filter((k) => !has[k]);
}

/** "甲", "甲和乙", "甲、乙和丙". */
function series(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;
}

/**
 * 收缴率 of one branch: of the dues owed up to the as-of date, the share paid, each member-month
 * counted up to its own due (stats dues.collected). So it never exceeds 100% and stays under 100%
 * while a member is short, whatever others paid beyond their due: 预交 for later months, 多交, or a
 * due entered too low (D02). paid ÷ due let those hide arrears (probe: "收缴率102.7%" beside three
 * members in arrears). Rows of people not in the roster (D01) count in due, paid and collected
 * alike, as in the stats (README 统计口径), so they cannot lift the rate either. Months whose payment
 * could not be read (W03) are left out (phrases.ts collectionRate).
 */
export function duesRate(d: BranchStats['dues']): string {
  return collectionRate(duesFigures(d));
}

/**
 * "支部党员大会应开4期、按期开展3期；…民主评议党员应开1期、未按期开展，按期完成率84.8%",
 * over the types with periods required by the as-of date.
 */
function meetingsMix(s: BranchStats): string {
  const types = MEETING_TYPES.filter((k) => s.required[k] > 0);
  if (types.length === 0) return '截至统计截止日期尚无应开的会议期数';
  const parts = types.map((k) => `${MEETING_TYPE_LABELS[k]}应开${s.required[k]}期、${s.periodsMet[k] > 0 ? `按期开展${s.periodsMet[k]}期` : '未按期开展'}`);
  const required = types.reduce((a, k) => a + s.required[k], 0);
  const met = types.reduce((a, k) => a + s.periodsMet[k], 0);
  return `${parts.join('；')}，按期完成率${percent(met, required)}`;
}

export function branchVars(s: BranchStats): VarValues {
  const m = s.members;
  const secretary = m.secretary ? `支部书记为${m.secretary}` : '名册中未登记支部书记';
  const has = submitted(s);
  const present = LEDGER_KEYS.filter((k) => has[k]).map((k) => LEDGER_NAMES[k]);
  const missing = missingLedgers(s).map((k) => LEDGER_NAMES[k]);
  const given = present.length ? series(present) : '支部基本信息表';
  return {
    支部名称: s.branch,
    支部书记: m.secretary ?? '未登记',
    支委人数: String(m.committeeSize),
    支委会情况: m.hasCommittee
      ? `设立了支部委员会，${secretary}，支部委员${m.committeeSize}名`
      : `未设立支部委员会，${secretary}`,
    上级党组织: s.parent || '上级党组织',
    报送台账: given,
    未报送台账: missing.length ? series(missing) : '无',
    查阅台账: missing.length ? `${given}（该支部未报送${series(missing)}）` : given,
    党小组情况: groupsPhrase(1, m.groups),
    党费收缴率: duesRate(s.dues),
    三会一课落实情况: meetingsMix(s),
    无法统计情况: uncountedJudgement(duesGap(s), meetingsGap(s), s.year) ?? '',
    ...duesUncountedVars(s),
  };
}

/** Dues that cannot be counted (no 实交, 月份 or due): why, in place of figures the summary leaves out too. */
function duesUncountedVars(s: BranchStats): VarValues {
  const gap = duesGap(s);
  if (!gap) return {};
  return { 党费收缴情况: duesUncountedClause(gap, s.dues, s.year), 欠缴情况: duesUncountedArrears(gap), 党费收缴率: '—', 收缴率说明: '' };
}
