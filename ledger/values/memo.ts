/**
 * Bounded memos for pure text parsers. Ledgers repeat the same texts (a meeting date on
 * every attendee row, "2025年3月" on every long-form dues row, 党员大会 on every meeting,
 * the same dates across a folder of branches), so a parse is looked up rather than redone.
 */
import type { Parsed } from './parsed.js';

/** `fn` memoised by its input text; the cache starts afresh past `cap` entries (memory stays bounded). */
function memo<R>(fn: (text: string) => R, cap: number): (text: string) => R {
  let cache = new Map<string, R>();
  return (text: string) => {
    let r = cache.get(text);
    if (r === undefined) {
      r = fn(text);
      if (cache.size >= cap) cache = new Map();
      cache.set(text, r);
    }
    return r;
  };
}

function freeze<T>(p: Parsed<T>): Parsed<T> {
  if (p.kind === 'ok' && typeof p.value === 'object' && p.value !== null) {
    if (Array.isArray(p.value)) for (const x of p.value) Object.freeze(x);
    Object.freeze(p.value);
  }
  return Object.freeze(p);
}

/**
 * A memoised parser whose results are frozen: one object now serves many cells, and a
 * consumer that mutated it would change them all.
 */
export function memoText<T>(fn: (text: string) => Parsed<T>, cap = 4096): (text: string) => Parsed<T> {
  return memo((text) => freeze(fn(text)), cap);
}

/** A memoised text → list parser; each caller gets its own copy of the list (records own their arrays). */
export function memoList<T>(fn: (text: string) => T[], cap = 4096): (text: string) => T[] {
  const m = memo(fn, cap);
  return (text) => m(text).slice();
}
