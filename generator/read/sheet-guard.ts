/**
 * Size checks on the raw sheet XML, before exceljs builds an object per cell: a sheet of a few
 * million cells, or a merge over whole columns (exceljs materialises every merged cell), would
 * exhaust memory and take the whole bulk run down with it.
 */
import type { Grid } from '../../ledger/grid/grid.js';
import { a1 } from '../../ledger/grid/address.js';
import { decodeRange } from './range-ref.js';
import { readError } from './read-messages.js';

/** Cells exceljs would hold (all sheets together, styled-but-empty ones included). */
export const MAX_CELLS = 1_500_000;
/** Cells covered by merges (all sheets together). */
export const MAX_MERGED_CELLS = 2_000_000;

export interface SheetSize {
  cells: number;
  mergedCells: number;
}

const MERGE = Buffer.from('<mergeCell ');

/** Counts <c …> elements and the area of <mergeCell ref="…"> elements in a sheet part. */
export function sheetSize(xml: Uint8Array): SheetSize {
  const b = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  // counted in a latin1 copy: a string search per cell costs a fraction of a Buffer.indexOf call
  // (a native call each: 10% of the streaming reader's time); byte for byte the same matches
  return { cells: countCells(b.toString('latin1')), mergedCells: mergedArea(xml) };
}

/**
 * <c …> elements in a sheet part's text (as latin1 or as UTF-8: "<c " is ASCII, and no byte of a
 * multi-byte UTF-8 character is, so both count the same).
 */
export function countCells(text: string): number {
  let cells = 0;
  for (let p = text.indexOf('<c '); p >= 0; p = text.indexOf('<c ', p + 3)) cells++;
  return cells;
}

/** Cells covered by the part's <mergeCell ref="…"> elements. */
export function mergedArea(xml: Uint8Array): number {
  const b = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  let mergedCells = 0;
  for (let p = b.indexOf(MERGE); p >= 0; p = b.indexOf(MERGE, p + MERGE.length)) {
    const end = b.indexOf(0x3e /* > */, p);
    const tag = b.toString('latin1', p, end < 0 ? b.length : end);
    const m = /\bref\s*=\s*["']([^"']+)["']/.exec(tag);
    const r = m ? decodeRange(m[1]) : null;
    if (r) mergedCells += (r.bottom - r.top + 1) * (r.right - r.left + 1);
  }
  return mergedCells;
}

/** Excel's limit on the characters of one cell ("Excel specifications and limits"): no Excel or WPS file holds more. */
export const MAX_CELL_CHARS = 32_767;

/**
 * Throws TOO_LARGE for a cell text longer than Excel allows: such a file was not saved by Excel, and a
 * 50 MB text would be quoted in every finding about its row (memory and output grow with it).
 */
export function guardCellText(grid: Grid, file: string): void {
  for (const s of grid.sheets) {
    for (let r = 0; r < s.rows.length; r++) {
      const row = s.rows[r];
      for (let c = 0; c < row.length; c++) {
        const v = row[c]?.v;
        if (typeof v === 'string' && v.length > MAX_CELL_CHARS) {
          throw readError('TOO_LARGE', file,
            `工作表“${s.name}”${a1(s.top + r, s.left + c)} 单元格有 ${v.length} 个字符，超过 Excel 单元格上限 ${MAX_CELL_CHARS} 个字符`);
        }
      }
    }
  }
}
