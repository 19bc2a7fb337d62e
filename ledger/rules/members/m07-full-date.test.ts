import { describe, expect, it } from 'vitest';
import { m07FullDate } from './m07-full-date.js';
import { LedgerBuilder } from '../test-support/ledger-builder.js';
import { at, run } from '../test-support/run.js';

describe('M07 转正时间 / category inconsistent', () => {
  it('reports 转正 before a year, after two years, on a 预备党员, and a 正式党员 admitted under a year ago', () => {
    const l = new LedgerBuilder()
      .member({ name: '甲', join: '2020-07-01', full: '2021-06-30' })
      .member({ name: '乙', join: '2020-07-01', full: '2022-07-02' })
      .member({ name: '丙', join: '2020-07-01', full: '2021-07-01', category: '预备党员' })
      .member({ name: '丁', join: '2025-03-01', category: '正式党员' }).build();
    expect(at(run(m07FullDate, l, '2025-12-31'))).toEqual(['党员名册!F3@3', '党员名册!F4@4', '党员名册!F5@5', '党员名册!G6@6']);
  });
  it('accepts exactly one year, exactly two years, and month-precise dates', () => {
    const l = new LedgerBuilder()
      .member({ name: '甲', join: '2020-07-01', full: '2021-07-01' })
      .member({ name: '乙', join: '2020-07-01', full: '2022-07-01' })
      .member({ name: '丙', join: '2020-07', full: '2021-07' }).build();
    expect(run(m07FullDate, l)).toEqual([]);
  });
  it('leaves a 转正时间 written ahead (next week\'s 转正, 正式党员 already) to M08: one fact, one finding', () => {
    const l = new LedgerBuilder().member({ name: '甲', join: '2025-12-02', full: '2026-12-02', category: '正式党员' }).build();
    expect(run(m07FullDate, l, '2026-11-25')).toEqual([]);
    // without a 转正时间 the category is wrong, as before
    const none = new LedgerBuilder().member({ name: '甲', join: '2025-12-02', category: '正式党员' }).build();
    expect(run(m07FullDate, none, '2026-11-25').map((f) => f.rule)).toEqual(['M07']);
  });
});
