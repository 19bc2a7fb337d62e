/**
 * Dues rows and roster members meet by name key (whitespace-free name), except where a dues row
 * carries an ID number that exactly one roster member has: the row is that member's, whatever the
 * name (宋晓华 in the dues sheet, 宋振华 in the roster, one ID: one person). Every dues rule and the
 * stats key rows through here, so they agree; D01 says the names differ.
 */
import type { DuesRecord, Ledger, Member } from '../../model/ledger.js';
import { idKey, isMaskedId } from '../members/id-number.js';
import { perLedger } from '../support/per-ledger.js';

export function rosterByName(ledger: Ledger): Map<string, Member> {
  const map = new Map<string, Member>();
  for (const m of ledger.members?.members ?? []) if (m.nameKey && !map.has(m.nameKey)) map.set(m.nameKey, m);
  return map;
}

/** An ID that tells one person: a masked one (110101********8428) or a number that lost digits does not. */
function personId(id: Parameters<typeof idKey>[0]): string | null {
  const key = idKey(id);
  return key && !isMaskedId(key) ? key : null;
}

/**
 * The dues rows that belong to a roster member of another name, with that member's name key: by the
 * row's ID where it is exactly one member's; then the same dues name on rows that carry no ID (a
 * long-form ledger writing the ID on a member's first row only), unless that name is a roster member's.
 */
function computeOwners(ledger: Ledger): Map<DuesRecord, string> {
  const owners = new Map<DuesRecord, string>();
  const records = ledger.dues?.records ?? [];
  if (!ledger.members || !records.some((r) => r.idNumber?.value)) return owners;
  const byId = new Map<string, Member | null>();
  for (const m of ledger.members.members) {
    const key = personId(m.idNumber.value);
    // an ID two roster rows share (M04) tells neither of them
    if (key && m.nameKey) byId.set(key, byId.has(key) ? null : m);
  }
  const roster = rosterByName(ledger);
  const alias = new Map<string, string | null>();
  for (const r of records) {
    const id = r.nameKey ? personId(r.idNumber?.value) : null;
    const member = id ? byId.get(id) : undefined;
    if (!member || member.nameKey === r.nameKey) continue;
    owners.set(r, member.nameKey);
    const seen = alias.get(r.nameKey);
    alias.set(r.nameKey, seen === undefined || seen === member.nameKey ? member.nameKey : null);
  }
  for (const r of records) {
    if (owners.has(r) || !r.nameKey || roster.has(r.nameKey) || personId(r.idNumber?.value)) continue;
    const to = alias.get(r.nameKey);
    if (to) owners.set(r, to);
  }
  return owners;
}

const owners = perLedger(computeOwners, () => '');

/** The key a dues row meets its roster member by (its name key, unless its ID says otherwise). */
export function duesKeyOf(ledger: Ledger): (r: DuesRecord) => string {
  const map = owners(ledger);
  return (r) => map.get(r) ?? r.nameKey;
}

/** Dues records grouped by member (duesKeyOf), in ledger order (long form: many rows per member). */
export function recordsByName(ledger: Ledger): Map<string, DuesRecord[]> {
  const keyOf = duesKeyOf(ledger);
  const map = new Map<string, DuesRecord[]>();
  for (const r of ledger.dues?.records ?? []) {
    const key = keyOf(r);
    if (!key) continue;
    const list = map.get(key) ?? [];
    list.push(r);
    map.set(key, list);
  }
  return map;
}
