import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { yearAndField } from './year-fields.js';

describe('yearAndField', () => {
  it.each([['2025年月应交', 2025, '月应交'], ['2024年 月应交', 2024, '月应交'], ['2025年度缴费基数', 2025, '缴费基数'], ['２０２５年缴费基数', null, null]] as const)(
    '%j → %j %j', (label, year, rest) => expect(yearAndField(label)).toEqual(year == null ? null : { year, rest }));
  it.each(['2025年', '2025年度', '2025年1月', '1925年月应交', '2025年1月份', '月应交', '202年月应交'])('%j is no year-prefixed field', (label) => {
    // "2025年1月" keeps its month: the month header reader has it first, and its rest starts with a digit
    expect(yearAndField(label)).toBeNull();
  });
  it('never throws', () => fc.assert(fc.property(fc.string(), (s) => { yearAndField(s); })));
});
