import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMonthKey, parseMonthRange, resolveMonth } from './month.js';

const key = (year: number | null, month: number) => ({ kind: 'ok', value: { year, month } });

describe('parseMonthKey', () => {
  it.each([
    ['1月', key(null, 1)], ['12月', key(null, 12)], ['１２月', key(null, 12)], ['十一月', key(null, 11)], ['一月份', key(null, 1)],
    ['2025年1月', key(2025, 1)], ['2025-01', key(2025, 1)], ['2025.01', key(2025, 1)], ['2025/1', key(2025, 1)],
    ['202501', key(2025, 1)], ['2025-01-15', key(2025, 1)],
  ])('%j', (text, expected) => expect(parseMonthKey(text)).toEqual(expected));
  it('reads a serial date and a bare month number', () => {
    expect(parseMonthKey(45658, 'yyyy"年"m"月"')).toEqual(key(2025, 1));
    expect(parseMonthKey(3)).toEqual(key(null, 3));
  });
  it.each(['13月', '0月', '2025-13', '月份', 'abc', '2025'])('rejects %j', (text) => expect(parseMonthKey(text)).toEqual({ kind: 'bad' }));
  it('places a year-less month in the fallback year', () => {
    expect(resolveMonth({ year: null, month: 3 }, 2025)).toBe('2025-03');
    expect(resolveMonth({ year: 2024, month: 3 }, 2025)).toBe('2024-03');
    expect(resolveMonth({ year: null, month: 3 }, null)).toBeNull();
  });
});

const months = (y: number, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ year: y, month: from + i }));

describe('parseMonthRange', () => {
  it.each([
    ['2019.01-2019.06', months(2019, 1, 6)], ['2019年1-6月', months(2019, 1, 6)], ['2019.01—2019.06', months(2019, 1, 6)],
    ['2019年1月-2019年6月', months(2019, 1, 6)], ['2019年1月至6月', months(2019, 1, 6)], ['2019.01-06', months(2019, 1, 6)],
    ['2019-01-2019-06', months(2019, 1, 6)], ['2019-07', months(2019, 7, 7)], ['2019-07-15', months(2019, 7, 7)], ['2019.01 ~ 2019.03', months(2019, 1, 3)], ['2025-01至2025-03', months(2025, 1, 3)], ['2025-04~2025-06', months(2025, 4, 6)], ['2019.07', months(2019, 7, 7)],
  ])('%j', (text, expected) => expect(parseMonthRange(text)).toEqual({ kind: 'ok', value: expected }));
  it.each([
    ['第一季度', [1, 2, 3], null], ['2025年第二季度', [4, 5, 6], 2025], ['三季度', [7, 8, 9], null], ['Q4', [10, 11, 12], null],
    ['2025年上半年', [1, 2, 3, 4, 5, 6], 2025], ['下半年', [7, 8, 9, 10, 11, 12], null], ['全年', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], null],
  ] as const)('%j is a period: its months', (text, months, year) =>
    expect(parseMonthRange(text)).toEqual({ kind: 'ok', value: months.map((month) => ({ year, month })) }));
  it.each(['第五季度', '季度', '上半月', '全年度计划'])('%j is no period', (text) => expect(parseMonthRange(text)).toEqual({ kind: 'bad' }));
  it('crosses a year end', () => {
    expect(parseMonthRange('2019.11-2020.02')).toEqual({ kind: 'ok', value: [...months(2019, 11, 12), ...months(2020, 1, 2)] });
  });
  it('keeps the year open when the range names none', () => {
    expect(parseMonthRange('1-3月')).toEqual({ kind: 'ok', value: [1, 2, 3].map((m) => ({ year: null, month: m })) });
  });
  it.each(['2019.06-2019.01', '2019.01-2019.13', '2019.01-2030.01', 'a-b', '1-2-3'])('rejects %j', (text) =>
    expect(parseMonthRange(text)).toEqual({ kind: 'bad' }));
  it('never throws; ranges round-trip', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.double(), fc.constant(null)), (v) => { parseMonthRange(v); parseMonthKey(v); }));
    fc.assert(fc.property(fc.integer({ min: 1950, max: 2090 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 30 }), (y, m, len) => {
      const a = y * 12 + m - 1;
      const b = a + len;
      const text = `${y}.${String(m).padStart(2, '0')}-${Math.floor(b / 12)}.${String((b % 12) + 1).padStart(2, '0')}`;
      const r = parseMonthRange(text);
      return r.kind === 'ok' && r.value.length === len + 1 && r.value[0].year === y && r.value[0].month === m;
    }));
  });
});
