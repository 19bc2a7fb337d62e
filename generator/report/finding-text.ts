/**
 * How a finding reads in a list that already has columns for its sheet, cell and period (the report's
 * annex, 问题清单.xlsx): the message without the place it starts with (the period in words is the
 * rules' own cnPeriod). The JSON contract and `check` keep the finding exactly as the engine made it.
 */
import type { Finding } from '../../ledger/findings/finding.js';
import { where } from '../../ledger/rules/support/make-finding.js';

/**
 * The message without the "党员名册 E7：" / "党员名册第7行：" / "三会一课：" it starts with — the
 * prefix `where` gave it from this finding's own place; a message that starts otherwise is kept whole.
 */
export function messageWithoutPlace(f: Finding): string {
  const p = where(f);
  const rest = p && f.message.startsWith(p) ? f.message.slice(p.length).trim() : '';
  return rest || f.message;
}
