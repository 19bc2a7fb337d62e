import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dueChange } from './due-note.js';

describe('dueChange', () => {
  it.each([
    ['7月起缴费基数调整为5600元，月应交84元', { from: '2025-07', due: 84 }],
    ['自2025年7月起按每月84元交纳', { from: '2025-07', due: 84 }],
    ['10月份开始月应交党费调整为12.5元', { from: '2025-10', due: 12.5 }],
  ])('%j → %j', (note, want) => expect(dueChange(2025, [note])).toEqual(want));
  it.each(['按季度交纳', '2024年7月起月应交84元', '7月起病休', '月应交84元'])('%j changes nothing in 2025', (note) => expect(dueChange(2025, [note])).toBeNull());
  it('去年/今年 are of the ledger year: "去年7月起" is no change of 2025, "今年7月起" is', () => {
    expect(dueChange(2025, ['去年7月起月应交84元'])).toBeNull();
    expect(dueChange(2025, ['今年7月起月应交84元'])).toEqual({ from: '2025-07', due: 84 });
    expect(dueChange(2026, ['去年7月起月应交84元'])).toBeNull();
  });
  it('never throws', () => fc.assert(fc.property(fc.array(fc.option(fc.string())), (notes) => { dueChange(2025, notes); })));
});
