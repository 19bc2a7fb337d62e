/**
 * Names: shown as written (trimmed), compared without any whitespace,
 * so "张 三" and "张三" are one person (DOMAIN.md §1).
 */
import { toHalfWidth } from './half-width.js';

export function cleanName(text: string): string {
  return text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

export function nameKey(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '');
}
