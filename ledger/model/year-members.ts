/**
 * The branch's members in the year its figures and branch rules are about: one set for the stats
 * (members.total, the member table) and for B01–B04, so "共有党员52人，超过50人" agrees with the report.
 */
import type { Ledger, Member } from './ledger.js';
import { membershipSpan } from '../values/membership-note.js';
import { monthIso } from '../values/month.js';

/** A roster row is a member when it names someone (by name or ID). */
export function rosterMembers(ledger: Ledger): Member[] {
  return (ledger.members?.members ?? []).filter((m) => !!(m.name.value || m.idNumber.value?.text));
}

/**
 * A roster row kept on after its member left before the year (a note "2023年5月转出", "2024年去世"): no
 * member of the branch in the year (a member who left during the year, or on an undated note, still is).
 */
function leftBefore(m: Member, year: number): boolean {
  const until = membershipSpan(year, [m.note.value]).until;
  return until != null && until < monthIso(year, 1);
}

/** The roster's members of `year`: named rows, less those who left before it. */
export function yearMembers(ledger: Ledger, year: number): Member[] {
  return rosterMembers(ledger).filter((m) => !leftBefore(m, year));
}
