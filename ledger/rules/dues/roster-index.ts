/** Dues rows and roster members meet by name key (whitespace-free name). */
import type { DuesRecord, Ledger, Member } from '../../model/ledger.js';

export function rosterByName(ledger: Ledger): Map<string, Member> {
  const map = new Map<string, Member>();
  for (const m of ledger.members?.members ?? []) if (m.nameKey && !map.has(m.nameKey)) map.set(m.nameKey, m);
  return map;
}

/** Dues records grouped by member, in ledger order (long form: many rows per member). */
export function recordsByName(records: DuesRecord[]): Map<string, DuesRecord[]> {
  const map = new Map<string, DuesRecord[]>();
  for (const r of records) {
    if (!r.nameKey) continue;
    const list = map.get(r.nameKey) ?? [];
    list.push(r);
    map.set(r.nameKey, list);
  }
  return map;
}
