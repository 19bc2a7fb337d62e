/**
 * exceljs materialises every cell of a merged area on load; a merge over whole columns would
 * allocate millions of cells. Count the area from the raw sheet XML first.
 */
import { decodeRange } from './range-ref.js';

/** More merged cells than this (all sheets together) is refused as TOO_LARGE. */
export const MAX_MERGED_CELLS = 2_000_000;

const OPEN = Buffer.from('<mergeCell ');

/** Total number of cells covered by <mergeCell ref="…"> elements in a sheet's XML. */
export function mergeArea(xml: Uint8Array): number {
  const b = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  let total = 0;
  for (let p = b.indexOf(OPEN); p >= 0; p = b.indexOf(OPEN, p + OPEN.length)) {
    const end = b.indexOf(0x3e /* > */, p);
    const tag = b.toString('latin1', p, end < 0 ? b.length : end);
    const m = /\bref\s*=\s*["']([^"']+)["']/.exec(tag);
    const r = m ? decodeRange(m[1]) : null;
    if (r) total += (r.bottom - r.top + 1) * (r.right - r.left + 1);
  }
  return total;
}
