import { describe, expect, it } from 'vitest';
import { c04Lecture } from './c04-lecture.js';
import { completeBranch } from '../test-support/complete-branch.js';
import { at, run } from '../test-support/run.js';

describe('C04 党课', () => {
  it('warns for a quarter without 党课, and per the frequency setting', () => {
    const l = completeBranch(['lecture@2025-Q3']).build();
    const f = run(c04Lecture, l);
    expect(at(f)).toEqual(['三会一课!-@-#2025-Q3']);
    expect(f[0].severity).toBe('警告');
    expect(run(c04Lecture, l, '2025-12-31', { lectureFrequency: 'halfyear' })).toEqual([]);
    expect(run(c04Lecture, completeBranch().build())).toEqual([]);
  });
  it('提示 when the 书记 gave none in an ended year, switchable', () => {
    const b = completeBranch(['lecture@2025-Q1', 'lecture@2025-Q2', 'lecture@2025-Q3', 'lecture@2025-Q4']);
    for (const d of ['2025-02-25', '2025-05-25', '2025-08-25', '2025-11-25']) b.meeting({ date: d, types: ['lecture'], speaker: '委员乙' });
    const f = run(c04Lecture, b.build());
    expect(f.map((x) => [x.severity, x.period, x.member])).toEqual([['提示', '2025', '书记甲']]);
    expect(run(c04Lecture, b.build(), '2025-12-31', { secretaryLecture: false })).toEqual([]);
    expect(run(c04Lecture, b.build(), '2025-12-30')).toEqual([]);
  });
  it('names the year\'s 书记, not one whose row is kept after "2024年12月转出" (as B04 and the stats do)', () => {
    const b = completeBranch(['lecture@2025-Q1', 'lecture@2025-Q2', 'lecture@2025-Q3', 'lecture@2025-Q4']);
    for (const d of ['2025-02-25', '2025-05-25', '2025-08-25', '2025-11-25']) b.meeting({ date: d, types: ['lecture'], speaker: '委员乙' });
    b.member({ name: '书记丙', roles: ['书记'], join: '2010-01-01' });
    const l = b.build();
    const left = l.members!.members.find((m) => m.name.value === '书记甲')!;
    left.note = { ...left.note, value: '2024年12月转出' };
    expect(run(c04Lecture, l).map((x) => [x.severity, x.member])).toEqual([['提示', '书记丙']]);
  });
  it('takes a lecture recorded as 书记讲党课 without a speaker as the secretary\'s', () => {
    const b = completeBranch(['lecture@2025-Q1', 'lecture@2025-Q2', 'lecture@2025-Q3', 'lecture@2025-Q4']);
    for (const d of ['2025-02-25', '2025-05-25', '2025-08-25']) b.meeting({ date: d, types: ['lecture'], speaker: '委员乙' });
    b.meeting({ date: '2025-11-25', types: ['lecture'], typeText: '书记讲党课', speaker: null });
    expect(run(c04Lecture, b.build())).toEqual([]);
  });
});
