import { describe, expect, it } from 'vitest';
import { c03GroupMeeting } from './c03-group-meeting.js';
import { completeBranch } from '../test-support/complete-branch.js';
import { at, run } from '../test-support/run.js';
import { monthsOf } from '../test-support/ledger-builder.js';

describe('C03 a period without 党小组会', () => {
  it('fires for 2025-11 on the meetings sheet, period set, row and cell null', () => {
    const f = run(c03GroupMeeting, completeBranch(['group@2025-11']).build());
    expect(at(f)).toEqual(['三会一课!-@-#2025-11']);
    expect(f[0].message).toContain('党小组会');
  });
  it('is quiet when every period has one, and before the period has ended', () => {
    expect(run(c03GroupMeeting, completeBranch().build())).toEqual([]);
    expect(run(c03GroupMeeting, completeBranch(['group@2025-11']).build(), '2025-11-29')).toEqual([]);
  });
});

describe('C03 each named 党小组 by itself', () => {
  /** Two groups' 党小组会 every month of 2025 but those in `skip` (group@month), named as `name` writes them. */
  function twoGroups(skip: string[] = [], name = (g: number) => `第${'一二'[g - 1]}党小组`) {
    const b = completeBranch(monthsOf(2025).map((m) => `group@${m}`));
    for (const m of monthsOf(2025)) {
      for (const g of [1, 2]) if (!skip.includes(`${g}@${m}`)) b.meeting({ date: `${m}-1${g}`, types: ['group'], group: name(g) });
    }
    return b;
  }

  it('a month one named group missed is that group\'s finding', () => {
    const f = run(c03GroupMeeting, twoGroups(['2@2025-10']).build());
    expect(at(f)).toEqual(['三会一课!-@-#2025-10']);
    expect(f[0].message).toContain('第二党小组2025年10月未召开党小组会');
  });
  it('a month no group met: one finding a group', () => {
    const f = run(c03GroupMeeting, twoGroups(['1@2025-03', '2@2025-03']).build());
    expect(f.map((x) => x.message.slice(0, 24))).toEqual(['三会一课：第一党小组2025年3月未召开党小组会', '三会一课：第二党小组2025年3月未召开党小组会']);
  });
  it('groups written two ways are one (第1党小组 / 一组), a record naming no group covers its month', () => {
    const b = twoGroups(['2@2025-10', '2@2025-11'], (g) => (g === 1 ? '第1党小组' : g === 2 ? '二组' : ''));
    b.meeting({ date: '2025-11-28', types: ['group'] });
    const f = run(c03GroupMeeting, b.build());
    expect(at(f)).toEqual(['三会一课!-@-#2025-10']);
    expect(f[0].message).toContain('二组2025年10月');
  });
  it('a group named in one month only, and not in the roster, is not judged', () => {
    const b = completeBranch(['group@2025-05']);
    b.meeting({ date: '2025-05-18', types: ['group'], group: '第三党小组' });
    // the other months' records name no group: the branch is judged as a whole, May is held
    expect(run(c03GroupMeeting, b.build())).toEqual([]);
  });
  it('a group the records name from June on is judged from June, the roster naming it or not (formed during the year)', () => {
    const b = twoGroups(monthsOf(2025).filter((m) => m < '2025-06').map((m) => `2@${m}`));
    const f = run(c03GroupMeeting, b.build());
    expect(f).toEqual([]);
    const roster = twoGroups(monthsOf(2025).filter((m) => m < '2025-06').map((m) => `2@${m}`));
    roster.member({ name: '党员丁', full: '2010-01-01', group: '第二党小组' });
    expect(run(c03GroupMeeting, roster.build())).toEqual([]);
  });
  it('a roster group whose records begin in January is judged all year; one with no records at all, too', () => {
    const gap = twoGroups(['2@2025-02', '2@2025-03', '2@2025-04']);
    gap.member({ name: '党员丁', full: '2010-01-01', group: '第二党小组' });
    expect(run(c03GroupMeeting, gap.build()).map((f) => f.period)).toEqual(['2025-02', '2025-03', '2025-04']);
    const none = twoGroups();
    none.member({ name: '党员丁', full: '2010-01-01', group: '第二党小组' }).member({ name: '党员戊', full: '2010-01-01', group: '第三党小组' });
    const f = run(c03GroupMeeting, none.build());
    expect(f).toHaveLength(12);
    expect(f.every((x) => x.message.includes('第三党小组'))).toBe(true);
  });
});
