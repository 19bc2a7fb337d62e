/**
 * Map a cell's text to a canonical enum value (ledger/schema/enums.ts):
 * exact synonym first, then the first `contains` keyword found. Never throws.
 */
import type { EnumSpec } from '../schema/enums.js';
import { compact } from './cell-text.js';

interface EnumIndex<T extends string> {
  exact: Map<string, T>;
  contains: [string, T][];
  /** texts already matched: a roster repeats 男, 女, 正式党员, 在职 a thousand times */
  seen: Map<string, T | null>;
}

const indexes = new WeakMap<EnumSpec<string>, EnumIndex<string>>();

function indexOf<T extends string>(spec: EnumSpec<T>): EnumIndex<T> {
  let idx = indexes.get(spec) as EnumIndex<T> | undefined;
  if (!idx) {
    idx = { exact: new Map(), contains: [], seen: new Map() };
    for (const v of spec.values) {
      for (const s of [v.value, v.label, ...v.synonyms]) {
        const k = compact(s).toUpperCase();
        if (!idx.exact.has(k)) idx.exact.set(k, v.value);
      }
      for (const c of v.contains ?? []) idx.contains.push([compact(c).toUpperCase(), v.value]);
    }
    indexes.set(spec, idx);
  }
  return idx;
}

export function matchEnum<T extends string>(spec: EnumSpec<T>, text: string): T | null {
  const idx = indexOf(spec);
  const known = idx.seen.get(text);
  if (known !== undefined) return known;
  const found = lookup(idx, compact(text).toUpperCase());
  if (idx.seen.size < 10_000) idx.seen.set(text, found);
  return found;
}

function lookup<T extends string>(idx: EnumIndex<T>, k: string): T | null {
  if (k === '') return null;
  const exact = idx.exact.get(k);
  if (exact != null) return exact;
  for (const [word, value] of idx.contains) if (k.includes(word)) return value;
  return null;
}
