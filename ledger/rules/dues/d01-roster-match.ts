/**
 * D01 党费台账与党员名册不一致: every member pays dues (党章, 中组发〔2008〕3号),
 * so each roster member has a dues row and each dues row names a roster member.
 * A dues row for an unknown name is reported at its name cell in the dues sheet. A roster member
 * without a dues row is a gap in the dues ledger, so it is reported on the dues sheet with no row
 * (the contract: "for a dues gap the dues sheet"); the message names the roster cell.
 */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import { makeFinding, placeOf, where } from '../support/make-finding.js';
import { earliest } from '../support/dates.js';
import { recordsByName, rosterByName } from './roster-index.js';
import { ledgerSheets } from '../../model/ledger-sheets.js';

export const d01RosterMatch: Rule = {
  id: 'D01',
  area: 'dues',
  severity: '错误',
  name: '党费台账与党员名册不一致',
  description: '每名党员都应交纳党费（党章、中组发〔2008〕3号）：党费台账中的人员应在党员名册中，名册中的党员也应在党费台账中有记录。',
  check(ctx: RuleContext): Finding[] {
    const { members, dues } = ctx.ledger;
    if (!members || !dues || members.members.length === 0) return [];
    const roster = rosterByName(ctx.ledger);
    const byName = recordsByName(dues.records);
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const r of dues.records) {
      if (!r.nameKey || roster.has(r.nameKey) || seen.has(r.nameKey)) continue;
      seen.add(r.nameKey);
      const place = placeOf(r.name.ref, r, r.name.value);
      out.push(makeFinding('D01', '错误', place,
        `${where(place)}党费台账中的“${r.name.value ?? ''}”不在党员名册中。请核对姓名是否写错；如已转出或不是本支部党员，请在名册或台账中更正。`));
    }
    for (const m of members.members) {
      if (!m.nameKey || byName.has(m.nameKey)) continue;
      // admitted after the as-of date: not yet due (M08 reports the date)
      if (m.joinDate.value && earliest(m.joinDate.value) > ctx.asOf) continue;
      const sheets = ledgerSheets(dues);
      const place = { sheet: sheets[0], cell: null, row: null, member: m.name.value };
      const inRoster = m.name.ref ? `${m.name.ref.sheet} ${m.name.ref.address}` : `${m.sheet}第${m.row}行`;
      out.push(makeFinding('D01', '错误', place,
        `${where(place)}党员${m.name.value ?? ''}（${inRoster}）在党费台账“${sheets.join('”“')}”中没有记录。请在党费台账中补录其交纳情况；如已转出或不是本支部党员，请在党员名册中更正。`));
    }
    return out;
  },
};
