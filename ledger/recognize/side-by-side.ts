/**
 * Ledgers kept side by side on one sheet: a 党总支's branch rosters next to each other, or one
 * roster printed in two halves across a landscape page. The header row names the 姓名 (or the
 * meetings' 日期) again to the right of the table read; what stands there was never read, and must
 * not be so silently (its members would all look missing from the roster).
 */
import type { CellRef } from '../model/ledger.js';
import type { HeaderBlock } from './header-match.js';
import type { SheetView } from './sheet-view.js';
import { lookupHeader } from './synonym-index.js';

export interface SideTable {
  /** the repeated header cell, and its text */
  ref: CellRef;
  label: string;
  /** what the row above says over it ("第二党支部"), if anything */
  heading: string | null;
}

/** The tables right of `first` whose header names the same key field again (姓名, or 日期 for meetings). */
export function sideBySideTables(view: SheetView, first: HeaderBlock): SideTable[] {
  const key = first.kind === 'meetings' ? 'date' : 'name';
  const own = first.columns.get(key);
  if (own === undefined) return [];
  const right = Math.max(...first.mapped);
  const out: SideTable[] = [];
  for (let r = first.row; r <= first.endRow; r++) {
    // the fields the header names right of the table read, column by column
    const named: { col: number; keys: string[]; label: string }[] = [];
    for (const c of view.filledCols(r)) {
      const v = view.cell(r, c)!.v;
      if (c <= right || typeof v !== 'string') continue;
      const keys = lookupHeader(v.trim()).filter((h) => h.kind === first.kind && !h.weak).map((h) => h.field.key);
      if (keys.length > 0) named.push({ col: c, keys, label: v.trim() });
    }
    // a table is the key field with another of the table read's fields after it, before the next key field
    named.forEach((n, i) => {
      if (!n.keys.includes(key)) return;
      const next = named.slice(i + 1);
      const end = next.findIndex((x) => x.keys.includes(key));
      const rest = end < 0 ? next : next.slice(0, end);
      if (!rest.some((x) => x.keys.some((k) => k !== key && first.columns.has(k)))) return;
      out.push({ ref: view.ref(r, n.col), label: n.label, heading: headingOver(view, first.row - 1, n.col) });
    });
  }
  return out;
}

/** The text over a column in the row above the header: the cell itself or a merge reaching over it. */
export function headingOver(view: SheetView, row: number, col: number): string | null {
  if (row < view.top) return null;
  for (let c = col; c >= Math.max(view.left, col - 30); c--) {
    const text = view.text(row, c).trim();
    if (text === '') continue;
    const m = view.mergeFrom(row, c);
    return c === col || (m && m.right >= col) ? text : null;
  }
  return null;
}
