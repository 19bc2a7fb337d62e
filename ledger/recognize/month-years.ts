/**
 * A two-row dues header with the year over its months: "2024年" merged over 1月 … 12月, then
 * "2025年" over the next twelve (a branch keeping two years on one sheet). Each month takes the
 * year above it; read without it, both blocks were the ledger year's and last year's amounts
 * counted as this year's.
 */
import { toHalfWidth } from '../values/half-width.js';
import type { MonthColumn } from './header-match.js';
import { plausibleLedgerYear } from './ledger-year.js';
import type { SheetView } from './sheet-view.js';

/** a cell naming a year and, at most, what its months hold: "2024年", "2025年度", "2025年各月实交党费（元）" */
const YEAR_OVER = /^((?:19|20)\d{2})\s*年度?(?![\d.\-/])/;

export function yearsOverMonths(view: SheetView, row: number, months: MonthColumn[]): MonthColumn[] {
  if (!months.some((m) => m.key.year == null)) return months;
  const filled = view.filledCols(row);
  const spans: { left: number; right: number; year: number }[] = [];
  filled.forEach((c, i) => {
    const v = view.cell(row, c)!.v;
    const m = typeof v === 'string' ? YEAR_OVER.exec(toHalfWidth(v).trim()) : null;
    if (!m || !plausibleLedgerYear(Number(m[1]))) return;
    const merge = view.mergeFrom(row, c);
    // the merge says how far the year reaches; unmerged, up to the next filled cell of the row
    const right = merge && merge.bottom === row ? merge.right : (filled[i + 1] ?? view.right + 1) - 1;
    spans.push({ left: c, right, year: Number(m[1]) });
  });
  // one year over every month says no more than the title does; two or more tell the blocks apart
  if (new Set(spans.map((s) => s.year)).size < 2) return months;
  return months.map((m) => {
    const over = m.key.year == null ? spans.find((s) => m.col >= s.left && m.col <= s.right) : undefined;
    return over ? { ...m, key: { ...m.key, year: over.year } } : m;
  });
}
