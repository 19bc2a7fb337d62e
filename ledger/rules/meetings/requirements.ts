/**
 * 三会一课 requirements per period (支部工作条例（试行）): 党员大会 once a quarter,
 * 支委会 and 党小组会 once a month, 党课 per the lecture setting (quarterly by long practice),
 * 主题党日 monthly, 组织生活会 and 民主评议党员 once a year. Only periods of the ledger year
 * ended by the as-of date are listed. C01–C07 and the stats are both built on this.
 */
import type { IsoDate, Ledger, MeetingType } from '../../model/ledger.js';
import type { Settings } from '../../settings.js';
import { halvesEnded, monthsEnded, quartersEnded, yearEnded } from '../../time/calendar.js';
import { ruleYear } from '../support/dates.js';
import { yearCommittee } from '../branch/full-members.js';
import { countHeldIn, meetingSpans } from './held.js';
import { namesGroup } from '../../values/group-name.js';
import { perLedger } from '../support/per-ledger.js';
import { missedGroups, namedGroups } from './named-groups.js';

export interface PeriodCheck {
  type: MeetingType;
  period: string;
  held: number;
  required: boolean;
  /**
   * the period is met: a meeting was held, and for 党小组会 of a branch whose records name its groups,
   * every group held one (C03 judges each group: named-groups.ts)
   */
  met: boolean;
}

/** Periods of `year` ended by `asOf` at the given frequency. */
export function periodsEnded(freq: 'month' | 'quarter' | 'halfyear' | 'year', year: number, asOf: IsoDate): string[] {
  switch (freq) {
    case 'month': return monthsEnded(year, asOf);
    case 'quarter': return quartersEnded(year, asOf);
    case 'halfyear': return halvesEnded(year, asOf);
    case 'year': return yearEnded(year, asOf) ? [String(year)] : [];
  }
}

/** The roster shows 党小组: a 党小组 column filled in, or a 党小组长. */
export function hasGroups(ledger: Ledger): boolean {
  const members = ledger.members?.members ?? [];
  return members.some((m) =>
    namesGroup(m.group.value) ||
    (m.partyRoles ?? []).some((r) => /党小组长|小组长/.test(r)));
}

/** Whether the branch has a committee; without a roster, a recorded 支委会 says so. */
export function hasCommitteeFor(ledger: Ledger, asOf: IsoDate): boolean {
  if (ledger.members && ledger.members.members.length > 0) return yearCommittee(ledger, asOf).hasCommittee;
  return (ledger.meetings?.meetings ?? []).some((m) => m.types.includes('committee'));
}

/** C01–C07 and the stats share these (computed once per ledger, as-of date and 党课 frequency). */
export function meetingRequirements(ledger: Ledger, asOf: IsoDate, settings: Settings): PeriodCheck[] {
  return requirementsOf(ledger, asOf, settings.lectureFrequency);
}

const requirementsOf = perLedger(computeRequirements, (asOf: IsoDate, lecture: Settings['lectureFrequency']) => `${asOf}|${lecture}`);

function computeRequirements(ledger: Ledger, asOf: IsoDate, lectureFrequency: Settings['lectureFrequency']): PeriodCheck[] {
  const year = ruleYear(ledger, asOf);
  const meetings = meetingSpans(ledger.meetings?.meetings ?? []);
  const committee = hasCommitteeFor(ledger, asOf);
  // 党小组 the records name (two months or more) show the branch has them, as the roster's column does
  const groups = hasGroups(ledger) || namedGroups(ledger) != null;
  const plan: [MeetingType, string[], boolean][] = [
    ['general', periodsEnded('quarter', year, asOf), true],
    ['committee', periodsEnded('month', year, asOf), committee],
    ['group', periodsEnded('month', year, asOf), groups],
    ['lecture', periodsEnded(lectureFrequency, year, asOf), true],
    ['themeDay', periodsEnded('month', year, asOf), true],
    ['lifeMeeting', periodsEnded('year', year, asOf), true],
    ['review', periodsEnded('year', year, asOf), true],
  ];
  const missed = missedGroups(ledger, asOf);
  const out: PeriodCheck[] = [];
  for (const [type, periods, required] of plan) {
    for (const period of periods) {
      const held = countHeldIn(meetings, type, period, asOf);
      out.push({ type, period, held, required, met: held > 0 && !(type === 'group' && missed?.has(period)) });
    }
  }
  return out;
}
