import { describe, expect, it } from 'vitest';
import { c08AttendanceCount } from './c08-attendance-count.js';
import { LedgerBuilder } from '../test-support/ledger-builder.js';
import { at, run } from '../test-support/run.js';

function branch(): LedgerBuilder {
  return new LedgerBuilder().fullMembers(9).member({ name: '预备', join: '2025-01-10', category: '预备党员' });
}

describe('C08 应到 / 实到', () => {
  it('errs when 实到 exceeds 应到, warns when a 党员大会 应到 matches neither count', () => {
    const l = branch().meeting({ date: '2025-03-01', types: ['committee'], expected: 3, present: 4 })
      .meeting({ date: '2025-03-02', types: ['general'], expected: 8, present: 8 }).build();
    const f = run(c08AttendanceCount, l);
    expect(at(f)).toEqual(['三会一课!G3@3', '三会一课!F4@4']);
    expect(f.map((x) => x.severity)).toEqual(['错误', '警告']);
    expect(f[1].message).toContain('请核实');
  });
  it('accepts the roster count, the 正式党员 count, and the count at the meeting date', () => {
    const l = branch().meeting({ date: '2025-03-02', types: ['general'], expected: 10, present: 9 })
      .meeting({ date: '2025-03-03', types: ['general'], expected: 9, present: 9 })
      .meeting({ date: '2025-03-04', types: ['committee'], expected: 3, present: 3 }).build();
    expect(run(c08AttendanceCount, l)).toEqual([]);
  });
  it('accepts the count without a member entered twice (M04)', () => {
    const twice = () => new LedgerBuilder().fullMembers(9).member({ name: '党员1', id: null, join: '2010-07-01', full: '2011-07-01', category: '正式党员' });
    expect(run(c08AttendanceCount, twice().meeting({ date: '2025-03-02', types: ['general'], expected: 9, present: 9 }).build())).toEqual([]);
    expect(run(c08AttendanceCount, twice().meeting({ date: '2025-03-02', types: ['general'], expected: 8, present: 8 }).build())).toHaveLength(1);
  });
  it('counts at the meeting date without a member a dated note shows arriving later or gone already', () => {
    const roster = () => new LedgerBuilder().fullMembers(8)
      .member({ name: '王磊', join: '2010-01-01', note: '2025年5月由县教育局党支部转入' })
      .member({ name: '吕娟', join: '2010-01-01', note: '2025年2月转出' });
    // 8 on 3月2日: 王磊 not yet here, 吕娟 gone (the roster holds 10)
    expect(run(c08AttendanceCount, roster().meeting({ date: '2025-03-02', types: ['general'], expected: 8, present: 8 }).build())).toEqual([]);
    expect(run(c08AttendanceCount, roster().meeting({ date: '2025-01-05', types: ['general'], expected: 7, present: 7 }).build())).toHaveLength(1);
  });
  it('leaves the 应到 of a meeting held with another branch alone (it counts both branches)', () => {
    const l = branch().meeting({ date: '2025-08-20', types: ['general'], expected: 17, present: 16, withOthers: true })
      .meeting({ date: '2025-08-21', types: ['general'], expected: 17, present: 16 }).build();
    expect(at(run(c08AttendanceCount, l))).toEqual(['三会一课!F4@4']);
  });
});
