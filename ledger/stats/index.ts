/**
 * Stats of one branch (ARCHITECTURE.md "Stats"): the figures a report quotes, over the
 * periods of the ledger year up to the as-of date.
 */
import type { IsoDate, Ledger } from '../model/ledger.js';
import type { Finding, RuleId } from '../findings/finding.js';
import { resolveSettings, type Settings } from '../settings.js';
import type { BranchStats } from './stats-types.js';
import { memberStats } from './member-stats.js';
import { duesStats } from './dues-stats.js';
import { meetingsHeld, meetingPeriods } from './meeting-stats.js';
import { ruleYear, statsYear } from '../rules/support/dates.js';
import { ledgerSheets } from '../model/ledger-sheets.js';
import { uncountableOf } from './uncountable.js';

export { emptySummary, addToSummary, summarize, type SummaryStats } from './summary.js';

export function computeStats(
  ledger: Ledger, findings: Finding[], asOf: IsoDate, fallbackName: string, settings?: Settings,
): BranchStats {
  const s = settings ?? resolveSettings();
  // members as of the cutoff's year; meetings held in the year the C-rules judge, as `required` is
  const year = statsYear(ledger, asOf);
  const stats: BranchStats = {
    branch: ledger.branch.name.value?.trim() || fallbackName,
    parent: ledger.branch.parent.value?.trim() || null,
    ledgers: { members: ledger.members != null, dues: ledger.dues != null, meetings: ledger.meetings != null },
    sheets: {
      info: ledger.branch.sheet ? [ledger.branch.sheet] : [],
      members: sheetsOf(ledger.members),
      dues: sheetsOf(ledger.dues),
      meetings: sheetsOf(ledger.meetings),
    },
    asOf,
    year: ledger.year,
    members: memberStats(ledger, asOf, year),
    dues: duesStats(ledger, asOf),
    meetings: meetingsHeld(ledger, asOf, ruleYear(ledger, asOf)),
    ...meetingPeriods(ledger, asOf, s),
    findings: findingCounts(findings),
  };
  const uncountable = uncountableOf(ledger, asOf);
  // only where there is something to say: the stats of every countable ledger keep their shape
  return uncountable ? { ...stats, uncountable } : stats;
}

/** Every sheet a ledger was read from (one, or several where it is split). */
function sheetsOf(l: { sheet: string; sheets?: string[] } | null | undefined): string[] {
  return l ? ledgerSheets(l) : [];
}

function findingCounts(findings: Finding[]): BranchStats['findings'] {
  const bySeverity = { 错误: 0, 警告: 0, 提示: 0 };
  const byRule: Partial<Record<RuleId, number>> = {};
  for (const f of findings) {
    bySeverity[f.severity]++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  return { total: findings.length, bySeverity, byRule };
}
