/**
 * Meetings written in ahead as plans: dated after the as-of date within the ledger year, and saying
 * they are planned (计划, 拟于…: recognize/planned-row.ts) or recording no attendance at all. They
 * are not records: no rule judges them as meetings held, and C12 names a sheet's plans once (提示).
 * A row dated ahead with its attendance recorded was held: its date is likely mistyped (C12 错误).
 */
import type { IsoDate, Ledger, Meeting, MeetingsLedger } from '../../model/ledger.js';
import { perLedger } from '../support/per-ledger.js';
import type { RuleContext } from '../../findings/rule.js';
import { rawText } from '../../values/cell-text.js';
import { earliest, latest, ruleYear } from '../support/dates.js';

export function isPlan(m: Meeting, meetings: MeetingsLedger, asOf: IsoDate, year: number): boolean {
  const d = m.date.value;
  if (!d || earliest(d) <= asOf) return false;
  if (Number(earliest(d).slice(0, 4)) !== year || Number(latest(d).slice(0, 4)) !== year) return false;
  return m.planned === true || noAttendance(m, meetings);
}

/** 实到 (or 参会人员) empty where the record keeps it: nobody is recorded as having come. */
function noAttendance(m: Meeting, meetings: MeetingsLedger): boolean {
  const kept = m.present.ref != null || meetings.columns.present !== undefined || meetings.columns.participants !== undefined;
  if (!kept || m.present.value != null || m.present.unreadable) return false;
  return m.present.raw == null || rawText(m.present.raw.v) === '';
}

/** The meetings C08–C10 judge (worked out once a check): every row but the plans. */
const recorded = perLedger((ledger: Ledger, asOf: IsoDate): readonly Meeting[] => {
  const meetings = ledger.meetings;
  if (!meetings) return [];
  const year = ruleYear(ledger, asOf);
  return meetings.meetings.filter((m) => !isPlan(m, meetings, asOf, year));
}, (asOf) => asOf);

export function recordedMeetings(ctx: RuleContext): readonly Meeting[] {
  return recorded(ctx.ledger, ctx.asOf);
}
