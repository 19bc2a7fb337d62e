/**
 * Size checks on the raw sheet XML, before exceljs builds an object per cell: a sheet of a few
 * million cells, or a merge over whole columns (exceljs materialises every merged cell), would
 * exhaust memory and take the whole bulk run down with it.
 */
import { decodeRange } from './range-ref.js';

/** Cells exceljs would hold (all sheets together, styled-but-empty ones included). */
export const MAX_CELLS = 1_500_000;
/** Cells covered by merges (all sheets together). */
export const MAX_MERGED_CELLS = 2_000_000;

export interface SheetSize {
  cells: number;
  mergedCells: number;
}

const CELL = Buffer.from('<c ');
const MERGE = Buffer.from('<mergeCell ');

/** Counts <c …> elements and the area of <mergeCell ref="…"> elements in a sheet part. */
export function sheetSize(xml: Uint8Array): SheetSize {
  const b = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  let cells = 0;
  for (let p = b.indexOf(CELL); p >= 0; p = b.indexOf(CELL, p + 3)) cells++;
  let mergedCells = 0;
  for (let p = b.indexOf(MERGE); p >= 0; p = b.indexOf(MERGE, p + MERGE.length)) {
    const end = b.indexOf(0x3e /* > */, p);
    const tag = b.toString('latin1', p, end < 0 ? b.length : end);
    const m = /\bref\s*=\s*["']([^"']+)["']/.exec(tag);
    const r = m ? decodeRange(m[1]) : null;
    if (r) mergedCells += (r.bottom - r.top + 1) * (r.right - r.left + 1);
  }
  return { cells, mergedCells };
}
