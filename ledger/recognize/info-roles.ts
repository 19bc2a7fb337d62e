/**
 * The branch committee as the 支部基本信息 sheet names it ("支部书记 | 卢刚", "组织委员：何强",
 * "支委会成员 | 书记：卢刚；组织委员：何强"), for a roster without a 党内职务 column (a system export):
 * the roster members so named hold those offices, so B02/B04 judge the committee rather than say it
 * cannot be seen.
 */
import type { CellRef, Member, MembersLedger } from '../model/ledger.js';
import { compact } from '../values/cell-text.js';
import { nameKey } from '../values/name.js';
import { parsePartyRoles } from '../values/party-roles.js';
import type { SheetView } from './sheet-view.js';

const OFFICE = String.raw`(?:党?(?:总)?支部)?(?:副书记|书记|组织委员|宣传委员|纪检委员|青年委员|统战委员|保密委员|群工委员|宣传统战委员|支部委员|委员)`;
/** a label cell naming one office ("支部书记", "组织委员姓名：") */
const LABEL = new RegExp(String.raw`^(${OFFICE})(?:姓名)?[:：]?$`);
/** "书记：卢刚；组织委员：何强" — an office and the names after it, in a cell of its own */
const PAIR = new RegExp(String.raw`(${OFFICE})[:：]\s*([^；;，,:：]+?)(?=\s*(?:[；;，,]|${OFFICE}[:：]|$))`, 'g');

interface InfoRole {
  roles: string[];
  ref: CellRef;
}

/** Offices by roster member, from the info sheet's rows down to `last`; empty when it names none of them. */
function committeeFromInfo(view: SheetView, members: readonly Member[], last = view.bottom): Map<Member, InfoRole> {
  const byName = new Map<string, Member | null>();
  for (const m of members) if (m.nameKey) byName.set(m.nameKey, byName.has(m.nameKey) ? null : m);
  const out = new Map<Member, InfoRole>();
  const give = (office: string, names: string, ref: CellRef) => {
    const roles = parsePartyRoles(office);
    for (const n of names.split(/[、，,\s/／]+/)) {
      const m = byName.get(nameKey(n));
      if (!m) continue;
      const had = out.get(m);
      if (had) for (const r of roles) { if (!had.roles.includes(r)) had.roles.push(r); }
      else out.set(m, { roles: [...roles], ref });
    }
  };
  const end = Math.min(last, view.top + 199);
  for (let r = view.top; r <= end; r++) {
    const cols = view.filledCols(r);
    for (const [i, c] of cols.entries()) {
      const text = compact(view.text(r, c));
      if (text.length > 80) continue;
      const label = LABEL.exec(text);
      if (label) {
        // the value to the right of the label
        const next = cols[i + 1];
        if (next !== undefined && next - c <= 3 && !LABEL.test(compact(view.text(r, next)))) give(label[1], view.text(r, next), view.ref(r, next));
        continue;
      }
      for (const pair of text.matchAll(PAIR)) give(pair[1], pair[2], view.ref(r, c));
    }
  }
  return out;
}

/**
 * A roster without a 党内职务 column, its members given the offices the info sheet `view` names (down
 * to row `last`); `rolesFrom` says so. A roster with the column, or an info sheet naming none, is unchanged.
 */
export function withInfoRoles(roster: MembersLedger, view: SheetView, last?: number): MembersLedger {
  if (roster.columns.partyRole !== undefined) return roster;
  const roles = committeeFromInfo(view, roster.members, last);
  if (roles.size === 0) return roster;
  for (const [m, r] of roles) {
    m.partyRoles = r.roles;
    m.partyRole = { value: r.roles.join('、'), raw: null, ref: r.ref };
  }
  return { ...roster, rolesFrom: view.name };
}
