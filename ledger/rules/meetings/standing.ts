/**
 * Who was a member here, and a 正式党员, on a meeting's date: admitted by then, not yet transferred out,
 * already transferred in (a dated roster note, membership-note.ts). C08 checks a 党员大会's 应到 against
 * these counts; C09 takes its 应到 from them where the record writes none. Read once per ledger.
 */
import type { IsoDate, IsoMonth, Ledger, Member } from '../../model/ledger.js';
import { membershipSpan } from '../../values/membership-note.js';
import { memberNotes } from '../../model/member-notes.js';
import { earliest, ruleYear } from '../support/dates.js';
import { perLedger } from '../support/per-ledger.js';

export interface Standing {
  /** earliest 入党时间, or null when not recorded */
  join: IsoDate | null;
  /** earliest 转正时间, or null when not recorded */
  full: IsoDate | null;
  isFull: boolean;
  /** the first day and the last month a roster note says the member belonged here */
  from: IsoDate | null;
  until: IsoMonth | null;
}

function standingOf(m: Member, year: number): Standing {
  const span = membershipSpan(year, memberNotes(m));
  return {
    join: m.joinDate.value ? earliest(m.joinDate.value) : null,
    full: m.fullDate.value ? earliest(m.fullDate.value) : null,
    isFull: m.effectiveCategory === '正式党员',
    from: span.from ? `${span.from}-01` : null,
    until: span.until,
  };
}

/** Every roster row's standing, in roster order (index i is members[i]). */
export const rosterStanding = perLedger(
  (ledger: Ledger, asOf: IsoDate): Standing[] => (ledger.members?.members ?? []).map((m) => standingOf(m, ruleYear(ledger, asOf))),
  (asOf: IsoDate) => asOf,
);

/** A member of the branch on `date`. */
export function memberOn(s: Standing, date: IsoDate): boolean {
  return !((s.join != null && s.join > date) || (s.from != null && s.from > date) || (s.until != null && s.until < date.slice(0, 7)));
}

/** A 正式党员 of the branch on `date` (one without 转正时间 is taken as full already). */
export function fullOn(s: Standing, date: IsoDate): boolean {
  return memberOn(s, date) && s.isFull && (s.full == null || s.full <= date);
}
