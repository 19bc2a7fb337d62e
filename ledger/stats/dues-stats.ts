/**
 * Dues figures of one branch (中组发〔2008〕3号): amounts due and paid over the months of
 * the ledger year ended by the as-of date, from the month of admission. They are built on
 * the same member-months as D03/D04 (rules/dues/member-months.ts), so that a report's
 * "members in arrears" agrees with the findings: a month the ledger keeps but with no
 * payment row of the member (long form) is still due, a quarterly or advance payment covers
 * the months it pays for, and a member with approved 减免 is not in arrears. Sums are kept in 分 so that they add up exactly.
 */
import type { IsoDate, Ledger } from '../model/ledger.js';
import { memberDues } from '../rules/dues/member-months.js';
import type { BranchStats } from './stats-types.js';

export type DuesStats = BranchStats['dues'];

const cents = (x: number | null | undefined) => (x == null || !Number.isFinite(x) ? 0 : Math.round(x * 100));

/**
 * What a branch collected of its dues: each month counted up to its due (dues.collected); stats made
 * elsewhere without it count paid up to the total due. The rate every report and the summary quote.
 */
export function collectedOf(d: DuesStats): number {
  return d.collected ?? Math.min(d.paid, d.due);
}

/**
 * The dues the 收缴率 is taken over: `due` less the months whose payment could not be read (W03, a
 * formula saved without its result). Whether those were paid is not known, so they are neither
 * collected nor owed: counting them as unpaid read "收缴率0.0%" beside "无欠交、少交党费的党员".
 */
export function rateBaseOf(d: DuesStats): number {
  return Math.max(0, d.due - (d.unread ?? 0));
}

export function duesStats(ledger: Ledger, asOf: IsoDate): DuesStats {
  if (!ledger.dues) return { due: 0, paid: 0, membersInArrears: 0, collected: 0 };
  let due = 0, paid = 0, collected = 0, unread = 0, pending = 0, membersInArrears = 0;
  for (const md of memberDues(ledger, asOf)) {
    let short = false;
    if (!md.waived) pending += cents(md.pending);
    for (const m of md.months) {
      due += cents(m.due);
      paid += cents(m.paid);
      // a month counts what covers it up to its due: a surplus is not collected dues of another month
      // unless the allocation (quarterly, advance payment) already carried it there
      collected += Math.min(cents(m.covered), cents(m.due));
      // as D03/D04 judge: a month whose payment cell could not be read is not known to be short
      if (!m.unreadable && m.due != null && m.due > 0 && m.covered < m.due - 0.01) short = true;
      // what such a month received is not known: its due stays out of the rate (what it did cover still counts)
      if (m.unreadable) unread += Math.max(0, cents(m.due) - Math.min(cents(m.covered), cents(m.due)));
    }
    if (short && !md.waived) membersInArrears++;
  }
  const stats: DuesStats = { due: due / 100, paid: paid / 100, membersInArrears, collected: collected / 100 };
  if (unread > 0) stats.unread = unread / 100;
  if (pending > 0) stats.pending = pending / 100;
  return stats;
}
