/**
 * The month a dues sheet is of, where a branch keeps one sheet a month ("5月", "2025年5月党费",
 * a title "2025年5月党费收缴登记表") and its rows name no month: the payment date is no witness
 * there, since the May dues are often paid in early June.
 */
import { toHalfWidth } from '../values/half-width.js';
import { parseMonthText, type MonthKey } from '../values/month.js';
import type { SheetView } from './sheet-view.js';

/** the ledger's own words around a month in a sheet name: "5月党费", "党费收缴（5月）" */
const LEDGER_WORDS = /党费|收缴|交纳|缴纳|登记表?|明细|台账|情况|[()（）]/g;
/**
 * a title naming the month's dues ("2025年5月党费收缴登记表", "5月份党费"), not a range ("2025年1-6月")
 * nor a stamp ("12月导出"): the year is read from the title as usual
 */
const TITLE_MONTH = /(?:^|年)\s*(\d{1,2})\s*月份?\s*(?:党员)?党费/g;

export function sheetMonth(view: SheetView, headerRow: number): MonthKey | null {
  const named = parseMonthText(view.name.replace(LEDGER_WORDS, ''));
  if (named.kind === 'ok') return { year: named.value.year, month: named.value.month };
  for (let r = Math.max(view.top, headerRow - 3); r < headerRow; r++) {
    for (const c of view.filledCols(r)) {
      const v = view.cell(r, c)!.v;
      if (typeof v !== 'string' || !v.includes('党费')) continue;
      const found = [...toHalfWidth(v).matchAll(TITLE_MONTH)].map((m) => Number(m[1]));
      if (found.length === 1 && found[0] >= 1 && found[0] <= 12) return { year: null, month: found[0] };
    }
  }
  return null;
}
