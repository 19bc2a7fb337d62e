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

export function duesStats(ledger: Ledger, asOf: IsoDate): DuesStats {
  if (!ledger.dues) return { due: 0, paid: 0, membersInArrears: 0, collected: 0 };
  let due = 0, paid = 0, collected = 0, membersInArrears = 0;
  for (const md of memberDues(ledger, asOf)) {
    let short = false;
    for (const m of md.months) {
      due += cents(m.due);
      paid += cents(m.paid);
      // a month counts what covers it up to its due: a surplus is not collected dues of another month
      // unless the allocation (quarterly, advance payment) already carried it there
      collected += Math.min(cents(m.covered), cents(m.due));
      // as D03/D04 judge: a month whose payment cell could not be read is not known to be short
      if (!m.unreadable && m.due != null && m.due > 0 && m.covered < m.due - 0.01) short = true;
    }
    if (short && !md.waived) membersInArrears++;
  }
  return { due: due / 100, paid: paid / 100, membersInArrears, collected: collected / 100 };
}
