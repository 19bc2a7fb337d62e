/**
 * One worksheet's used range (as Office.js returns it: values, text, numberFormat, 0-based position)
 * turned into a GridSheet, the same shape the exceljs reader builds (ledger/grid/grid.ts).
 * Pure: no Office.js here, so it is tested on plain arrays.
 */
import type { GridCell, GridSheet } from '../../ledger/grid/grid.js';

export interface UsedRangeData {
  name: string;
  /** Worksheet.visibility: 'Visible' | 'Hidden' | 'VeryHidden' */
  visibility: string;
  /** 0-based, as Range.rowIndex / columnIndex */
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  text: string[][];
  numberFormat: unknown[][];
}

function rawValue(v: unknown): GridCell['v'] {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

export function gridSheetFromRange(d: UsedRangeData): GridSheet {
  const rows = d.values.map((row, r) => {
    const out: (GridCell | null)[] = row.map((v, c) => {
      const value = rawValue(v);
      const text = d.text[r]?.[c] ?? '';
      if (value === null && text === '') return null;
      const f = d.numberFormat[r]?.[c];
      const cell: GridCell = { v: value, t: text };
      if (typeof f === 'string') cell.f = f;
      return cell;
    });
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
  return {
    name: d.name,
    hidden: d.visibility !== 'Visible',
    top: d.rowIndex + 1,
    left: d.columnIndex + 1,
    rows,
    // Merged areas and hidden rows/columns need one call per sheet and area (getMergedAreasOrNullObject,
    // rowHidden per row); recognition works without them, so they are left empty here.
    merges: [],
    hiddenRows: [],
    hiddenCols: [],
  };
}
