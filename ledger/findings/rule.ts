/**
 * A rule is data plus a pure function (markdownlint style): a stable ID, a Chinese
 * name and description, a default severity, and check(context) → findings.
 * Rules never throw for bad content: bad content is a finding.
 */
import type { Ledger, IsoDate } from '../model/ledger.js';
import type { Settings } from '../settings.js';
import type { Finding, LedgerArea, RuleId, Severity } from './finding.js';

export interface RuleContext {
  ledger: Ledger;
  /** 统计截止日期: time rules judge only periods ended by this date */
  asOf: IsoDate;
  settings: Settings;
}

export interface Rule {
  id: RuleId;
  area: LedgerArea;
  /** default severity; a rule may raise or lower it per finding as DOMAIN.md §3 says */
  severity: Severity;
  /** short Chinese name, e.g. 身份证号码有误 */
  name: string;
  /** the rule in one Chinese sentence, with its source (党章第九条, 支部工作条例 …) */
  description: string;
  check(ctx: RuleContext): Finding[];
}
