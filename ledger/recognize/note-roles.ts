/**
 * A roster without a 党内职务 column that writes the offices in its 备注 ("支部书记", "组织委员、宣传委员"),
 * and no info sheet naming them: the members take the offices their notes name. Only a note that is
 * nothing but offices counts ("原支部书记", "书记讲党课" do not), and only when some note names the 书记:
 * notes naming a 委员 or two are no account of the whole committee.
 */
import type { MembersLedger } from '../model/ledger.js';
import { officesOnly } from '../values/party-roles.js';

export function withNoteRoles(roster: MembersLedger): MembersLedger {
  if (roster.columns.partyRole !== undefined || roster.rolesFrom !== undefined || roster.columns.note === undefined) return roster;
  const found = roster.members.map((m) => (m.note.value ? officesOnly(m.note.value) : null));
  if (!found.some((roles) => roles?.includes('书记'))) return roster;
  roster.members.forEach((m, i) => {
    const roles = found[i];
    if (!roles) return;
    m.partyRoles = roles;
    m.partyRole = { value: roles.join('、'), raw: m.note.raw, ref: m.note.ref };
  });
  return { ...roster, rolesFrom: roster.sheet };
}
