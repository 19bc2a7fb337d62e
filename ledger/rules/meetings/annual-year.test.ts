import { describe, expect, it } from 'vitest';
import { heldForYear } from './annual-year.js';
import { c06LifeMeeting } from './c06-life-meeting.js';
import { c07Review } from './c07-review.js';
import { c12DateRange } from './c12-date-range.js';
import { completeBranch } from '../test-support/complete-branch.js';
import { LedgerBuilder, type MeetingSpec } from '../test-support/ledger-builder.js';
import { run } from '../test-support/run.js';
import { computeStats } from '../../stats/index.js';

const one = (spec: MeetingSpec) => new LedgerBuilder().meeting(spec).build().meetings!.meetings[0];

describe('heldForYear: an annual meeting held early next year for the year it names', () => {
  it.each([
    [{ date: '2026-01-20', types: ['lifeMeeting'], topic: '2025年度专题组织生活会' }, 2025],
    [{ date: '2026-02-10', types: ['review'], typeText: '2025年民主评议党员' }, 2025],
    [{ date: '2026-03-31', types: ['lifeMeeting'], typeText: '２０２５年度组织生活会' }, 2025],
    [{ date: '2026-01-20', types: ['general', 'lifeMeeting'], typeText: '支部党员大会暨2025年度组织生活会' }, 2025],
  ] as [MeetingSpec, number][])('%j → %i', (spec, year) => expect(heldForYear(one(spec))).toBe(year));

  it.each([
    // held in the year it names, or too late after it, or saying no year, or not annual
    { date: '2025-12-20', types: ['lifeMeeting'], topic: '2025年度专题组织生活会' },
    { date: '2026-04-01', types: ['lifeMeeting'], topic: '2025年度专题组织生活会' },
    { date: '2026-01-20', types: ['lifeMeeting'], topic: '专题组织生活会' },
    { date: '2026-01-20', types: ['general'], topic: '2025年度工作总结' },
    { date: '2026-01-20', types: ['lifeMeeting'], topic: '学习2025年全国两会精神' },
  ] as MeetingSpec[])('%j → null', (spec) => expect(heldForYear(one(spec))).toBeNull());
});

describe('the 2025 组织生活会 and 民主评议 held in January 2026, kept in the 2025 ledger', () => {
  const branch = () => completeBranch(['lifeMeeting@2025', 'review@2025'])
    .meeting({ date: '2026-01-20', types: ['lifeMeeting'], topic: '2025年度专题组织生活会' })
    .meeting({ date: '2026-01-21', types: ['review'], typeText: '2025年度民主评议党员' })
    .build();

  it('count for 2025: no C06, C07, and no C12 for their dates', () => {
    const l = branch();
    expect(run(c06LifeMeeting, l, '2025-12-31')).toEqual([]);
    expect(run(c07Review, l, '2025-12-31')).toEqual([]);
    expect(run(c12DateRange, l, '2025-12-31')).toEqual([]);
    expect(run(c12DateRange, l, '2026-02-28')).toEqual([]);
  });

  it('are in the year\'s figures', () => {
    const s = computeStats(branch(), [], '2025-12-31', '');
    expect(s.meetings.lifeMeeting).toBe(1);
    expect(s.meetings.review).toBe(1);
  });

  it('without the year named, January\'s meeting is no 2025 one', () => {
    const l = completeBranch(['lifeMeeting@2025']).meeting({ date: '2026-01-20', types: ['lifeMeeting'], topic: '专题组织生活会' }).build();
    expect(run(c06LifeMeeting, l, '2025-12-31')).toHaveLength(1);
    expect(run(c12DateRange, l, '2025-12-31')).toHaveLength(1);
  });
});
