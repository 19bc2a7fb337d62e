import { describe, expect, it } from 'vitest';
import { c12DateRange } from './c12-date-range.js';
import { LedgerBuilder } from '../test-support/ledger-builder.js';
import { at, run } from '../test-support/run.js';

describe('C12 meeting dated outside the year or after the as-of date', () => {
  it('reports the date cell', () => {
    const l = new LedgerBuilder().meeting({ date: '2024-12-31', types: ['general'] })
      .meeting({ date: '2025-10-02', types: ['general'] }).meeting({ date: '2025-09-30', types: ['general'] }).build();
    expect(at(run(c12DateRange, l, '2025-09-30'))).toEqual(['三会一课!A3@3', '三会一课!A4@4']);
  });
  it('without a ledger year, judges only the as-of date', () => {
    const l = new LedgerBuilder().setYear(null).meeting({ date: '2024-12-31', types: ['general'] }).build();
    expect(run(c12DateRange, l, '2025-09-30')).toEqual([]);
  });
});

describe('C12 with an implausible ledger year', () => {
  it('does not judge meetings against a year misread as 1901', () => {
    const l = new LedgerBuilder().setYear(1901).meeting({ date: '2025-03-01', types: ['general'] }).build();
    expect(run(c12DateRange, l, '2025-12-31')).toEqual([]);
  });
});

describe('C12 with a whole other year kept in the same sheet', () => {
  it('says a year of other records once (提示), a stray date still per row', () => {
    const b = new LedgerBuilder();
    for (let m = 1; m <= 7; m++) b.meeting({ date: `2024-0${m}-05`, types: ['committee'] });
    b.meeting({ date: '2023-12-05', types: ['committee'] }).meeting({ date: '2025-03-01', types: ['general'] });
    const f = run(c12DateRange, b.build(), '2025-12-31');
    expect(f.map((x) => [x.severity, x.row])).toEqual([['错误', 10], ['提示', 3]]);
    expect(f[1].message).toMatch(/^三会一课 A3–A9：有7条会议记录是2024年的，不在台账统计年度（2025年）内，未计入本年度的检查和统计。/);
  });
});
