/**
 * Derived views several rules and the stats share (member-months, meeting periods): computed once
 * per ledger and key, not once per caller. A ledger is not changed once recognised (rules and stats
 * only read it), so the view of a ledger object stays true; the cache goes with the ledger (WeakMap).
 * Callers must not change what they get back.
 */
import type { Ledger } from '../../model/ledger.js';

export function perLedger<A extends unknown[], R>(
  compute: (ledger: Ledger, ...args: A) => R,
  key: (...args: A) => string,
): (ledger: Ledger, ...args: A) => R {
  const cache = new WeakMap<Ledger, Map<string, R>>();
  return (ledger, ...args) => {
    let byKey = cache.get(ledger);
    if (!byKey) { byKey = new Map(); cache.set(ledger, byKey); }
    const k = key(...args);
    if (byKey.has(k)) return byKey.get(k)!;
    const value = compute(ledger, ...args);
    byKey.set(k, value);
    return value;
  };
}
