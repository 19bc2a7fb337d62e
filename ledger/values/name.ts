/**
 * Names: shown as written (trimmed), compared without any whitespace,
 * so "张 三" and "张三" are one person (DOMAIN.md §1).
 */
import { toHalfWidth } from './half-width.js';
import { isWhiteSpace, needsCompacting } from './white-space.js';

export function cleanName(text: string): string {
  // rawText has trimmed it already, mostly: then there is nothing to replace
  if (text === '' || (!isWhiteSpace(text.charCodeAt(0)) && !isWhiteSpace(text.charCodeAt(text.length - 1)))) return text;
  return text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

export function nameKey(text: string): string {
  if (!needsCompacting(text)) return text;
  return toHalfWidth(text).replace(/\s+/g, '');
}
