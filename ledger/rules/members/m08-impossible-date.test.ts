import { describe, expect, it } from 'vitest';
import { m08ImpossibleDate } from './m08-impossible-date.js';
import { LedgerBuilder, makeId } from '../test-support/ledger-builder.js';
import { at, run } from '../test-support/run.js';

describe('M08 impossible dates', () => {
  it('reports a date after the as-of date, a join before 1921-07-01 and a join before birth', () => {
    const l = new LedgerBuilder()
      .member({ name: '甲', join: '2025-10-01' })
      .member({ name: '乙', join: '1921-06-30' })
      .member({ name: '丙', id: makeId('1980-01-01'), join: '1979-12-31' }).build();
    const f = run(m08ImpossibleDate, l, '2025-09-30');
    expect(at(f)).toEqual(['党员名册!E3@3', '党员名册!E4@4', '党员名册!E5@5']);
  });
  it('accepts the as-of day itself and a month-precise date in the as-of month', () => {
    const l = new LedgerBuilder().member({ name: '甲', join: '2025-09-30' }).member({ name: '乙', join: '2025-09' })
      .member({ name: '丙', join: '1921-07-01' }).build();
    expect(run(m08ImpossibleDate, l, '2025-09-30')).toEqual([]);
  });
});
