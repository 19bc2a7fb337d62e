/** Head counts (应到/实到/请假人数): 12, "12", "12人", "１２人"; whole and not negative. */
import type { RawValue } from '../grid/grid.js';
import { numberFromText } from './amount.js';
import { isBlankMark } from './cell-text.js';
import { toHalfWidth } from './half-width.js';
import { BAD, EMPTY, ok, type Parsed } from './parsed.js';

export function parseCount(v: RawValue | undefined): Parsed<number> {
  if (v == null) return EMPTY;
  if (typeof v === 'boolean') return BAD;
  let n: number | null;
  if (typeof v === 'number') n = v;
  else {
    const s = toHalfWidth(v).trim();
    if (s === '' || isBlankMark(s)) return EMPTY;
    n = numberFromText(s, /(?:人|名|位)$/);
  }
  return n != null && Number.isInteger(n) && n >= 0 ? ok(n) : BAD;
}
