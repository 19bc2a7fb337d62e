/** Text of a raw cell value, the way recognition compares it. */
import type { GridCell, RawValue } from '../grid/grid.js';
import { toHalfWidth } from './half-width.js';
import { needsCompacting } from './white-space.js';

/** The raw value as trimmed text ('' when empty); numbers as JavaScript prints them. */
export function rawText(v: RawValue | undefined): string {
  if (v == null) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return v ? 'TRUE' : 'FALSE';
}

/** Displayed text where the source has it, else the raw text. */
export function displayText(cell: GridCell | null | undefined): string {
  if (!cell) return '';
  if (cell.t != null && cell.t.trim() !== '') return cell.t.trim();
  return rawText(cell.v);
}

export function isEmptyCell(cell: GridCell | null | undefined): boolean {
  if (!cell || cell.v == null) return true;
  return typeof cell.v === 'string' && cell.v.trim() === '';
}

/** Half-width text without any whitespace: the form header and name keys compare on. */
export function compact(text: string): string {
  if (!needsCompacting(text)) return text;
  return toHalfWidth(text).replace(/\s+/g, '');
}

/** Placeholders that mean "nothing here": a dash, a slash, 无. */
export function isBlankMark(text: string): boolean {
  return /^(?:[-—–－_/\\~～]+|无|N\/?A|null)$/i.test(text);
}

const TRAILING_NOTE = /\s*[(（[【][^)）\]】]*[)）\]】]$/;

/**
 * The text without a note in brackets at its end: "方霞（预备）" → "方霞", "96（含7月补交）" → "96",
 * "7（请假1人）" → "7". Branches add such notes to names, amounts and counts alike.
 */
export function withoutTrailingNote(text: string): string {
  return text.replace(TRAILING_NOTE, '');
}
