/**
 * Grid: what a workbook holds before any meaning is given to it.
 * Both sources (exceljs in Node, Office.js in Excel) produce exactly this shape,
 * so nothing downstream knows which one it came from (ARCHITECTURE.md "Grid").
 */

/**
 * Raw cell value. Dates are Excel serial numbers in the 1900 date system
 * (what Office.js `range.values` returns); a reader of a 1904 workbook converts.
 * Formula cells carry their cached result; error results are the error text ("#REF!").
 */
export type RawValue = string | number | boolean | null;

export interface GridCell {
  /** raw value: string, number (dates as 1900-system serials), boolean, or null when empty */
  v: RawValue;
  /** displayed text, where the source has it (Office.js range.text, exceljs cell.text) */
  t?: string;
  /** number format code, where the source has it ("yyyy-mm-dd", "@", "General") */
  f?: string;
}

/** A rectangle in absolute 1-based sheet coordinates. */
export interface GridRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface GridSheet {
  /** the sheet name exactly as written in the workbook */
  name: string;
  hidden: boolean;
  /** 1-based sheet row of rows[0] (the used range need not start at A1) */
  top: number;
  /** 1-based sheet column of rows[r][0] */
  left: number;
  /** rows[r][c] is the cell at sheet row top+r, column left+c; null where empty. Rows may be ragged. */
  rows: (GridCell | null)[][];
  /** merged areas; only the top-left cell of each carries the value, the others are null */
  merges: GridRange[];
  /** 1-based sheet rows / columns that are hidden */
  hiddenRows: number[];
  hiddenCols: number[];
}

export interface Grid {
  sheets: GridSheet[];
}

/** Cell at absolute 1-based sheet coordinates, or null. */
export function cellAt(sheet: GridSheet, row: number, col: number): GridCell | null {
  const r = sheet.rows[row - sheet.top];
  if (!r) return null;
  return r[col - sheet.left] ?? null;
}

/** Last 1-based row of the sheet that the grid covers. */
export function lastRow(sheet: GridSheet): number {
  return sheet.top + sheet.rows.length - 1;
}

/** Last 1-based column of the sheet that the grid covers (the widest row). */
export function lastCol(sheet: GridSheet): number {
  let w = 0;
  for (const r of sheet.rows) if (r.length > w) w = r.length;
  return sheet.left + w - 1;
}
