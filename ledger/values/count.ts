/** Head counts (应到/实到/请假人数): 12, "12", "12人", "１２人", "8/9" (实到/应到) in those columns; whole and not negative. */
import type { RawValue } from '../grid/grid.js';
import { numberFromText } from './amount.js';
import { isBlankMark } from './cell-text.js';
import { toHalfWidth } from './half-width.js';
import { BAD, EMPTY, ok, type Parsed } from './parsed.js';

/** Which count of a meeting a column holds, when a cell writes both ("8/9", "应到9人实到8人"). */
export type CountRole = 'expected' | 'present';

/**
 * 应到 and 实到 written in one cell: "8/9" (present of expected) or "应到9人实到8人". The column's
 * count is the one after its own word, else its place in the pair; null when the text is neither.
 */
function fromPair(s: string, role: CountRole): number | null {
  const named = (role === 'present' ? /实到\s*(\d+)/ : /应到\s*(\d+)/).exec(s);
  if (named) return Number(named[1]);
  const pair = /^(\d+)\s*[/／]\s*(\d+)\s*(?:人|名)?$/.exec(s);
  return pair ? Number(pair[role === 'present' ? 1 : 2]) : null;
}

export function parseCount(v: RawValue | undefined, role?: CountRole): Parsed<number> {
  if (v == null) return EMPTY;
  if (typeof v === 'boolean') return BAD;
  let n: number | null;
  if (typeof v === 'number') n = v;
  else {
    const s = toHalfWidth(v).trim();
    if (s === '' || isBlankMark(s)) return EMPTY;
    n = numberFromText(s, /(?:人|名|位)$/) ?? (role ? fromPair(s, role) : null);
  }
  return n != null && Number.isInteger(n) && n >= 0 ? ok(n) : BAD;
}
