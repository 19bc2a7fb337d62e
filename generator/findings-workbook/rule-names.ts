/**
 * Rule names (from the one catalogue) and the ledger each rule belongs to, for the findings workbook.
 */
import type { RuleId } from '../../ledger/findings/finding.js';
export { ruleName } from '../../ledger/rules/catalogue.js';

const LEDGER_BY_PREFIX: Record<string, string> = {
  W: '工作簿', B: '支部基本情况', M: '党员名册', D: '党费收缴台账', C: '三会一课记录',
};

/** Which ledger a finding is about, by its rule's area letter. */
export function ledgerLabel(id: RuleId): string {
  return LEDGER_BY_PREFIX[id[0]] ?? '';
}
