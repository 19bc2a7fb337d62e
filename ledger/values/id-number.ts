/**
 * ID cells: text is trimmed, spaces dropped, x upper-cased. A number keeps the
 * digits that survived floating point: an 18-digit ID stored as a number has
 * lost its last digits (doubles hold 15–16), which M02 reports with the fix.
 */
import type { RawValue } from '../grid/grid.js';
import type { IdNumberValue } from '../model/ledger.js';
import { isBlankMark } from './cell-text.js';
import { toHalfWidth } from './half-width.js';
import { EMPTY, ok, type Parsed } from './parsed.js';

function digitsOf(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const whole = Math.trunc(Math.abs(n));
  return Number.isSafeInteger(whole) ? String(whole) : BigInt(whole).toString();
}

export function parseIdNumber(v: RawValue | undefined): Parsed<IdNumberValue> {
  if (v == null || typeof v === 'boolean') return EMPTY;
  if (typeof v === 'number') return ok({ text: digitsOf(v), storedAsNumber: true });
  // Excel's text mark ', or the ‘ ’ a Chinese input method types for it, is no part of the number;
  // a label typed into the cell ("身份证：1101…", "身份证号:1101…") is no part of the number
  const s = toHalfWidth(v).replace(/\s+/g, '').replace(/^['‘’`]/, '').replace(/^(?:公民)?身份(?:证件?)?(?:号码?)?[:：]/, '').toUpperCase();
  if (s === '' || isBlankMark(s)) return EMPTY;
  // "1.10101199E+17": the number was turned into text after the digits were lost
  if (/^\d(?:\.\d+)?E\+\d{1,2}$/.test(s)) return ok({ text: digitsOf(Number(s)), storedAsNumber: true });
  return ok({ text: s, storedAsNumber: false });
}
