/**
 * 三会一课 figures of one branch: meetings held per type within the ledger year up to the
 * as-of date (a combined meeting such as 党员大会暨党课 counts for each of its types), and
 * the periods required and met as the C-rules judge them (支部工作条例 第十五条).
 */
import type { IsoDate, Ledger } from '../model/ledger.js';
import type { Settings } from '../settings.js';
import { meetingRequirements } from '../rules/meetings/requirements.js';
import { countsFor, meetingSpans } from '../rules/meetings/held.js';
import { MEETING_TYPES, type MeetingCounts } from './stats-types.js';

export function zeroCounts(): MeetingCounts {
  return Object.fromEntries(MEETING_TYPES.map((t) => [t, 0])) as MeetingCounts;
}

/**
 * Meetings held in the year by the as-of date, as the C-rules count them (held.ts countsFor): an
 * annual meeting held early in the next year counts, as its type, for the year it names alone, so
 * last year's 组织生活会 held this January is not this year's.
 */
export function meetingsHeld(ledger: Ledger, asOf: IsoDate, year: number): MeetingCounts {
  const held = zeroCounts();
  const period = String(year);
  for (const s of meetingSpans(ledger.meetings?.meetings ?? [])) {
    for (const t of new Set(s.meeting.types)) if (countsFor(s, t, period, asOf)) held[t]++;
  }
  return held;
}

export function meetingPeriods(ledger: Ledger, asOf: IsoDate, settings: Settings): { required: MeetingCounts; periodsMet: MeetingCounts } {
  const required = zeroCounts();
  const periodsMet = zeroCounts();
  // without a meetings ledger nothing can be judged (W01 says so); C01–C07 stay silent too
  if (!ledger.meetings) return { required, periodsMet };
  for (const p of meetingRequirements(ledger, asOf, settings)) {
    if (!p.required) continue;
    required[p.type]++;
    if (p.met) periodsMet[p.type]++;
  }
  return { required, periodsMet };
}
