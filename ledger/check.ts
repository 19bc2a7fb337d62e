/**
 * The whole engine for one workbook: Grid → Ledger → Findings → Stats.
 * The CLI and the add-in call exactly this between their adapters.
 */
import type { Grid } from './grid/grid.js';
import type { Ledger, IsoDate } from './model/ledger.js';
import type { Finding } from './findings/finding.js';
import type { BranchStats } from './stats/stats-types.js';
import { resolveSettings, type Settings } from './settings.js';
import { recognize } from './recognize/index.js';
import { resolveAsOf, todayIso } from './as-of.js';
import { runRules } from './rules/index.js';
import { computeStats } from './stats/index.js';
import { sortFindings } from './findings/sort.js';

export interface CheckOptions {
  /** explicit 统计截止日期 */
  asOf?: IsoDate;
  /** today's date (injectable for tests); defaults to the local date */
  today?: IsoDate;
  settings?: Partial<Settings>;
  /** branch name to use when the workbook does not name one (e.g. the file name) */
  fallbackName?: string;
}

export interface CheckResult {
  ledger: Ledger;
  /** W01–W03 from recognition plus every rule's findings, in a stable order */
  findings: Finding[];
  stats: BranchStats;
  asOf: IsoDate;
  settings: Settings;
}

export function checkGrid(grid: Grid, options: CheckOptions = {}): CheckResult {
  const settings = resolveSettings(options.settings);
  // a ledger may be kept a year ahead of the as-of (or today's) year, never more; of several years, the as-of year's is asked for
  const cutoffYear = Number((options.asOf ?? options.today ?? todayIso()).slice(0, 4));
  const ledger = recognize(grid, { latestYear: cutoffYear + 1, cutoffYear, fileName: options.fallbackName });
  const asOf = resolveAsOf(ledger, options.asOf, options.today);
  const findings = sortFindings([...ledger.issues, ...runRules({ ledger, asOf, settings })]);
  const stats = computeStats(ledger, findings, asOf, options.fallbackName ?? '', settings);
  return { ledger, findings, stats, asOf, settings };
}
