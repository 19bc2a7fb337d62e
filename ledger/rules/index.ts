/**
 * The rule catalogue of DOMAIN.md §3 (M01–C12), in catalogue order. W01–W03 come from recognition.
 * Adding a rule: one module under members/, branch/, dues/ or meetings/, one line here, its test.
 */
import type { Finding } from '../findings/finding.js';
import type { Rule, RuleContext } from '../findings/rule.js';
import { m01RequiredFields } from './members/m01-required-fields.js';
import { m02IdNumber } from './members/m02-id-number.js';
import { m03IdMismatch } from './members/m03-id-mismatch.js';
import { m04Duplicate } from './members/m04-duplicate.js';
import { m05UnderAge } from './members/m05-under-age.js';
import { m06ProbationOverdue } from './members/m06-probation-overdue.js';
import { m07FullDate } from './members/m07-full-date.js';
import { m08ImpossibleDate } from './members/m08-impossible-date.js';
import { m09Phone } from './members/m09-phone.js';
import { b01TooFew } from './branch/b01-too-few.js';
import { b02Committee } from './branch/b02-committee.js';
import { b03TooMany } from './branch/b03-too-many.js';
import { b04NoSecretary } from './branch/b04-no-secretary.js';
import { b05TermOverdue } from './branch/b05-term-overdue.js';
import { d01RosterMatch } from './dues/d01-roster-match.js';
import { d02AmountDue } from './dues/d02-amount-due.js';
import { d03Underpaid } from './dues/d03-underpaid.js';
import { d04SixMonthsUnpaid } from './dues/d04-six-months-unpaid.js';
import { c01GeneralMeeting } from './meetings/c01-general-meeting.js';
import { c02CommitteeMeeting } from './meetings/c02-committee-meeting.js';
import { c03GroupMeeting } from './meetings/c03-group-meeting.js';
import { c04Lecture } from './meetings/c04-lecture.js';
import { c05ThemeDay } from './meetings/c05-theme-day.js';
import { c06LifeMeeting } from './meetings/c06-life-meeting.js';
import { c07Review } from './meetings/c07-review.js';
import { c08AttendanceCount } from './meetings/c08-attendance-count.js';
import { c09Quorum } from './meetings/c09-quorum.js';
import { c10RecordFields } from './meetings/c10-record-fields.js';
import { c11LongAbsence } from './meetings/c11-long-absence.js';
import { c12DateRange } from './meetings/c12-date-range.js';

export const RULES: Rule[] = [
  m01RequiredFields, m02IdNumber, m03IdMismatch, m04Duplicate, m05UnderAge, m06ProbationOverdue,
  m07FullDate, m08ImpossibleDate, m09Phone,
  b01TooFew, b02Committee, b03TooMany, b04NoSecretary, b05TermOverdue,
  d01RosterMatch, d02AmountDue, d03Underpaid, d04SixMonthsUnpaid,
  c01GeneralMeeting, c02CommitteeMeeting, c03GroupMeeting, c04Lecture, c05ThemeDay, c06LifeMeeting,
  c07Review, c08AttendanceCount, c09Quorum, c10RecordFields, c11LongAbsence, c12DateRange,
];

/** Every rule over one branch's ledger. Rules are pure; one that throws is a programmer error. */
export function runRules(ctx: RuleContext): Finding[] {
  return RULES.flatMap((r) => r.check(ctx));
}

export { meetingRequirements, type PeriodCheck } from './meetings/requirements.js';
export { committeeOf } from './branch/committee.js';
