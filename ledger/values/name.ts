/**
 * Names: shown as written (trimmed), compared without any whitespace and with one middle dot,
 * so "张 三" and "张三", "阿依古丽•买买提" and "阿依古丽·买买提" are one person (DOMAIN.md §1).
 */
import { toHalfWidth } from './half-width.js';
import { isWhiteSpace, needsCompacting } from './white-space.js';

export function cleanName(text: string): string {
  // rawText has trimmed it already, mostly: then there is nothing to replace
  if (text === '' || (!isWhiteSpace(text.charCodeAt(0)) && !isWhiteSpace(text.charCodeAt(text.length - 1)))) return text;
  return text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/** The separators of a minority name ("阿依古丽·买买提") in the forms keyboards produce. */
const NAME_DOT = /[•・‧∙⋅･]/;
const NAME_DOTS = new RegExp(NAME_DOT.source, 'g');

/** Invisible characters a web page leaves in pasted text; \s does not cover them. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060]/;
const ZERO_WIDTHS = new RegExp(ZERO_WIDTH.source, 'g');

export function nameKey(text: string): string {
  const seen = ZERO_WIDTH.test(text) ? text.replace(ZERO_WIDTHS, '') : text;
  const key = needsCompacting(seen) ? toHalfWidth(seen).replace(/\s+/g, '') : seen;
  // only a name with a dot other than · pays for the replace
  return NAME_DOT.test(key) ? key.replace(NAME_DOTS, '·') : key;
}
