import { describe, expect, it } from 'vitest';
import { d03Underpaid } from './d03-underpaid.js';
import { d04SixMonthsUnpaid } from './d04-six-months-unpaid.js';
import { LedgerBuilder, makeId, monthsOf } from '../test-support/ledger-builder.js';
import { memberDues } from './member-months.js';
import { at, run } from '../test-support/run.js';

describe('D04 six consecutive months unpaid', () => {
  it('reports one finding per run, at the first unpaid month', () => {
    const paid = [50, null, null, null, null, null, null, 50, 50, 50, 50, 50];
    const l = new LedgerBuilder().member({ name: '张三' }).duesWide({ name: '张三', due: 50, paid }).build();
    const f = run(d04SixMonthsUnpaid, l);
    expect(at(f)).toEqual(['党费!F3@3']);
    expect(f[0].message).toContain('连续6个月');
  });
  it('never counts months whose payment cells could not be read (W03 reports them) as unpaid', () => {
    const build = () => new LedgerBuilder().member({ name: '张三' }).duesWide({ name: '张三', due: 50, paid: Array.from({ length: 12 }, () => null) }).build();
    expect(at(run(d04SixMonthsUnpaid, build()))).toEqual(['党费!E3@3']);
    const l = build();
    for (const m of l.dues!.records[0].months.slice(3, 9)) m.paid = { ...m.paid, value: null, raw: { v: '√' }, unreadable: true };
    // 1–3月 and 10–12月 unpaid: two runs of three, no six in a row
    expect(run(d04SixMonthsUnpaid, l)).toEqual([]);
  });
  it('does not count the months after a transfer out (dated, or after the last paid month), or before a dated transfer in', () => {
    const paid = [50, 50, 50, 50, 50, 50, null, null, null, null, null, null];
    const out = new LedgerBuilder().member({ name: '吕娟', note: '2025年6月组织关系转出' }).duesWide({ name: '吕娟', due: 50, paid }).build();
    expect(run(d04SixMonthsUnpaid, out)).toEqual([]);
    // "已转出" without a date: the member belonged here until the last month paid, so the empty months
    // after it are no 6 months unpaid ("视为自行脱党" of a member the branch itself says moved away)
    const undated = new LedgerBuilder().member({ name: '吕娟', note: '已转出' }).duesWide({ name: '吕娟', due: 50, paid, note: '组织关系已转出' }).build();
    expect(run(d04SixMonthsUnpaid, undated)).toEqual([]);
    expect(run(d03Underpaid, undated)).toEqual([]);
    // the months before the last one paid are still judged
    const gap = [50, null, 50, 50, 50, 50, null, null, null, null, null, null];
    const left = new LedgerBuilder().member({ name: '吕娟', note: '转出' }).duesWide({ name: '吕娟', due: 50, paid: gap }).build();
    expect(at(run(d03Underpaid, left))).toEqual(['党费!F3@3#2025-02']);
    const late = [null, null, null, null, 50, 50, 50, 50, 50, 50, 50, 50];
    const into = new LedgerBuilder().member({ name: '王磊' }).duesWide({ name: '王磊', due: 50, paid: late, note: '5月由县教育局党支部转入' }).build();
    expect(run(d03Underpaid, into)).toEqual([]);
    expect(run(d03Underpaid, new LedgerBuilder().member({ name: '王磊' }).duesWide({ name: '王磊', due: 50, paid: late }).build())).toHaveLength(4);
  });
  it('does not count months after the as-of date, five months, or an annual payment in advance', () => {
    const open = [50, 50, 50, null, null, null, null, null, null, null, null, null];
    const annual = [600, null, null, null, null, null, null, null, null, null, null, null];
    const l = new LedgerBuilder().member({ name: '甲' }).member({ name: '乙' })
      .duesWide({ name: '甲', due: 50, paid: open }).duesWide({ name: '乙', due: 50, paid: annual }).build();
    expect(run(d04SixMonthsUnpaid, l, '2025-08-31')).toEqual([]);
    expect(run(d04SixMonthsUnpaid, l, '2025-12-31').map((x) => x.member)).toEqual(['甲']);
  });
});

