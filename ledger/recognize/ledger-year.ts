/**
 * Which years a ledger can be of. A year inferred from the data (month headers, meeting
 * dates, dues months) must be one a branch could keep a ledger for: a stray serial or an
 * amount read as a date (3324.92 → 1909-02-03) must not become the 统计年度 (DOMAIN.md §3:
 * the as-of date follows the ledger year).
 */

/** The earliest ledger year taken from data: branch ledgers in Excel postdate 1990. */
export const MIN_LEDGER_YEAR = 1990;
/** The latest, when the caller gives no as-of year (a ledger may be kept a year ahead). */
export const MAX_LEDGER_YEAR = 2100;

export function plausibleLedgerYear(year: number, latest: number = MAX_LEDGER_YEAR): boolean {
  return Number.isInteger(year) && year >= MIN_LEDGER_YEAR && year <= latest;
}
