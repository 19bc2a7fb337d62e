/**
 * The monthly due a dues row writes: its 月应交, or, where the ledger has no 月应交 column,
 * 缴费基数 × 比例 rounded to the fen. Recognition (a tick pays it) and the dues rules read it alike.
 */
import type { DuesRecord } from './ledger.js';

/** True where the row's due is its base × rate (no 月应交 column, both written). */
export function dueByRate(r: DuesRecord): boolean {
  return r.due.ref == null && r.rate.value != null && r.base.value != null;
}

export function writtenDue(r: DuesRecord): number | null {
  return dueByRate(r) ? Math.round(r.base.value! * r.rate.value! * 100) / 100 : r.due.value;
}
