/** Which meetings count for a period: dated within it, by the as-of date. */
import type { IsoDate, Meeting, MeetingType } from '../../model/ledger.js';
import { earliest, latest } from '../support/dates.js';
import { ANNUAL_TYPES, heldForYear } from './annual-year.js';

/** The first and last day of a period key: '2025-07', '2025-Q3', '2025-H1', '2025'. */
export function periodBounds(period: string): { from: IsoDate; to: IsoDate } {
  let b = BOUNDS.get(period);
  if (!b) { b = boundsOf(period); BOUNDS.set(period, b); }
  return b;
}

// a handful of period keys recur for every meeting and type; callers only read the bounds
const BOUNDS = new Map<string, Readonly<{ from: IsoDate; to: IsoDate }>>();

function boundsOf(period: string): { from: IsoDate; to: IsoDate } {
  const y = period.slice(0, 4);
  const month = /^\d{4}-(\d{2})$/.exec(period);
  if (month) {
    const dv = { date: `${period}-01`, precision: 'month' as const };
    return { from: earliest(dv), to: latest(dv) };
  }
  const q = /^\d{4}-Q(\d)$/.exec(period);
  if (q) {
    const first = (Number(q[1]) - 1) * 3 + 1;
    const last = { date: `${y}-${String(first + 2).padStart(2, '0')}-01`, precision: 'month' as const };
    return { from: `${y}-${String(first).padStart(2, '0')}-01`, to: latest(last) };
  }
  if (period.endsWith('-H1')) return { from: `${y}-01-01`, to: `${y}-06-30` };
  if (period.endsWith('-H2')) return { from: `${y}-07-01`, to: `${y}-12-31` };
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/**
 * A meeting falls in a period when its whole possible date range lies within it
 * ("2025.7" counts for July; a meeting dated only "2025" counts for the year only),
 * and it is not after the as-of date.
 */
export function inPeriod(m: Meeting, period: string, asOf: IsoDate): boolean {
  const dv = m.date.value;
  if (!dv) return false;
  return spanIn({ meeting: m, from: earliest(dv), to: latest(dv), forYear: null }, period, asOf);
}

/** A dated meeting with the first and last day its date may mean. */
export interface MeetingSpan {
  meeting: Meeting;
  from: IsoDate;
  to: IsoDate;
  /** an annual meeting held early in the next year for this one (annual-year.ts): it counts for that year */
  forYear: number | null;
}

/** The dated meetings with their spans, in ledger order (to judge many periods without re-reading dates). */
export function meetingSpans(meetings: Meeting[]): MeetingSpan[] {
  const out: MeetingSpan[] = [];
  for (const m of meetings) {
    const dv = m.date.value;
    if (dv) out.push({ meeting: m, from: earliest(dv), to: latest(dv), forYear: heldForYear(m) });
  }
  return out;
}

export function spanIn(s: MeetingSpan, period: string, asOf: IsoDate): boolean {
  const { from, to } = periodBounds(period);
  return s.from >= from && s.to <= to && s.from <= asOf;
}

/** How many meetings of a type were held in a period (heldIn(…).length over precomputed spans). */
export function countHeldIn(spans: MeetingSpan[], type: MeetingType, period: string, asOf: IsoDate): number {
  let n = 0;
  for (const s of spans) if (s.meeting.types.includes(type) && countsFor(s, type, period, asOf)) n++;
  return n;
}

/** As spanIn; an annual meeting held for another year counts, as that type, for that year alone. */
export function countsFor(s: MeetingSpan, type: MeetingType, period: string, asOf: IsoDate): boolean {
  if (s.forYear != null && ANNUAL_TYPES.includes(type)) return period === String(s.forYear);
  return spanIn(s, period, asOf);
}

export function heldIn(meetings: Meeting[], type: MeetingType, period: string, asOf: IsoDate): Meeting[] {
  return meetings.filter((m) => m.types.includes(type) && inPeriod(m, period, asOf));
}
