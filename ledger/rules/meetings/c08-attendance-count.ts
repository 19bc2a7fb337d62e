/**
 * C08 到会人数有误: 实到 cannot exceed 应到. As 警告, the 应到 of a 党员大会 that is neither the
 * roster count nor the 正式党员 count (only 正式党员 vote; members excused with the approval of
 * the level above may be left out of 应到 — 选举工作条例), counted at the meeting's date (admitted by
 * then, not yet transferred out, already transferred in) or the as-of date.
 */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import type { IsoDate, Member } from '../../model/ledger.js';
import { makeFinding, placeOf, where } from '../support/make-finding.js';
import { latest } from '../support/dates.js';
import { fullOn, memberOn, rosterStanding, type Standing } from './standing.js';
import { duplicateRows } from '../members/m04-duplicate.js';
import { recordedMeetings } from './planned.js';

/** Roster and 正式党员 counts, as of today's roster and as of a meeting date. */
function plausibleCounts(members: Standing[], date: IsoDate | null): Set<number> {
  const counts = new Set<number>();
  counts.add(members.length);
  counts.add(members.filter((m) => m.isFull).length);
  if (date) {
    const yearBefore = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
    let joined = 0, fullThen = 0, fullByYear = 0;
    for (const m of members) {
      if (!memberOn(m, date)) continue;
      joined++;
      if (!m.isFull) continue;
      if (fullOn(m, date)) fullThen++;
      // a full member without 转正时间: full a year after admission
      if (m.full != null ? m.full <= date : m.join != null ? m.join <= yearBefore : true) fullByYear++;
    }
    counts.add(joined);
    counts.add(fullThen);
    counts.add(fullByYear);
  }
  return counts;
}

function withoutDuplicates(members: readonly Member[], standing: Standing[]): Standing[] {
  const repeats = new Set(duplicateRows(members).map((d) => d.row));
  return standing.filter((_, i) => !repeats.has(members[i]));
}

export const c08AttendanceCount: Rule = {
  id: 'C08',
  area: 'meetings',
  severity: '错误',
  name: '应到、实到人数有误',
  description: '实到人数不能多于应到人数；党员大会的应到人数一般应为党员总数或正式党员数（经上级批准请假的可不计入应到，请核实）。',
  check(ctx: RuleContext): Finding[] {
    const meetings = ctx.ledger.meetings;
    if (!meetings) return [];
    const members = ctx.ledger.members?.members ?? [];
    const out: Finding[] = [];
    // many meetings share a date (or none): count the roster once per date
    const countsOn = new Map<IsoDate | null, Set<number>>();
    let standing: Standing[] | null = null;
    let distinct: Standing[] | null = null;
    const distinctDates = new Set<IsoDate | null>();
    // a plan written in ahead is no record yet (planned.ts)
    for (const m of recordedMeetings(ctx)) {
      const expected = m.expected.value;
      const present = m.present.value;
      if (expected == null) continue;
      if (present != null && present > expected) {
        const place = placeOf(m.present.ref, m);
        out.push(makeFinding('C08', '错误', place,
          `${where(place)}实到人数${present}人多于应到人数${expected}人，请核对签到记录后改正。`));
        continue;
      }
      // a meeting held with another branch counts both branches' members: not comparable with this roster
      if (!m.types.includes('general') || m.withOthers || members.length === 0) continue;
      const date = m.date.value ? latest(m.date.value) : null;
      let counts = countsOn.get(date);
      if (!counts) {
        standing ??= rosterStanding(ctx.ledger, ctx.asOf);
        counts = plausibleCounts(standing, date);
        countsOn.set(date, counts);
      }
      // a member entered twice (M04 says so) is one person at the meeting: looked at only when needed
      if (!counts.has(expected) && !distinctDates.has(date)) {
        distinctDates.add(date);
        distinct ??= withoutDuplicates(members, standing!);
        if (distinct.length < standing!.length) for (const n of plausibleCounts(distinct, date)) counts.add(n);
      }
      if (counts.has(expected)) continue;
      const total = members.length;
      const full = members.filter((x) => x.effectiveCategory === '正式党员').length;
      const place = placeOf(m.expected.ref, m);
      out.push(makeFinding('C08', '警告', place,
        `${where(place)}党员大会应到人数${expected}人，与党员名册的党员总数${total}人、正式党员数${full}人都不一致。` +
        `经上级批准请假的党员可不计入应到人数，请核实并在记录中注明。`));
    }
    return out;
  },
};
