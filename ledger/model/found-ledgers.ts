/**
 * Whether a workbook holds anything of a branch ledger. Neither a roster, nor dues, nor meetings,
 * nor a branch info sheet: not a ledger workbook (the CLI lists it as unreadable, NO_LEDGER; the pane
 * writes no report for it).
 */
import type { Ledger } from './ledger.js';

export function hasAnyLedger(l: Pick<Ledger, 'members' | 'dues' | 'meetings' | 'branch'>): boolean {
  return Boolean(l.members || l.dues || l.meetings || l.branch.sheet != null);
}
