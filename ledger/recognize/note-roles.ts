/**
 * A roster without a 党内职务 column that writes the offices in its 备注 ("支部书记", "组织委员、宣传委员"),
 * and no info sheet naming them: the members take the offices their notes name. Only a note that is
 * nothing but offices counts ("原支部书记", "书记讲党课" do not), and only when some note names the 书记:
 * notes naming a 委员 or two are no account of the whole committee.
 */
import type { MembersLedger } from '../model/ledger.js';
import { PARTY_ROLE } from '../schema/enums.js';
import { compact } from '../values/cell-text.js';
import { matchEnum } from '../values/enum-match.js';

/** The offices a note names, when it names nothing else (at most three); else null. */
export function officesOnly(text: string): string[] | null {
  const parts = compact(text).split(/[、，,;；/／\\|和及兼]+/).filter((p) => p !== '');
  if (parts.length === 0 || parts.length > 3) return null;
  const roles: string[] = [];
  for (const p of parts) {
    // a former or acting office is not the member's office now
    if (/^(?:原|前|曾|代|拟)/.test(p)) return null;
    // "机关第一党支部书记" → 书记, as parsePartyRoles drops the organisation in front of the office
    const role = matchEnum(PARTY_ROLE, p) ?? matchEnum(PARTY_ROLE, p.replace(/^.*?(?:党总支|党支部|总支|支部)(?=.)/, ''));
    if (role == null) return null;
    if (!roles.includes(role)) roles.push(role);
  }
  return roles;
}

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
