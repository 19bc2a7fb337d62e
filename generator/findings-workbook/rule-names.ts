/**
 * Rule names (from the one catalogue) and the ledger each rule belongs to, for the findings workbook.
 */
import type { Finding, RuleId } from '../../ledger/findings/finding.js';
import type { BranchStats } from '../../ledger/stats/stats-types.js';
import { sheetArea, type SheetArea } from '../../ledger/stats/sheet-area.js';
export { ruleName } from '../../ledger/rules/catalogue.js';

const LEDGER_BY_PREFIX: Record<string, string> = {
  W: '工作簿', B: '支部基本情况', M: '党员名册', D: '党费收缴台账', C: '三会一课记录',
};

/** Which ledger a finding is about, by its rule's area letter. */
function ledgerLabel(id: RuleId): string {
  return LEDGER_BY_PREFIX[id[0]] ?? '';
}

const LEDGER_OF_AREA: Record<SheetArea, string> = {
  members: LEDGER_BY_PREFIX.M, dues: LEDGER_BY_PREFIX.D, meetings: LEDGER_BY_PREFIX.C, info: LEDGER_BY_PREFIX.B,
};

/**
 * The ledger of a finding: a W02/W03 on a ledger's own sheet (a column missing from the roster, an
 * unreadable 党费 cell) is that ledger's, not the workbook's; the rest by the rule's area letter.
 */
export function findingLedger(f: Finding, sheets?: BranchStats['sheets']): string {
  const area = f.rule[0] === 'W' && f.sheet != null && sheets ? sheetArea(sheets, f.sheet) : null;
  return area ? LEDGER_OF_AREA[area] : ledgerLabel(f.rule);
}
