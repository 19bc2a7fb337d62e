import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, addMonthsToMonth, addYears, daysInMonth, lastDayOfMonth, monthsBetween, parts, quarterOf } from './calendar.js';

// the plain definitions the fast paths must agree with
const partsBySlice = (s: string) => ({ y: Number(s.slice(0, 4)), m: Number(s.slice(5, 7)), d: Number(s.slice(8, 10)) });
const daysByDate = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

describe('parts', () => {
  it('reads an ISO date', () => {
    expect(parts('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parts('0999-12-01')).toEqual({ y: 999, m: 12, d: 1 });
  });

  it('agrees with Number(slice) on any text, well-formed or not', () => {
    const ch = fc.constantFrom('0', '1', '2', '5', '9', '-', ' ', '.', 'a', '/', '０', '+', 'e');
    fc.assert(fc.property(fc.array(ch, { maxLength: 12 }).map((a) => a.join('')), (s) => {
      expect(parts(s)).toEqual(partsBySlice(s));
    }), { numRuns: 3000 });
    for (const s of ['', '2025', '2025-07', '2025-7-1', '2025-07-01T00:00', ' 2025-07-01', '2025-07-1 ']) {
      expect(parts(s)).toEqual(partsBySlice(s));
    }
  });
});

describe('daysInMonth', () => {
  it('knows leap years (Gregorian)', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([29, 28, 28, 29]);
    expect(daysInMonth(2025, 4)).toBe(30);
  });

  it('agrees with Date.UTC for every year and month, in range or not', () => {
    fc.assert(fc.property(fc.integer({ min: -50, max: 12000 }), fc.integer({ min: -3, max: 15 }), (y, m) => {
      expect(daysInMonth(y, m)).toBe(daysByDate(y, m));
    }), { numRuns: 5000 });
    for (const [y, m] of [[0, 2], [4, 2], [99, 2], [100, 2], [1600, 2], [9999, 12], [10000, 2], [2025.5, 2], [2025, 2.5], [NaN, 1]]) {
      expect(daysInMonth(y, m)).toBe(daysByDate(y, m));
    }
  });
});

describe('date arithmetic', () => {
  it('keeps the day within the month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(quarterOf('2025-08')).toBe('2025-Q3');
  });
  it('counts the months between two months, across years, as addMonthsToMonth adds them', () => {
    expect(monthsBetween('2025-03', '2025-06')).toBe(3);
    expect(monthsBetween('2024-11', '2025-02')).toBe(3);
    expect(monthsBetween('2025-06', '2025-03')).toBe(-3);
    fc.assert(fc.property(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: -60, max: 60 }), (y, m, n) => {
      const a = `${y}-${String(m).padStart(2, '0')}`;
      expect(monthsBetween(a, addMonthsToMonth(a, n))).toBe(n);
    }));
  });
});
