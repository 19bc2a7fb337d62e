/**
 * The date columns of a table written day first (date-order.ts), decided once over all their data
 * rows before any cell is read, so each cell is read by its column's order.
 */
import type { RawValue } from '../grid/grid.js';
import { columnDateOrder } from '../values/date-order.js';
import type { HeaderBlock } from './header-match.js';
import type { SheetView } from './sheet-view.js';
import type { DataRow } from './table-rows.js';

/** The columns of `rows` (date fields only) whose dates are written day first. */
export function dayFirstColumns(view: SheetView, rows: readonly DataRow[]): ReadonlySet<number> {
  const values = new Map<number, RawValue[]>();
  for (const { row, block } of rows) {
    for (const col of dateColumns(block)) {
      const v = view.cell(row, col)?.v;
      if (typeof v === 'string') (values.get(col) ?? values.set(col, []).get(col)!).push(v);
    }
  }
  const out = new Set<number>();
  for (const [col, vs] of values) if (columnDateOrder(vs) === 'dayFirst') out.add(col);
  return out;
}

const dateCols = new WeakMap<HeaderBlock, number[]>();

function dateColumns(block: HeaderBlock): number[] {
  let cols = dateCols.get(block);
  if (!cols) {
    cols = [...block.columns].filter(([key]) => block.specs.get(key)?.type === 'date').map(([, col]) => col);
    dateCols.set(block, cols);
  }
  return cols;
}
