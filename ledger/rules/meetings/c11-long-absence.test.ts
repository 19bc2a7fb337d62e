import { describe, expect, it } from 'vitest';
import { c11LongAbsence } from './c11-long-absence.js';
import { LedgerBuilder, monthsOf } from '../test-support/ledger-builder.js';
import { run } from '../test-support/run.js';

function monthly(absentMonths: (m: string) => string[]): LedgerBuilder {
  const b = new LedgerBuilder().member({ name: '张三' }).member({ name: '李四' });
  for (const m of monthsOf(2025)) b.meeting({ date: `${m}-15`, types: ['themeDay'], absent: absentMonths(m) });
  return b;
}

describe('C11 absent six consecutive months', () => {
  it('reports a member absent from every meeting March to August', () => {
    const l = monthly((m) => (m >= '2025-03' && m <= '2025-08' ? ['张三'] : [])).build();
    const f = run(c11LongAbsence, l);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ member: '张三', sheet: '三会一课', row: null, cell: null });
  });
  it('quotes the reasons the record gives and asks whether they are proper', () => {
    const l = monthly((m) => (m >= '2025-03' && m <= '2025-08' ? ['张三'] : [])).build();
    for (const m of l.meetings!.meetings) if (m.absentees.includes('张三')) m.absentText = { ...m.absentText, value: m.date.value!.date < '2025-06' ? '张三（病休）' : '张三：住院' };
    const [f] = run(c11LongAbsence, l);
    expect(f.message).toContain('每次会议均登记为缺席，登记的原因：病休、住院）');
    expect(f.message).toContain('请核实所登记的原因是否属正当理由');
    const plain = run(c11LongAbsence, monthly((m) => (m >= '2025-03' && m <= '2025-08' ? ['张三'] : [])).build());
    expect(plain[0].message).toContain('（每次会议均登记为缺席）');
  });
  it('is quiet for five months, and for a run not yet ended by the as-of date', () => {
    const five = monthly((m) => (m >= '2025-03' && m <= '2025-07' ? ['张三'] : [])).build();
    expect(run(c11LongAbsence, five)).toEqual([]);
    const open = monthly((m) => (m >= '2025-03' ? ['张三'] : [])).build();
    expect(run(c11LongAbsence, open, '2025-07-31')).toEqual([]);
    expect(run(c11LongAbsence, open, '2025-08-31')).toHaveLength(1);
  });
  it('a meeting attended in the window breaks the run', () => {
    const b = monthly((m) => (m >= '2025-03' && m <= '2025-08' ? ['张三'] : []));
    b.meeting({ date: '2025-05-20', types: ['general'], absent: [] });
    expect(run(c11LongAbsence, b.build())).toEqual([]);
  });
  it('is quiet for a member the roster says was excused with approval, not for an excuse alone', () => {
    const absent = (m: string) => (m >= '2025-03' && m <= '2025-08' ? ['张三'] : []);
    const withNote = (note: string) => {
      const b = new LedgerBuilder().member({ name: '张三', note }).member({ name: '李四' });
      for (const m of monthsOf(2025)) b.meeting({ date: `${m}-15`, types: ['themeDay'], absent: absent(m) });
      return b.build();
    };
    expect(run(c11LongAbsence, withNote('长期卧床，经支部委员会研究同意不参加集中组织生活，由支委上门送学'))).toEqual([]);
    expect(run(c11LongAbsence, withNote('长期卧床'))).toHaveLength(1);
    expect(run(c11LongAbsence, withNote('出国，未经批准'))).toHaveLength(1);
  });
  it('is quiet where a meeting\'s absence record gives an approved excuse for the member', () => {
    const build = (reason: string) => {
      const l = monthly((m) => (m >= '2025-03' && m <= '2025-08' ? ['张三', '李四'] : [])).build();
      for (const m of l.meetings!.meetings) if (m.absentees.includes('张三')) m.absentText = { ...m.absentText, value: `张三（${reason}）、李四` };
      return l;
    };
    expect(run(c11LongAbsence, build('援疆，经县委组织部批准')).map((f) => f.member)).toEqual(['李四']);
    expect(run(c11LongAbsence, build('长期住院治疗，经支部委员会研究同意')).map((f) => f.member)).toEqual(['李四']);
    expect(run(c11LongAbsence, build('援疆')).map((f) => f.member)).toEqual(['张三', '李四']);
  });
});
