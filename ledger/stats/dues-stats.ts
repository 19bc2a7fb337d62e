/**
 * Dues figures of one branch (中组发〔2008〕3号): amounts due and paid over the months of
 * the ledger year ended by the as-of date. Wide form: the monthly amount due for each
 * such month (from the month of admission for a member admitted in the year), and what
 * the month columns show paid; long form: the rows whose months are such months (a row
 * covering several months counts its monthly due once per month). Sums are kept in 分
 * so that they add up exactly.
 */
import type { IsoDate, Ledger } from '../model/ledger.js';
import { monthOf, monthsEnded } from '../time/calendar.js';
import type { BranchStats } from './stats-types.js';

export type DuesStats = BranchStats['dues'];

const cents = (x: number | null | undefined) => (x == null || !Number.isFinite(x) ? 0 : Math.round(x * 100));

export function duesStats(ledger: Ledger, asOf: IsoDate, year: number): DuesStats {
  const dues = ledger.dues;
  if (!dues) return { due: 0, paid: 0, membersInArrears: 0 };
  const ended = new Set(monthsEnded(year, asOf));
  const joinMonth = new Map<string, string>();
  for (const m of ledger.members?.members ?? []) {
    const j = m.joinDate.value?.date;
    if (j) joinMonth.set(m.nameKey, monthOf(j));
  }
  // per member: cents due and paid. A member paying quarterly or in advance is not in
  // arrears (the 规定 allows quarterly payment), so arrears compare the running totals.
  const dueBy = new Map<string, number>();
  const paidBy = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, c: number) => map.set(key, (map.get(key) ?? 0) + c);
  const longSeen = new Set<string>();
  for (const r of dues.records) {
    if (!dueBy.has(r.nameKey)) dueBy.set(r.nameKey, 0);
    if (dues.form === 'wide') {
      const from = joinMonth.get(r.nameKey);
      const monthly = cents(r.due.value);
      for (const month of ended) if (!from || month >= from) add(dueBy, r.nameKey, monthly);
      for (const m of r.months) if (ended.has(m.month)) add(paidBy, r.nameKey, cents(m.paid.value));
    } else {
      for (const m of r.months) {
        if (!ended.has(m.month)) continue;
        add(paidBy, r.nameKey, cents(m.paid.value));
        // one amount due per member-month, however many rows pay towards it
        const key = `${r.nameKey}|${m.month}`;
        if (!longSeen.has(key)) {
          longSeen.add(key);
          add(dueBy, r.nameKey, cents(r.due.value));
        }
      }
    }
  }
  let due = 0, paid = 0, membersInArrears = 0;
  for (const [key, d] of dueBy) {
    const p = paidBy.get(key) ?? 0;
    due += d;
    paid += p;
    if (p < d) membersInArrears++;
  }
  return { due: due / 100, paid: paid / 100, membersInArrears };
}
