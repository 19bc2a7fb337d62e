/**
 * A bounded memo for pure text parsers. Ledgers repeat the same texts (a meeting date on
 * every attendee row, "2025年3月" on every long-form dues row, the same dates across a
 * folder of branches), so a parse is looked up rather than redone. Results are frozen:
 * one object now serves many cells, and a consumer that mutated it would change them all.
 */
import type { Parsed } from './parsed.js';

function freeze<T>(p: Parsed<T>): Parsed<T> {
  if (p.kind === 'ok' && typeof p.value === 'object' && p.value !== null) {
    if (Array.isArray(p.value)) for (const x of p.value) Object.freeze(x);
    Object.freeze(p.value);
  }
  return Object.freeze(p);
}

/** `fn` memoised by its input text; the cache starts afresh past `cap` entries (memory stays bounded). */
export function memoText<T>(fn: (text: string) => Parsed<T>, cap = 4096): (text: string) => Parsed<T> {
  let cache = new Map<string, Parsed<T>>();
  return (text: string) => {
    let r = cache.get(text);
    if (r === undefined) {
      r = freeze(fn(text));
      if (cache.size >= cap) cache = new Map();
      cache.set(text, r);
    }
    return r;
  };
}
