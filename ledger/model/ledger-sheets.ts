/** The sheets a ledger was read from, in workbook order: all of them where it is split, else its one sheet. */
export function ledgerSheets(ledger: { sheet: string; sheets?: string[] }): string[] {
  return ledger.sheets ?? [ledger.sheet];
}
