/**
 * The branch's members in the year its figures and branch rules are about: one set for the stats
 * (members.total, the member table) and for B01–B04, so "共有党员52人，超过50人" agrees with the report.
 */
import type { Ledger, Member, MembersLedger } from './ledger.js';
import { leftBeforeYear } from '../values/membership-note.js';
import { memberNotes } from './member-notes.js';

/** A roster row is a member when it names someone (by name or ID). */
export function rosterMembers(ledger: Ledger): Member[] {
  return (ledger.members?.members ?? []).filter((m) => !!(m.name.value || m.idNumber.value?.text));
}

/**
 * B01–B04 and the stats ask in one check: worked out once per roster and year (rules/support/per-ledger.ts
 * does this for the rules; the model does not import the rules, so the same few lines are here)
 */
const known = new WeakMap<MembersLedger, { year: number; members: readonly Member[] }>();

/** The roster's members of `year`: named rows, less those who left before it (membership-note.ts). */
export function yearMembers(ledger: Ledger, year: number): readonly Member[] {
  const roster = ledger.members;
  if (!roster) return [];
  const hit = known.get(roster);
  if (hit && hit.year === year) return hit.members;
  const members = rosterMembers(ledger).filter((m) => !leftBeforeYear(year, memberNotes(m)));
  known.set(roster, { year, members });
  return members;
}
