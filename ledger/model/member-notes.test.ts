import { describe, expect, it } from 'vitest';
import { memberNotes } from './member-notes.js';
import type { DateValue, Field, Ledger } from './ledger.js';
import { d03Underpaid } from '../rules/dues/d03-underpaid.js';
import { LedgerBuilder } from '../rules/test-support/ledger-builder.js';
import { run } from '../rules/test-support/run.js';

const dated = (date: string, precision: DateValue['precision'] = 'day'): Field<DateValue> =>
  ({ value: { date, precision }, raw: null, ref: null });

describe('memberNotes: a roster\'s 转入时间 / 转出时间 columns', () => {
  it('say what a note would', () => {
    const l = new LedgerBuilder().member({ name: '甲', note: '借调' }).build();
    const m = l.members!.members[0];
    m.transferIn = dated('2025-05-12');
    m.transferOut = dated('2025-08-01', 'month');
    expect(memberNotes(m)).toEqual(['借调', '2025年5月转入', '2025年8月转出']);
    m.transferIn = dated('2019-01-01', 'year');
    m.transferOut = { value: null, raw: null, ref: null };
    expect(memberNotes(m)).toEqual(['借调', '2019年转入']);
  });

  it('so the months before a transfer in and after a transfer out are not owed here (no D03)', () => {
    const paid = [null, null, null, null, 50, 50, 50, 50, null, null, null, null];
    const build = (): Ledger => new LedgerBuilder().member({ name: '甲', join: '2010-01-01' }).duesWide({ name: '甲', due: 50, paid }).build();
    expect(run(d03Underpaid, build(), '2025-12-31').length).toBe(8);
    const l = build();
    l.members!.members[0].transferIn = dated('2025-05-12');
    l.members!.members[0].transferOut = dated('2025-08-20');
    expect(run(d03Underpaid, l, '2025-12-31')).toEqual([]);
  });
});
