/**
 * C09 到会人数不足: 党章、支部工作条例 — a 党员大会 needs more than half of the members
 * with a vote present; an election more than four fifths (《中国共产党基层组织选举工作条例》);
 * a 支委会 more than half of the committee. Exactly half (or four fifths): '以上' may include the
 * number, so settings.quorumHalf decides (警告 by default).
 */
import type { Finding, Severity } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import { makeFinding, placeOf, where } from '../support/make-finding.js';
import { latest } from '../support/dates.js';
import { fullOn, rosterStanding } from './standing.js';
import { yearCommittee } from '../branch/full-members.js';
import type { IsoDate } from '../../model/ledger.js';
import { recordedMeetings } from './planned.js';

/** 正式党员 of the branch on `date` (standing.ts, as C08 counts them), or null without a roster or a date. */
function votersOn(ctx: RuleContext, date: IsoDate | null): number | null {
  const standing = rosterStanding(ctx.ledger, ctx.asOf);
  if (standing.length === 0 || date == null) return null;
  return standing.filter((s) => fullOn(s, date)).length;
}

/** The committee's size as the roster's 党内职务 show it, or null where they show no committee (B02's 3). */
function committeeSize(ctx: RuleContext): number | null {
  const c = yearCommittee(ctx.ledger, ctx.asOf);
  return c.hasCommittee ? c.size : null;
}

export const c09Quorum: Rule = {
  id: 'C09',
  area: 'meetings',
  severity: '错误',
  name: '到会人数未达规定比例',
  description: '党员大会须有半数以上有表决权的党员到会，选举须超过应到会人数的五分之四；支委会须半数以上委员到会（党章、《中国共产党基层组织选举工作条例》）。恰好半数（五分之四）按设置报告警告。',
  check(ctx: RuleContext): Finding[] {
    const meetings = ctx.ledger.meetings;
    if (!meetings) return [];
    const out: Finding[] = [];
    // the roster's committee, counted once for all the 支委会 without 应到
    let committeeSeats: number | null | undefined;
    // a plan written in ahead is no record yet (planned.ts)
    for (const m of recordedMeetings(ctx)) {
      const general = m.types.includes('general');
      const committee = m.types.includes('committee');
      if (!general && !committee) continue;
      const present = m.present.value;
      // no 应到 written beside a 实到 (or a list of names): a 党员大会's voters are the roster's 正式党员 of that
      // day, a 支委会's the committee the roster shows (not for a meeting held with another branch: its
      // names count both branches)
      const inferred = m.expected.value == null && present != null && general !== committee && !m.withOthers;
      const expected = !inferred ? m.expected.value
        : general ? votersOn(ctx, m.date.value ? latest(m.date.value) : null) : committeeSeats === undefined ? (committeeSeats = committeeSize(ctx)) : committeeSeats;
      const fromRoster = inferred && expected != null;
      if (expected == null || present == null || expected <= 0 || present > expected) continue;
      const election = general && m.isElection;
      // compare in integers: present / expected against 1/2 or 4/5
      const [num, den] = election ? [4, 5] : [1, 2];
      const lhs = present * den;
      const rhs = expected * num;
      if (lhs > rhs) continue;
      let severity: Severity = '错误';
      if (lhs === rhs) {
        if (ctx.settings.quorumHalf === 'inclusive') continue;
        severity = ctx.settings.quorumHalf === 'strict' ? '错误' : '警告';
      }
      const what = election ? '选举' : general ? '党员大会' : '支委会';
      const norm = election ? '超过应到人数的五分之四' : '半数以上';
      const exact = lhs === rhs;
      const place = placeOf(m.present.ref, m);
      out.push(makeFinding('C09', severity, place,
        `${where(place)}${what}应到${expected}人${!fromRoster ? '' : general ? '（记录未写应到人数，按党员名册中当时的正式党员计）' : '（记录未写应到人数，按党员名册中的支部委员计）'}、实到${present}人，` +
        (exact
          ? `恰好${election ? '五分之四' : '半数'}，未明确超过${election ? '五分之四' : '半数'}（“${norm}”是否含本数请按本地规定把握），请核实会议是否有效。`
          : `未达到${norm}的到会要求，会议${election ? '选举' : '决议'}无效，请按规定重新召开。`)));
    }
    return out;
  },
};
