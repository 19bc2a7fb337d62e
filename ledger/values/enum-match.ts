/**
 * Map a cell's text to a canonical enum value (ledger/schema/enums.ts):
 * exact synonym first, then the first `contains` keyword found. Never throws.
 */
import type { EnumSpec } from '../schema/enums.js';
import { compact } from './cell-text.js';

interface EnumIndex<T extends string> {
  exact: Map<string, T>;
  contains: [string, T][];
}

const indexes = new WeakMap<EnumSpec<string>, EnumIndex<string>>();

function indexOf<T extends string>(spec: EnumSpec<T>): EnumIndex<T> {
  let idx = indexes.get(spec) as EnumIndex<T> | undefined;
  if (!idx) {
    idx = { exact: new Map(), contains: [] };
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
  const k = compact(text).toUpperCase();
  if (k === '') return null;
  const idx = indexOf(spec);
  const exact = idx.exact.get(k);
  if (exact != null) return exact;
  for (const [word, value] of idx.contains) if (k.includes(word)) return value;
  return null;
}
