/**
 * A dues rate (比例) as a fraction: "1%", "0.5%", 0.005, 0.015.
 * 中组发〔2008〕3号 rates are at most 2%, so a bare number above 0.05 was meant as percent.
 */
import type { RawValue } from '../grid/grid.js';
import { numberFromText } from './amount.js';
import { isBlankMark } from './cell-text.js';
import { toHalfWidth } from './half-width.js';
import { BAD, EMPTY, ok, type Parsed } from './parsed.js';

export function parseRate(v: RawValue | undefined): Parsed<number> {
  if (v == null) return EMPTY;
  if (typeof v === 'boolean') return BAD;
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0) return BAD;
    return ok(v > 0.05 ? v / 100 : v);
  }
  const s = toHalfWidth(v).trim();
  if (s === '' || isBlankMark(s)) return EMPTY;
  const percent = /[%％]$/.test(s);
  const n = numberFromText(s.replace(/[%％]$/, ''), /$^/);
  if (n == null || n < 0) return BAD;
  return ok(percent || n > 0.05 ? n / 100 : n);
}
