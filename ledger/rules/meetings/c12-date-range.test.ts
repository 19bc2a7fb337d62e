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

describe('C12 with meetings planned later in the year written in ahead', () => {
  const upToNovember = () => {
    const b = new LedgerBuilder().setYear(2026);
    for (let m = 1; m <= 11; m++) b.meeting({ date: `2026-${String(m).padStart(2, '0')}-05`, types: ['committee'], present: 5 });
    return b;
  };

  it('says the plans of a sheet once (提示): those saying 计划 and those recording no attendance', () => {
    const l = upToNovember()
      .meeting({ date: '2026-12-06', types: ['committee'], planned: true, present: 5 })
      .meeting({ date: '2026-12-22', types: ['general'], host: null, recorder: null })
      .meeting({ date: '2026-12-26', types: ['lifeMeeting'], planned: true }).build();
    const f = run(c12DateRange, l, '2026-11-25');
    expect(f.map((x) => [x.severity, x.cell])).toEqual([['提示', 'A14']]);
    expect(f[0].message).toBe('三会一课 A14–A16：有3条计划召开的会议（12月6日、12月22日、12月26日）晚于统计截止日期2026年11月25日，未计入本年度的检查和统计。会议召开后，请按实际召开日期和到会情况填写。');
  });

  it('a row dated ahead with its attendance recorded is a mistyped date, an error of its own', () => {
    const l = upToNovember().meeting({ date: '2026-12-05', types: ['committee'], present: 5 })
      .meeting({ date: '2026-12-15', types: ['committee'] }).build();
    const f = run(c12DateRange, l, '2026-11-25');
    expect(f.map((x) => [x.severity, x.cell])).toEqual([['错误', 'A14'], ['提示', 'A15']]);
    expect(f[0].message).toMatch(/会议日期2026年12月5日晚于统计截止日期2026年11月25日，请核对日期是否录错/);
  });

  it('a plan of next year in this year\'s ledger is outside the year, as before', () => {
    const l = upToNovember().meeting({ date: '2027-01-06', types: ['committee'], planned: true }).build();
    expect(run(c12DateRange, l, '2026-11-25').map((x) => [x.severity, x.cell])).toEqual([['错误', 'A14']]);
  });
});
