/**
 * The commonest cell, read straight from the part's characters: `<c r="B7" s="3" t="s"><v>12</v></c>`.
 * Nine cells in ten of a ledger look like that; reading their attributes and value without slicing a
 * string for each (and without parseInt/parseFloat on one) halves the sheet reader's time.
 * Anything else (an entity, white space in a value, a formula, rich or inline text) is left to the
 * general path in stream-sheet.ts, which reads every form: this one only has to say "not mine".
 */
import { tagEnd } from './stream-xml.js';

/** What readPlainCell found; one object reused for every cell of a sheet. */
export interface PlainCell {
  /** column from `r` as colOf reads it (A = 1), or -1 when `r` is missing or empty */
  col: number;
  style: number;
  /** VALUE_* below */
  kind: number;
  /** the value as a number (VALUE_INDEX, VALUE_NUMBER) */
  num: number;
  /** offsets of the value's characters (VALUE_DECIMAL: parseFloat(s.slice(v0, v1))) */
  v0: number;
  v1: number;
  /** offset just after `</c>` */
  end: number;
}

/** self-closing cell: no value */
export const VALUE_NONE = 0;
/** t="s" and a plain index */
export const VALUE_INDEX = 1;
/** no t (or t="n"), a plain integer */
export const VALUE_NUMBER = 2;
/** no t (or t="n"), any other number text, free of references */
export const VALUE_DECIMAL = 3;

export function emptyPlainCell(): PlainCell {
  return { col: 0, style: 0, kind: VALUE_NONE, num: 0, v0: 0, v1: 0, end: 0 };
}

const T_NUMERIC = 0, T_SHARED = 1;

/**
 * `s[a0, a1)` is the attribute text of a `<c` start tag, `after` the offset just past its `>`.
 * Fills `out` and returns true for a cell in the plain form; false (out undefined) otherwise.
 */
export function readPlainCell(s: string, a0: number, a1: number, selfClosing: boolean, after: number, out: PlainCell): boolean {
  let col = -1, style = 0, type = T_NUMERIC;
  let p = a0;
  while (p < a1) {
    let ch = s.charCodeAt(p);
    if (ch === 32 || ch === 9 || ch === 10 || ch === 13) { p++; continue; }
    const n0 = p;
    while (p < a1 && (ch = s.charCodeAt(p)) !== 61 && ch !== 32 && ch !== 9 && ch !== 10 && ch !== 13) p++;
    const nameLen = p - n0;
    while (p < a1 && s.charCodeAt(p) !== 61) p++;
    p++;
    while (p < a1 && (ch = s.charCodeAt(p)) !== 34 && ch !== 39) p++;
    if (p >= a1) return false;
    const v0 = p + 1;
    let v1 = v0;
    while (v1 < a1 && s.charCodeAt(v1) !== ch) v1++;
    if (v1 >= a1) return false;
    p = v1 + 1;
    if (nameLen !== 1) continue;
    const name = s.charCodeAt(n0);
    if (name === 114 /* r */) {
      // letters then digits, as colOf reads them; anything needing decoding is not plain
      col = v1 > v0 ? 0 : -1;
      let k = v0;
      for (; k < v1; k++) {
        const c = s.charCodeAt(k);
        if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
        else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
        else break;
      }
      for (; k < v1; k++) { const c = s.charCodeAt(k); if (c < 48 || c > 57) return false; }
    } else if (name === 115 /* s */) {
      if (v1 - v0 > 9) return false;
      style = 0;
      for (let k = v0; k < v1; k++) {
        const c = s.charCodeAt(k);
        if (c < 48 || c > 57) return false;
        style = style * 10 + (c - 48);
      }
    } else if (name === 116 /* t */) {
      const len = v1 - v0;
      const c0 = s.charCodeAt(v0);
      if (len === 1 && c0 === 115 /* s */) type = T_SHARED;
      else if (len === 1 && c0 === 110 /* n */) type = T_NUMERIC;
      else return false; // text, booleans, errors, inline strings: the general path

    }
  }
  // `out` is written only for a plain cell: a caller reading several keeps the last one's end
  if (selfClosing) return found(out, col, style, VALUE_NONE, after);
  // <v>…</v></c> right after the start tag, the text non-empty and free of markup
  if (!(s.charCodeAt(after) === 60 && s.charCodeAt(after + 1) === 118 && s.charCodeAt(after + 2) === 62)) return false;
  const t0 = after + 3;
  // values are short: a loop beats an indexOf call
  let t1 = t0;
  while (t1 < s.length && s.charCodeAt(t1) !== 60) t1++;
  if (t1 === t0 || !(s.charCodeAt(t1 + 1) === 47 && s.charCodeAt(t1 + 2) === 118 && s.charCodeAt(t1 + 3) === 62
    && s.charCodeAt(t1 + 4) === 60 && s.charCodeAt(t1 + 5) === 47 && s.charCodeAt(t1 + 6) === 99 && s.charCodeAt(t1 + 7) === 62)) return false;
  // an integer written plainly: its digits are its value (exact below 2^53, which 15 digits are)
  let neg = false, k = t0, n = 0;
  if (type === T_NUMERIC && s.charCodeAt(k) === 45 /* - */) { neg = true; k++; }
  let digits = k < t1 && t1 - k <= 15;
  for (; digits && k < t1; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) digits = false;
    else n = n * 10 + (c - 48);
  }
  if (digits) {
    out.num = neg ? -n : n;
    return found(out, col, style, type === T_SHARED ? VALUE_INDEX : VALUE_NUMBER, t1 + 8);
  }
  if (type === T_SHARED) return false;
  // 12.5, 1E-3, …: parseFloat on the text, unless a reference or line end needs decoding first
  for (let j = t0; j < t1; j++) { const c = s.charCodeAt(j); if (c === 38 || c === 13) return false; }
  out.v0 = t0;
  out.v1 = t1;
  return found(out, col, style, VALUE_DECIMAL, t1 + 8);
}

function found(out: PlainCell, col: number, style: number, kind: number, end: number): true {
  out.col = col;
  out.style = style;
  out.kind = kind;
  out.end = end;
  return true;
}

/**
 * readPlainCell for the start tag at `p` (the next cell of a row, without a tokenizer round trip):
 * false unless a `<c` element in the plain form begins exactly there.
 */
export function readPlainCellAt(s: string, p: number, out: PlainCell): boolean {
  if (s.charCodeAt(p) !== 60 || s.charCodeAt(p + 1) !== 99 /* c */) return false;
  const c = s.charCodeAt(p + 2);
  if (c !== 32 && c !== 47 && c !== 62) return false;
  const k = tagEnd(s, p + 2);
  if (k < 0) return false;
  const selfClosing = s.charCodeAt(k - 1) === 47;
  return readPlainCell(s, p + 2, selfClosing ? k - 1 : k, selfClosing, k + 1, out);
}
