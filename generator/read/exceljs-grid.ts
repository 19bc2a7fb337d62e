/**
 * exceljs Workbook → Grid. Extents come from the cells actually present, never from the declared
 * <dimension> (a sheet may declare A1:XFD1048576). Rows are ragged with trailing empties trimmed.
 */
import type { Workbook, Worksheet, Row } from 'exceljs';
import type { Grid, GridCell, GridRange, GridSheet } from '../../ledger/grid/grid.js';
import type { DateSystem } from './date-system.js';
import { gridCell } from './exceljs-cell.js';

interface Internals {
  /** exceljs keeps rows sparse in `_rows` (index = number − 1); rows without values matter for `hidden` */
  _rows: (Row | undefined)[];
  _merges: Record<string, { top: number; left: number; bottom: number; right: number }>;
}

export function workbookToGrid(wb: Workbook, sys: DateSystem): Grid {
  return { sheets: wb.worksheets.map((ws) => worksheetToGrid(ws, sys)) };
}

export function worksheetToGrid(ws: Worksheet, sys: DateSystem): GridSheet {
  const internals = ws as unknown as Internals;
  const hiddenRows: number[] = [];
  // absolute row number → cells by absolute column (sparse)
  const found: { row: number; cells: (GridCell | null)[] }[] = [];
  let top = Infinity, left = Infinity, bottom = 0, right = 0;
  for (const row of internals._rows) {
    if (!row) continue;
    if (row.hidden) hiddenRows.push(row.number);
    if (!row.hasValues) continue;
    const cells: (GridCell | null)[] = [];
    let first = Infinity, last = 0;
    row.eachCell((cell, col) => {
      const g = gridCell(cell, sys);
      if (!g) return;
      cells[col] = g;
      if (col < first) first = col;
      last = col;
    });
    if (last === 0) continue;
    found.push({ row: row.number, cells });
    if (row.number < top) top = row.number;
    bottom = row.number;
    if (first < left) left = first;
    if (last > right) right = last;
  }
  const merges: GridRange[] = Object.values(internals._merges ?? {}).map((m) => ({
    top: m.top, left: m.left, bottom: m.bottom, right: m.right,
  }));
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  const hiddenCols: number[] = [];
  const rows: (GridCell | null)[][] = [];
  if (found.length > 0) {
    for (const { row, cells } of found) {
      const out: (GridCell | null)[] = [];
      for (let c = left; c < cells.length; c++) out.push(cells[c] ?? null);
      rows[row - top] = out;
    }
    for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
    // hidden columns beyond the data ("hide everything right of the table") say nothing: clamp
    const cols = ws.columns ?? [];
    for (let c = 1; c <= Math.min(cols.length, right); c++) if (cols[c - 1]?.hidden) hiddenCols.push(c);
  }
  return {
    name: ws.name,
    hidden: ws.state === 'hidden' || ws.state === 'veryHidden',
    top: found.length > 0 ? top : 1,
    left: found.length > 0 ? left : 1,
    rows,
    merges,
    hiddenRows: found.length > 0 ? hiddenRows.filter((r) => r <= bottom) : [],
    hiddenCols,
  };
}
