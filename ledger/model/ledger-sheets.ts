import type { Ledger } from './ledger.js';
import type { LedgerArea } from '../findings/finding.js';

/** The sheets a ledger was read from, in workbook order: all of them where it is split, else its one sheet. */
export function ledgerSheets(ledger: { sheet: string; sheets?: string[] }): string[] {
  return ledger.sheets ?? [ledger.sheet];
}

/**
 * Which ledger a sheet holds (roster, dues, meetings, branch info), or null for a sheet that is none of
 * them. The CLI and the pane group a finding on a sheet under that sheet's ledger.
 */
export function sheetArea(sheet: string, ledger: Pick<Ledger, 'members' | 'dues' | 'meetings' | 'branch'>): Exclude<LedgerArea, 'workbook'> | null {
  if (ledger.members && ledgerSheets(ledger.members).includes(sheet)) return 'members';
  if (ledger.dues && ledgerSheets(ledger.dues).includes(sheet)) return 'dues';
  if (ledger.meetings && ledgerSheets(ledger.meetings).includes(sheet)) return 'meetings';
  if (ledger.branch.sheet === sheet) return 'branch';
  return null;
}
