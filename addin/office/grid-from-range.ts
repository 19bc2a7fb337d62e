/**
 * One worksheet's used range (as Office.js returns it: values, text, numberFormat, 0-based position)
 * turned into a GridSheet, the same shape the exceljs reader builds (ledger/grid/grid.ts).
 * Pure: no Office.js here, so it is tested on plain arrays.
 */
import type { GridCell, GridRange, GridSheet } from '../../ledger/grid/grid.js';
import { decodeRange } from '../../generator/read/range-ref.js';

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
  /** RangeAreas.address of the merged areas ("Sheet1!A1:B2, Sheet1!D1:D4"), '' when none or unknown */
  mergedAddress?: string;
}

/** One area per "sheet!A1:B2" of a RangeAreas address; the sheet name may be quoted and hold commas. */
const AREA = /(?:'(?:[^']|'')*'|[^!,']+)!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/g;

export function mergedAreas(address: string): GridRange[] {
  const out: GridRange[] = [];
  for (const m of address.matchAll(AREA)) {
    const r = decodeRange(m[1]);
    if (r) out.push(r);
  }
  return out;
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
    merges: mergedAreas(d.mergedAddress ?? ''),
    // hidden rows/columns would need a call per row; recognition keeps hidden rows as data anyway
    hiddenRows: [],
    hiddenCols: [],
  };
}
