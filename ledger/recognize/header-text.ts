/**
 * Header text as recognition compares it: half-width, no whitespace, upper-case,
 * no required-marks (*) or trailing colon. The bracket-free form lets
 * "党费基数（取整）" or "姓名（必填）" fall back to their bare words.
 */
import { compact } from '../values/cell-text.js';

/** Characters normalisation would change; text without them is already normal. */
const NEEDS_WORK = /[\s\uff01-\uff5e\u3000*#:：a-z]/;

export function normalizeHeader(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return compact(text)
    .replace(/^[*#]+|[*#]+$/g, '')
    .replace(/[:：]$/, '')
    .toUpperCase();
}

/** The header without bracketed remarks: "党费基数(取整)" → "党费基数"; '' when nothing is left. */
export function withoutBrackets(normalized: string): string {
  return normalized.replace(/\([^()]*\)|\[[^\]]*\]|【[^】]*】/g, '');
}
