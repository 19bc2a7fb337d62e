import { describe, expect, it } from 'vitest';
import { d03Underpaid } from './d03-underpaid.js';
import { memberDues } from './member-months.js';
import { d04SixMonthsUnpaid } from './d04-six-months-unpaid.js';
import { duesStats } from '../../stats/dues-stats.js';
import { LedgerBuilder, monthsOf } from '../test-support/ledger-builder.js';
import { at, run } from '../test-support/run.js';

const twelve = (x: number | null) => Array.from({ length: 12 }, () => x);

describe('D03 month paid less than due', () => {
  it('reports each short month ended by the as-of date at its cell, with the period', () => {
    const paid = twelve(50);
    paid[2] = 20; // March short
    paid[8] = null; // September unpaid, not yet ended at the as-of date below? it is: as-of 2025-09-30
    paid[9] = null; // October: not ended
    const l = new LedgerBuilder().member({ name: '张三', join: '2010-01-01' }).duesWide({ name: '张三', base: 5000, due: 50, paid }).build();
    const f = run(d03Underpaid, l, '2025-09-30');
    expect(at(f)).toEqual(['党费!G3@3#2025-03', '党费!M3@3#2025-09']);
    expect(f[0].member).toBe('张三');
  });
  it('accepts paying more, in advance, by the quarter, and months before 入党时间', () => {
    const advance = [150, null, null, 50, 60, 50, 50, 50, 50, 50, 50, 50];
    const quarterEnd = [null, null, 150, 50, 50, 50, 50, 50, 50, 50, 50, 50];
    const joined = [null, null, null, null, null, 50, 50, 50, 50, 50, 50, 50];
    const l = new LedgerBuilder().member({ name: '甲' }).member({ name: '乙' }).member({ name: '丙', join: '2025-06-10' })
      .duesWide({ name: '甲', due: 50, paid: advance }).duesWide({ name: '乙', due: 50, paid: quarterEnd })
      .duesWide({ name: '丙', due: 50, paid: joined }).build();
    expect(run(d03Underpaid, l)).toEqual([]);
  });
  it('arrears made up within six months, across quarters and without a note (中组发〔2008〕3号), are paid', () => {
    // March–May unpaid, June pays four months: March lies in another quarter
    const late = [50, 50, null, null, null, 200, 50, 50, 50, 50, 50, 50];
    const l = new LedgerBuilder().member({ name: '甲' }).duesWide({ name: '甲', due: 50, paid: late }).build();
    expect(run(d03Underpaid, l, '2025-12-31')).toEqual([]);
  });
  it('a surplus more than six months after the unpaid month does not pay it', () => {
    const tooLate = [50, 50, null, 50, 50, 50, 50, 50, 50, 100, 50, 50];
    const l = new LedgerBuilder().member({ name: '甲' }).duesWide({ name: '甲', due: 50, paid: tooLate }).build();
    const f = run(d03Underpaid, l, '2025-12-31');
    expect(at(f)).toEqual(['党费!G3@3#2025-03']);
    // the October surplus, carried to the year's end unused, is named: the ledger does show a payment
    expect(f[0].message).toContain('未交纳党费（月应交50元）。2025年10月所交党费中多出的50元距本月已超过6个月的补交期限，未用来抵顶本月。');
    expect(f[0].message).toContain('经党组织同意补交的，请在备注中注明“补交”');
  });
  it('a year paid at once in December: the months beyond the six-month limit say the payment came too late', () => {
    // a village branch whose 农民 members pay 1 yuan a month, the year's 12 yuan in December
    const yearly = [null, null, null, null, null, null, null, null, null, null, null, 12];
    const l = new LedgerBuilder().member({ name: '甲' }).duesWide({ name: '甲', due: 1, paid: yearly }).build();
    const f = run(d03Underpaid, l, '2025-12-31');
    expect(f.map((x) => x.period)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05']);
    expect(f.every((x) => x.message.includes('2025年12月所交党费中多出的5元距本月已超过6个月的补交期限'))).toBe(true);
    // with a 补交 note the same payment pays the whole year
    const noted = new LedgerBuilder().member({ name: '甲' }).duesWide({ name: '甲', due: 1, paid: yearly, note: '12月补交全年党费' }).build();
    expect(run(d03Underpaid, noted, '2025-12-31')).toEqual([]);
  });
  it('names no late payment when the surplus was spent on later months', () => {
    // March unpaid; October pays two months ahead (November, December paid nothing): nothing is left over
    const spent = [50, 50, null, 50, 50, 50, 50, 50, 50, 150, null, null];
    const l = new LedgerBuilder().member({ name: '甲' }).duesWide({ name: '甲', due: 50, paid: spent }).build();
    const f = run(d03Underpaid, l, '2025-12-31');
    expect(at(f)).toEqual(['党费!G3@3#2025-03']);
    expect(f[0].message).toBe('党费 G3：甲2025年3月未交纳党费（月应交50元）。请核实：已交纳的请补录，未交足的请督促补交。');
  });
  it('long form: a quarterly row covers its months; a kept month without the member row is reported without a cell', () => {
    const b = new LedgerBuilder().member({ name: '甲' }).member({ name: '乙' });
    b.duesLong({ name: '甲', months: monthsOf(2025).slice(0, 3), due: 50, paid: 150 });
    b.duesLong({ name: '甲', months: ['2025-04'], due: 50, paid: 50 });
    b.duesLong({ name: '乙', months: monthsOf(2025).slice(0, 5), due: 50, paid: 250 });
    const f = run(d03Underpaid, b.build(), '2025-05-31');
    expect(at(f)).toEqual(['党费!-@-#2025-05']);
  });
  it('a quarter paid at once is due by its end: while it lasts its months are not judged, nor summed as owed', () => {
    const b = new LedgerBuilder().member({ name: '甲' });
    for (const q of [0, 3, 6]) b.duesLong({ name: '甲', months: monthsOf(2025).slice(q, q + 3), due: 50, paid: 150 });
    b.duesLong({ name: '甲', months: monthsOf(2025).slice(9, 12), due: 50, paid: null });
    const l = b.build();
    expect(run(d03Underpaid, l, '2025-11-25')).toEqual([]);
    expect(memberDues(l, '2025-11-25')[0].months.map((m) => m.month)).toEqual(monthsOf(2025).slice(0, 9));
    expect(memberDues(l, '2025-11-25')[0].pending).toBe(50);
    // the quarter over, its months are owed
    expect(run(d03Underpaid, l, '2025-12-31').map((f) => f.period)).toEqual(['2025-10', '2025-11', '2025-12']);
  });
});

describe('D03 and D04 do not repeat each other', () => {
  it('leaves the months of a six-month unpaid run to D04, but reports a single unpaid month', () => {
    const paid = [null, null, null, null, null, null, 50, 50, null, 50, 50, 50];
    const l = new LedgerBuilder().member({ name: '甲' }).duesWide({ name: '甲', due: 50, paid }).build();
    expect(run(d03Underpaid, l).map((f) => f.period)).toEqual(['2025-09']);
  });
});

describe('D03 with range rows', () => {
  it('reads a range row whose 应交 equals its payment as the total for its months', () => {
    const b = new LedgerBuilder().member({ name: '甲' });
    b.duesLong({ name: '甲', months: ['2025-01', '2025-02', '2025-03'], due: 150, paid: 150 });
    b.duesLong({ name: '甲', months: ['2025-04', '2025-05', '2025-06'], due: 50, paid: 100 });
    expect(run(d03Underpaid, b.build(), '2025-06-30').map((f) => f.period)).toEqual(['2025-04', '2025-05', '2025-06']);
  });
});

describe('D03 without a 月应交 column', () => {
  it('takes base × 比例 as the monthly due', () => {
    const paid = Array.from({ length: 12 }, () => 90 as number | null);
    paid[4] = 60;
    const b = new LedgerBuilder().member({ name: '甲' }).duesWide({ name: '甲', base: 6000, rate: 0.015, paid });
    b.duesOmit.add('due');
    expect(run(d03Underpaid, b.build()).map((f) => f.period)).toEqual(['2025-05']);
  });
});

describe('D03 wide form', () => {
  it('does not read a year paid as one month as a total', () => {
    const paid = [50, null, null, null, null, 50, 50, 50, 50, 50, 50, 50];
    const l = new LedgerBuilder().member({ name: '甲' }).duesWide({ name: '甲', due: 50, paid }).build();
    expect(run(d03Underpaid, l, '2025-05-31').map((f) => f.period)).toEqual(['2025-02', '2025-03', '2025-04', '2025-05']);
  });
});

describe('D03 before admission', () => {
  it('lists a recorded month before 入党时间 for the sums but does not judge it', () => {
    const paid = [10, null, null, 50, 50, 50, 50, 50, 50, 50, 50, 50];
    const l = new LedgerBuilder().member({ name: '甲', join: '2025-04-02' }).duesWide({ name: '甲', due: 50, paid }).build();
    expect(run(d03Underpaid, l)).toEqual([]);
    const months = memberDues(l, '2025-12-31')[0].months;
    expect(months.map((m) => [m.month, m.notMember]).slice(0, 2)).toEqual([['2025-01', true], ['2025-04', false]]);
  });
});

describe('D03 and unreadable payment cells', () => {
  it('does not judge a month whose payment cell is not an amount: W03 reports that cell, nothing says it is unpaid', () => {
    const l = new LedgerBuilder().member({ name: '甲' }).duesWide({ name: '甲', due: 50, paid: Array.from({ length: 12 }, (_, i) => (i === 5 ? 0 : 50)) }).build();
    const rec = l.dues!.records[0];
    rec.months[2].paid = { value: null, raw: { v: '四十' }, ref: rec.months[2].paid.ref, unreadable: true };
    expect(run(d03Underpaid, l).map((f) => f.period)).toEqual(['2025-06']);
    expect(memberDues(l, '2025-12-31')[0].months[2].unreadable).toBe(true);
  });
});

describe('D03 for a member whose 入党时间 cannot be read', () => {
  const unreadableJoin = (paid: (number | null)[]) => {
    const l = new LedgerBuilder().member({ name: '甲', category: '预备党员' }).duesWide({ name: '甲', due: 2, paid }).build();
    const m = l.members!.members[0];
    m.joinDate = { value: null, raw: { v: '01/03/2025' }, ref: m.joinDate.ref, unreadable: true };
    return l;
  };
  it('judges no month before the first payment of the year (he may have been admitted then; the W03 asks for the date)', () => {
    const l = unreadableJoin([null, null, 2, 2, 2, null, 2, 2, 2, 2, 2, 2]);
    expect(run(d03Underpaid, l).map((f) => f.period)).toEqual(['2025-06']);
    expect(memberDues(l, '2025-12-31')[0].months[0].month).toBe('2025-03');
  });
  it('judges no month where nothing was paid at all: no D03, no D04 (自行脱党) until the W03\'s date is put right', () => {
    const l = unreadableJoin(Array.from({ length: 12 }, () => null));
    expect(run(d04SixMonthsUnpaid, l)).toEqual([]);
    expect(run(d03Underpaid, l)).toEqual([]);
    expect(memberDues(l, '2025-12-31')[0].months).toEqual([]);
    // once the date reads, the year is judged
    const readable = new LedgerBuilder().member({ name: '甲', join: '2010-01-01' }).duesWide({ name: '甲', due: 2, paid: Array.from({ length: 12 }, () => null) }).build();
    expect(run(d04SixMonthsUnpaid, readable)).toHaveLength(1);
  });
});

describe('D03 with two rows for one member (a new 月应交 from July)', () => {
  it('judges each month by the row that paid it, at that row\'s cell', () => {
    const first = Array.from({ length: 12 }, (_, i) => (i < 6 ? 90 : null));
    const second = Array.from({ length: 12 }, (_, i) => (i < 6 ? null : 150));
    const l = new LedgerBuilder().member({ name: '许娜' })
      .duesWide({ name: '许娜', due: 90, paid: first }).duesWide({ name: '许娜', due: 210, paid: second }).build();
    const f = run(d03Underpaid, l);
    expect(f.map((x) => [x.period, x.row])).toEqual(['07', '08', '09', '10', '11', '12'].map((m) => [`2025-${m}`, 4]));
    expect(f[0].message).toContain('少于月应交210元');
  });
});

describe('D03 with a due changed mid-year by a note', () => {
  it('judges the months from the change by the new due', () => {
    const paid = Array.from({ length: 12 }, (_, i) => (i < 6 ? 102 : 84));
    const noted = new LedgerBuilder().member({ name: '许娜' }).duesWide({ name: '许娜', due: 102, paid, note: '7月起缴费基数调整为5600元，月应交84元' }).build();
    expect(run(d03Underpaid, noted)).toEqual([]);
    const plain = new LedgerBuilder().member({ name: '许娜' }).duesWide({ name: '许娜', due: 102, paid }).build();
    expect(run(d03Underpaid, plain)).toHaveLength(6);
  });
});

describe('the months a member who joined, left or died owes', () => {
  const upTo = (last: number) => Array.from({ length: 12 }, (_, i) => (i < last ? 50 : null));
  const judged = (l: ReturnType<LedgerBuilder['build']>) => memberDues(l, '2025-12-31')[0].months.filter((m) => !m.notMember).map((m) => m.month);

  it.each([
    ['a remark on the roster', { note: '2025年7月3日因病去世' }, {}],
    ['a 减少 note on the dues row', {}, { note: '党员减少：病故（2025.7）' }],
    ['the 在职状态 column', { status: '2025年7月逝世' as never }, {}],
  ])('the month of death is not owed, written in %s: no D03, no D04, and the 收缴率 base agrees', (_, member, row) => {
    const l = new LedgerBuilder().member({ name: '甲', ...member }).duesWide({ name: '甲', due: 50, paid: upTo(6), ...row }).build();
    expect(run(d03Underpaid, l, '2025-12-31')).toEqual([]);
    expect(run(d04SixMonthsUnpaid, l, '2025-12-31')).toEqual([]);
    expect(judged(l).at(-1)).toBe('2025-06');
    expect(duesStats(l, '2025-12-31')).toMatchObject({ due: 300, paid: 300, membersInArrears: 0 });
  });

  it('a death in January leaves no month owed; the month before a death still is', () => {
    const jan = new LedgerBuilder().member({ name: '甲', note: '2025年1月20日病故' }).duesWide({ name: '甲', due: 50, paid: upTo(0) }).build();
    expect(run(d03Underpaid, jan, '2025-12-31')).toEqual([]);
    expect(judged(jan)).toEqual([]);
    const short = new LedgerBuilder().member({ name: '甲', note: '2025年7月3日因病去世' }).duesWide({ name: '甲', due: 50, paid: upTo(5) }).build();
    expect(run(d03Underpaid, short, '2025-12-31').map((f) => f.period)).toEqual(['2025-06']);
  });

  it('the month of admission is owed (中组发〔2008〕3号: probationary members pay from the day they were admitted)', () => {
    const paid = Array.from({ length: 12 }, (_, i) => (i >= 9 ? 50 : null));
    const l = new LedgerBuilder().member({ name: '乙', join: '2025-09-18', note: '2025年9月18日支部大会接收为预备党员' })
      .duesWide({ name: '乙', due: 50, paid }).build();
    expect(run(d03Underpaid, l, '2025-12-31').map((f) => f.period)).toEqual(['2025-09']);
    expect(duesStats(l, '2025-12-31')).toMatchObject({ due: 200, paid: 150 });
  });

  it('a transfer out keeps its month owed, as before', () => {
    const l = new LedgerBuilder().member({ name: '丙', note: '2025.8.15转出至市城管局机关党支部' }).duesWide({ name: '丙', due: 50, paid: upTo(7) }).build();
    expect(run(d03Underpaid, l, '2025-12-31').map((f) => f.period)).toEqual(['2025-08']);
  });
});
