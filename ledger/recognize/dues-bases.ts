/**
 * 缴费基数 kept on a sheet of its own (a 缴费基数核定表: 姓名, 人员身份, 缴费基数, 比例, 月应交, and no
 * months), as branches do where the committee above sets the base once a year. Such a sheet is no
 * dues ledger (nothing paid is recorded on it): the dues rows that lack a base, rate or due take them
 * from it by name, with its cells, so D02 can judge the due and D03 knows it.
 */
import type { DuesRecord } from '../model/ledger.js';
import type { Found } from './continuation.js';
import type { HeaderBlock } from './header-match.js';
import type { SheetView } from './sheet-view.js';

/** A dues header that can record a payment: month columns, or an amount paid a row. */
export function recordsPayments(b: HeaderBlock): boolean {
  return b.months.length > 0 || b.columns.has('paid');
}

/**
 * The first visible sheet outside the dues ledger whose dues header names a member and a base (or a
 * due) but records no payment, when the ledger's rows lack some of that.
 */
export function baseSheet(views: SheetView[], blocks: HeaderBlock[][], dues: Found[], records: DuesRecord[]): Found | null {
  if (!records.some((r) => r.base.value == null || r.due.value == null)) return null;
  const taken = new Set(dues.map((f) => f.view));
  for (const [i, view] of views.entries()) {
    if (taken.has(view) || view.sheet.hidden) continue;
    const first = blocks[i].find((b) => b.kind === 'dues');
    if (!first || recordsPayments(first) || !first.columns.has('name')) continue;
    if (!first.columns.has('base') && !first.columns.has('due')) continue;
    if (first.columns.has('month') || first.columns.has('monthRange') || first.columns.has('paidDate')) continue;
    return { view, blocks: blocks[i], first };
  }
  return null;
}

/**
 * The dues rows with what the base sheet's row of the same member gives where they have none. A name
 * written twice on the base sheet is ambiguous: it gives nothing.
 */
export function withBases(records: DuesRecord[], bases: DuesRecord[]): DuesRecord[] {
  const byName = new Map<string, DuesRecord | null>();
  for (const b of bases) if (b.nameKey) byName.set(b.nameKey, byName.has(b.nameKey) ? null : b);
  return records.map((r) => {
    const b = r.nameKey ? byName.get(r.nameKey) : undefined;
    if (!b) return r;
    const fill = <K extends 'base' | 'rate' | 'due'>(k: K): DuesRecord[K] =>
      r[k].value == null && !r[k].unreadable && b[k].value != null ? b[k] : r[k];
    return { ...r, base: fill('base'), rate: fill('rate'), due: fill('due') };
  });
}
