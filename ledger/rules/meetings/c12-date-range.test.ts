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

describe('C12 with a ledger of a year after the as-of date (a 2026 workbook checked at 2025-12-31)', () => {
  const ledger2026 = () => {
    const b = new LedgerBuilder().setYear(2026);
    for (let m = 1; m <= 10; m++) b.meeting({ date: `2026-${String(m).padStart(2, '0')}-06`, types: ['committee'], present: 5 });
    return b;
  };

  it('says so once a sheet (提示), not an error per row', () => {
    const f = run(c12DateRange, ledger2026().build(), '2025-12-31');
    expect(f.map((x) => [x.severity, x.cell])).toEqual([['提示', 'A3']]);
    expect(f[0].message).toBe('三会一课 A3–A12：有10条会议记录（2026年1月6日至2026年10月6日）晚于统计截止日期2025年12月31日，未计入检查和统计。本台账的统计年度是2026年：如本次应报送2025年度的台账，请改报2025年度的台账；如要检查2026年度，请把统计截止日期定在2026年内（或不指定统计截止日期）。');
  });

  it('folds the plans of such a ledger into that note; rows of the cutoff year are judged as before', () => {
    const l = ledger2026().meeting({ date: '2026-12-06', types: ['committee'], planned: true })
      .meeting({ date: '2025-12-20', types: ['general'], present: 5 }).build();
    const f = run(c12DateRange, l, '2025-12-31');
    expect(f.map((x) => [x.severity, x.cell])).toEqual([['错误', 'A14'], ['提示', 'A3']]);
    expect(f[0].message).toMatch(/不在台账统计年度（2026年）内/);
    expect(f[1].message).toMatch(/^三会一课 A3–A13：有11条会议记录/);
  });

  it('within the ledger year, a row after the as-of date is still an error of its own', () => {
    const l = new LedgerBuilder().setYear(2025).meeting({ date: '2025-10-02', types: ['general'], present: 5 }).build();
    expect(run(c12DateRange, l, '2025-09-30').map((x) => x.severity)).toEqual(['错误']);
  });
});
