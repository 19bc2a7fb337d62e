import { describe, expect, it } from 'vitest';
import { d02AmountDue } from './d02-amount-due.js';
import { LedgerBuilder, makeId } from '../test-support/ledger-builder.js';
import { at, run } from '../test-support/run.js';

describe('D02 amount due', () => {
  it('reports a due on the wrong bracket at the due cell', () => {
    const l = new LedgerBuilder().member({ name: '张三', status: '在职' }).member({ name: '李四', status: '在职' })
      .duesWide({ name: '张三', base: 3000, due: 30 }).duesWide({ name: '李四', base: 3000.01, due: 30 }).build();
    const f = run(d02AmountDue, l);
    expect(at(f)).toEqual(['党费!D3@3']);
    expect(f[0].message).toContain('应为15元');
  });
  it('applies the retired, farmer and student scales', () => {
    const l = new LedgerBuilder().member({ name: '退', status: '离退休' }).member({ name: '农', status: '农民' })
      .member({ name: '学', status: '学生' }).member({ name: '学2', status: '学生' })
      .duesWide({ name: '退', base: 6000, due: 60 }).duesWide({ name: '农', due: 1 })
      .duesWide({ name: '学', due: 0.2 }).duesWide({ name: '学2', due: 0.5 }).build();
    expect(at(run(d02AmountDue, l))).toEqual(['党费!D6@6']);
  });
  it('accepts fen rounding by default, and yuan rounding only where the ledger rounds', () => {
    const fen = new LedgerBuilder().member({ name: '甲', status: '在职' })
      .duesWide({ name: '甲', base: 6789, due: 101.84 }).build();
    expect(run(d02AmountDue, fen)).toEqual([]);
    const yuanOnce = new LedgerBuilder().member({ name: '甲', status: '在职' }).member({ name: '乙', status: '在职' })
      .duesWide({ name: '甲', base: 6789, due: 102 }).duesWide({ name: '乙', base: 4567, due: 45.67 }).build();
    expect(at(run(d02AmountDue, yuanOnce))).toEqual(['党费!D3@3']);
    const rounded = new LedgerBuilder().member({ name: '甲', status: '在职' }).member({ name: '乙', status: '在职' })
      .duesWide({ name: '甲', base: 6789, due: 102 }).duesWide({ name: '乙', base: 4567, due: 46 }).build();
    expect(run(d02AmountDue, rounded)).toEqual([]);
    expect(run(d02AmountDue, yuanOnce, '2025-12-31', { rounding: 'yuan' })).toEqual([]);
  });
  it('is suppressed by a 减免 note', () => {
    const l = new LedgerBuilder().member({ name: '甲', status: '在职' })
      .duesWide({ name: '甲', base: 8000, due: 10, note: '经上级党委批准减免' }).build();
    expect(run(d02AmountDue, l)).toEqual([]);
  });
  it('judges a row by the roster member its ID names, whatever the name (status, a 减免 note in the roster)', () => {
    const id = makeId('1950-03-04');
    const build = (dues: string | null) => new LedgerBuilder()
      .member({ name: '宋振华', id, status: '离退休', note: '经上级党委批准减免' })
      .duesWide({ name: '宋晓华', id: dues, base: 6000, due: 10 }).build();
    expect(run(d02AmountDue, build(id))).toEqual([]);
    // no ID on the row: 宋晓华 is no roster member, so neither the status nor the note is known
    expect(at(run(d02AmountDue, build(null)))).toEqual(['党费!D3@3']);
  });
});

describe('D02 in a long-form ledger', () => {
  it('reports a wrong due repeated on every month row once, at the first row', () => {
    const b = new LedgerBuilder().member({ name: '甲', status: '在职' });
    for (const m of ['2025-01', '2025-02', '2025-03']) b.duesLong({ name: '甲', months: [m], base: 6000, due: 30, paid: 30 });
    const f = run(d02AmountDue, b.build());
    expect(at(f)).toEqual(['党费!D3@3']);
    expect(f[0].message).toContain('共3行');
  });
  it('reads the due of a row covering a quarter as the quarter total when it equals the amount paid', () => {
    const b = new LedgerBuilder().member({ name: '甲', status: '在职' });
    b.duesLong({ name: '甲', months: ['2025-01', '2025-02', '2025-03'], base: 6000, due: 270, paid: 270 });
    expect(run(d02AmountDue, b.build())).toEqual([]);
  });
});

describe('D02 without a 月应交 column', () => {
  it('judges base × 比例 as written, at the 比例 cell', () => {
    const b = new LedgerBuilder().member({ name: '甲', status: '在职' }).member({ name: '乙', status: '在职' })
      .duesWide({ name: '甲', base: 6000, rate: 0.01 }).duesWide({ name: '乙', base: 6000, rate: 0.015 });
    b.duesOmit.add('due');
    expect(at(run(d02AmountDue, b.build()))).toEqual(['党费!C3@3']);
  });
});
