import { describe, expect, it } from 'vitest';
import { c01GeneralMeeting } from './c01-general-meeting.js';
import { c02CommitteeMeeting } from './c02-committee-meeting.js';
import { c03GroupMeeting } from './c03-group-meeting.js';
import { c04Lecture } from './c04-lecture.js';
import { c05ThemeDay } from './c05-theme-day.js';
import { c06LifeMeeting } from './c06-life-meeting.js';
import { c07Review } from './c07-review.js';
import { completeBranch } from '../test-support/complete-branch.js';
import { at, run } from '../test-support/run.js';
import { LedgerBuilder } from '../test-support/ledger-builder.js';

describe('C01–C07 (except C04) a period without the required meeting', () => {
  const cases = [
    [c01GeneralMeeting, 'general@2025-Q2', '2025-Q2'],
    [c02CommitteeMeeting, 'committee@2025-03', '2025-03'],
    [c03GroupMeeting, 'group@2025-11', '2025-11'],
    [c05ThemeDay, 'themeDay@2025-06', '2025-06'],
    [c06LifeMeeting, 'lifeMeeting@2025', '2025'],
    [c07Review, 'review@2025', '2025'],
  ] as const;
  for (const [rule, skip, period] of cases) {
    it(`${rule.id} fires for ${period} on the meetings sheet and not for a complete ledger`, () => {
      expect(at(run(rule, completeBranch([skip]).build()))).toEqual([`三会一课!-@-#${period}`]);
      expect(run(rule, completeBranch().build())).toEqual([]);
    });
  }
  it('says when a meeting of the type has a date that could not be read (W03): it may be the missing one', () => {
    const l = completeBranch(['general@2025-Q2']).build();
    const held = l.meetings!.meetings.find((m) => m.types.includes('general'))!;
    l.meetings!.meetings.push({ ...held, row: 99, date: { value: null, raw: { v: '二季度某日' }, ref: held.date.ref, unreadable: true } });
    const [f] = run(c01GeneralMeeting, l);
    expect(f.period).toBe('2025-Q2');
    expect(f.message).toMatch(/另有1条支部党员大会记录的日期无法识别（见W03），改正日期后本条可能消除。$/);
    expect(run(c01GeneralMeeting, completeBranch(['general@2025-Q2']).build())[0].message).not.toContain('W03');
    const lectures = completeBranch(['lecture@2025-Q3']).build();
    const lecture = lectures.meetings!.meetings.find((m) => m.types.includes('lecture'))!;
    lectures.meetings!.meetings.push({ ...lecture, row: 99, date: { value: null, raw: { v: '9月' }, ref: lecture.date.ref, unreadable: true } });
    expect(run(c04Lecture, lectures).filter((x) => x.period === '2025-Q3').map((x) => x.message)).toEqual([expect.stringMatching(/另有1条党课记录的日期无法识别/)]);
  });
  it('judges only periods ended by the as-of date', () => {
    const l = completeBranch(['general@2025-Q4', 'themeDay@2025-12', 'lifeMeeting@2025']).build();
    expect(run(c01GeneralMeeting, l, '2025-12-30')).toEqual([]);
    expect(run(c05ThemeDay, l, '2025-12-30')).toEqual([]);
    expect(run(c06LifeMeeting, l, '2025-12-30')).toEqual([]);
  });
  it('C02 and C03 need a committee and 党小组', () => {
    const l = new LedgerBuilder().member({ name: '甲', roles: ['书记'] }).meeting({ date: '2025-01-05', types: ['general'] }).build();
    expect(run(c02CommitteeMeeting, l)).toEqual([]);
    expect(run(c03GroupMeeting, l)).toEqual([]);
  });
});