describe('D04 and months the ledger does not keep', () => {
  it('judges only months some dues row covers', () => {
    const b = new LedgerBuilder().member({ name: '甲' }).member({ name: '乙' });
    for (const m of ['2025-01', '2025-02']) { b.duesLong({ name: '甲', months: [m], due: 50, paid: 50 }); b.duesLong({ name: '乙', months: [m], due: 50, paid: 50 }); }
    expect(run(d04SixMonthsUnpaid, b.build(), '2025-12-31')).toEqual([]);
    for (const m of ['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08']) b.duesLong({ name: '甲', months: [m], due: 50, paid: 50 });
    expect(run(d04SixMonthsUnpaid, b.build(), '2025-12-31').map((f) => f.member)).toEqual(['乙']);
  });
  it('counts the months of the roster member a row\'s ID names: admitted in July, nothing owed before', () => {
    const id = makeId('1995-06-07');
    const paid = [null, null, null, null, null, null, 50, 50, 50, 50, 50, 50];
    const build = (dues: string | null) => new LedgerBuilder().member({ name: '宋振华', id, join: '2025-07-01' })
      .duesWide({ name: '宋晓华', id: dues, due: 50, paid }).build();
    expect(run(d04SixMonthsUnpaid, build(id))).toEqual([]);
    expect(at(run(d04SixMonthsUnpaid, build(null)))).toEqual(['党费!E3@3']);
  });
});

describe('D04 across New Year', () => {
  const months = ['2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
  // 乙 paid nothing from October 2025 to March 2026: three months of each year, six in a row
  const build = (kept: string[]) => {
    const b = new LedgerBuilder().setYear(2026).member({ name: '甲' }).member({ name: '乙' });
    for (const m of kept) {
      b.duesLong({ name: '甲', months: [m], due: 50, paid: 50 });
      b.duesLong({ name: '乙', months: [m], due: 50, paid: m >= '2025-10' && m <= '2026-03' ? 0 : 50 });
    }
    return b.build();
  };
  it('counts last year\'s unpaid months the ledger keeps up to December, at the first of them', () => {
    const l = build(months);
    const f = run(d04SixMonthsUnpaid, l, '2026-06-30');
    expect(f.map((x) => x.member)).toEqual(['乙']);
    expect(f[0].message).toContain('自2025年10月至2026年3月连续6个月');
    // the run is D04's: no D03 for its months; D03 and the stats keep to the ledger year
    expect(run(d03Underpaid, l, '2026-06-30')).toEqual([]);
    expect(memberDues(l, '2026-06-30')[1].months.map((m) => m.month)).toEqual(months.slice(5));
  });
  it('does not count a led-in month before the member came ("2025年11月转入"): five months unpaid here', () => {
    const b = new LedgerBuilder().setYear(2026).member({ name: '乙', note: '2025年11月转入' });
    for (const m of months) b.duesLong({ name: '乙', months: [m], due: 50, paid: m >= '2025-10' && m <= '2026-03' ? 0 : 50 });
    expect(run(d04SixMonthsUnpaid, b.build(), '2026-06-30')).toEqual([]);
    // arrived in October: the six months were all owed here
    const c = new LedgerBuilder().setYear(2026).member({ name: '乙', note: '2025年10月转入' });
    for (const m of months) c.duesLong({ name: '乙', months: [m], due: 50, paid: m >= '2025-10' && m <= '2026-03' ? 0 : 50 });
    expect(run(d04SixMonthsUnpaid, c.build(), '2026-06-30').map((x) => x.member)).toEqual(['乙']);
  });
  it('does not bridge months the ledger does not hold, nor report a run wholly of last year', () => {
    // no December 2025: three months, a gap, three months
    expect(run(d04SixMonthsUnpaid, build(months.filter((m) => m !== '2025-12')), '2026-06-30')).toEqual([]);
    // no January 2026: the ledger year's months start in February
    expect(run(d04SixMonthsUnpaid, build(months.filter((m) => m !== '2026-01')), '2026-06-30')).toEqual([]);
    const b = new LedgerBuilder().setYear(2026).member({ name: '乙' });
    for (const m of [...monthsOf(2025), '2026-01', '2026-02']) b.duesLong({ name: '乙', months: [m], due: 50, paid: m < '2025-07' || m > '2025-12' ? 50 : 0 });
    expect(run(d04SixMonthsUnpaid, b.build(), '2026-06-30')).toEqual([]);
  });
});

describe('D04 and an unreadable 入党时间', () => {
  const build = (full: string | null, written = '待查') => {
    const l = new LedgerBuilder().member({ name: '张三', join: null, full }).duesWide({ name: '张三', due: 50, paid: Array.from({ length: 12 }, () => null) }).build();
    const m = l.members!.members[0];
    m.joinDate = { ...m.joinDate, value: null, raw: { v: written }, unreadable: true };
    return l;
  };
  it('judges the year where the 转正时间 is before it: admitted before this year, whatever the date', () => {
    expect(run(d04SixMonthsUnpaid, build('2012-06-01')).map((f) => f.member)).toEqual(['张三']);
  });
  it('judges the year where the unreadable date names an earlier year, typed in full-width digits too', () => {
    expect(run(d04SixMonthsUnpaid, build(null, '２０１５年春')).map((f) => f.member)).toEqual(['张三']);
  });
  it('judges nothing where no date says when the member was admitted', () => {
    expect(run(d04SixMonthsUnpaid, build(null))).toEqual([]);
  });
});
