/**
 * A dues sheet kept the other way round: 月份 down the first column, one column a member.
 * Uncommon (党费交纳登记表 forms keep one row a member), so it is not read but named in the
 * W01, with the fix; looked for only when no dues ledger was found.
 */
import { parseMonthKey } from '../values/month.js';
import type { SheetView } from './sheet-view.js';
import { lookupHeader } from './synonym-index.js';

/** The sheet with a 月份 header cell over 3+ month cells, if any. */
export function transposedDuesSheet(views: SheetView[]): string | null {
  for (const view of views) {
    const end = Math.min(view.bottom, view.top + 30);
    for (let r = view.top; r <= end; r++) {
      for (const c of view.filledCols(r)) {
        const v = view.cell(r, c)!.v;
        if (typeof v !== 'string' || !lookupHeader(v).some((h) => h.kind === 'dues' && h.field.key === 'month')) continue;
        let months = 0;
        for (let rr = r + 1; rr <= Math.min(view.bottom, r + 14) && months < 3; rr++) {
          const cell = view.cell(rr, c);
          if (cell && parseMonthKey(cell.v, cell.f).kind === 'ok') months++;
        }
        if (months >= 3 && view.filledCols(r).length >= 3) return view.name;
      }
    }
  }
  return null;
}
