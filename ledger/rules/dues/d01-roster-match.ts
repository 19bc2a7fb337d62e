/**
 * D01 党费台账与党员名册不一致: every member pays dues (党章, 中组发〔2008〕3号),
 * so each roster member has a dues row and each dues row names a roster member.
 * A dues row for an unknown name is reported at its name cell in the dues sheet. A roster member
 * without a dues row is a gap in the dues ledger, so it is reported on the dues sheet with no row
 * (the contract: "for a dues gap the dues sheet"); the message names the roster cell.
 * A dues row whose ID number is a roster member's of another name is that member's (roster-index.ts):
 * one D01 at its name cell says the names differ; which is right is for the branch to confirm.
 */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import type { Member } from '../../model/ledger.js';
import { makeFinding, placeOf, where } from '../support/make-finding.js';
import { earliest, ruleYear } from '../support/dates.js';
import { leftBeforeYear } from '../../values/membership-note.js';
import { memberNotes } from '../../model/member-notes.js';
import { duesKeyOf, recordsByName, rosterByName } from './roster-index.js';
import { ledgerSheets } from '../../model/ledger-sheets.js';

/** "党员名册 B7" (the member's name cell), else "党员名册第7行". */
function inRoster(m: Member): string {
  return m.name.ref ? `${m.name.ref.sheet} ${m.name.ref.address}` : `${m.sheet}第${m.row}行`;
}

export const d01RosterMatch: Rule = {
  id: 'D01',
  area: 'dues',
  severity: '错误',
  name: '党费台账与党员名册不一致',
  description: '每名党员都应交纳党费（党章、中组发〔2008〕3号）：党费台账中的人员应在党员名册中，名册中的党员也应在党费台账中有记录。党费台账有身份证号列的，按身份证号对应名册中的党员，姓名写法不一致的提示核对。',
  check(ctx: RuleContext): Finding[] {
    const { members, dues } = ctx.ledger;
    if (!members || !dues || members.members.length === 0) return [];
    const roster = rosterByName(ctx.ledger);
    const byName = recordsByName(ctx.ledger);
    const keyOf = duesKeyOf(ctx.ledger);
    const sheets = ledgerSheets(dues);
    const out: Finding[] = [];
    const year = ruleYear(ctx.ledger, ctx.asOf);
    const seen = new Set<string>();
    for (const r of dues.records) {
      const key = keyOf(r);
      if (!r.nameKey || seen.has(`${r.nameKey}|${key}`)) continue;
      const member = roster.get(key);
      if (member && key === r.nameKey) continue;
      seen.add(`${r.nameKey}|${key}`);
      const place = placeOf(r.name.ref, r, r.name.value);
      if (member) {
        out.push(makeFinding('D01', '错误', place,
          `${where(place)}党费台账中的“${r.name.value ?? ''}”与党员名册中的“${member.name.value ?? ''}”（${inRoster(member)}）身份证号相同，应为同一人，姓名写法不一致。请核对后统一。`));
        continue;
      }
      out.push(makeFinding('D01', '错误', place,
        `${where(place)}党费台账中的“${r.name.value ?? ''}”不在党员名册中。请核对姓名是否写错；如已转出或不是本支部党员，请在名册或台账中更正。`));
    }
    for (const m of members.members) {
      if (!m.nameKey || byName.has(m.nameKey)) continue;
      // admitted after the as-of date: not yet due (M08 reports the date)
      if (m.joinDate.value && earliest(m.joinDate.value) > ctx.asOf) continue;
      // left before the year ("2024年12月转出" kept on the roster): owes this year nothing
      if (leftBeforeYear(year, memberNotes(m))) continue;
      const place = { sheet: sheets[0], cell: null, row: null, member: m.name.value };
      out.push(makeFinding('D01', '错误', place,
        `${where(place)}党员${m.name.value ?? ''}（${inRoster(m)}）在党费台账“${sheets.join('”“')}”中没有记录。请在党费台账中补录其交纳情况；如已转出或不是本支部党员，请在党员名册中更正。`));
    }
    return out;
  },
};
