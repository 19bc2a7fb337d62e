import { describe, expect, it } from 'vitest';
import { m06ProbationOverdue } from './m06-probation-overdue.js';
import { LedgerBuilder } from '../test-support/ledger-builder.js';
import { at, run } from '../test-support/run.js';

describe('M06 probation over, not yet 转正', () => {
  it('warns after one year and errs after two, at the 党员类别 cell', () => {
    const l = new LedgerBuilder().member({ name: '甲', join: '2024-07-01', category: '预备党员' })
      .member({ name: '乙', join: '2023-06-30', category: '预备党员' }).build();
    const f = run(m06ProbationOverdue, l, '2025-07-01');
    expect(at(f)).toEqual(['党员名册!G3@3', '党员名册!G4@4']);
    expect(f.map((x) => x.severity)).toEqual(['警告', '错误']);
  });
  it('takes a note of an extended probation as the answer in the second year, not after it', () => {
    const l = new LedgerBuilder().member({ name: '甲', join: '2024-07-01', category: '预备党员', note: '经支部大会讨论延长预备期一年' })
      .member({ name: '乙', join: '2023-06-30', category: '预备党员', note: '延长预备期一年' }).build();
    expect(run(m06ProbationOverdue, l, '2025-07-01').map((x) => [x.member, x.severity])).toEqual([['乙', '错误']]);
  });
  it('is quiet the day before the year is over', () => {
    const l = new LedgerBuilder().member({ name: '甲', join: '2024-07-01', category: '预备党员' }).build();
    expect(run(m06ProbationOverdue, l, '2025-06-30')).toEqual([]);
  });
});

describe('M06 without a 党员类别 column', () => {
  it('takes an empty 转正时间 for a 预备党员 and reports at that cell', () => {
    const b = new LedgerBuilder().member({ name: '甲', join: '2024-05-01', effective: null }).member({ name: '乙', join: '2010-05-01', full: '2011-05-01' });
    b.omit.add('category');
    expect(at(run(m06ProbationOverdue, b.build(), '2025-12-31'))).toEqual(['党员名册!F3@3']);
  });
});
