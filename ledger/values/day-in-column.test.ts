import { describe, expect, it } from 'vitest';
import { dayInColumn } from './day-in-column.js';

describe('dayInColumn: a year-less day under a month or quarter column', () => {
  it('takes the number that is the column\'s month for the month, on either side', () => {
    expect(dayInColumn('22/3', [3], 'unknown')).toEqual({ month: 3, day: 22 });
    expect(dayInColumn('6/3', [3], 'unknown')).toEqual({ month: 3, day: 6 });
    expect(dayInColumn('3.6', [3], 'unknown')).toEqual({ month: 3, day: 6 });
    expect(dayInColumn('１５／１', [1], 'unknown')).toEqual({ month: 1, day: 15 });
  });
  it('lets the grid\'s order decide only where both numbers are months of the column', () => {
    expect(dayInColumn('2/3', [1, 2, 3], 'unknown')).toEqual({ month: 2, day: 3 });
    expect(dayInColumn('2/3', [1, 2, 3], 'dayFirst')).toEqual({ month: 3, day: 2 });
    expect(dayInColumn('3/3', [3], 'dayFirst')).toEqual({ month: 3, day: 3 });
  });
  it('is null where neither number is a month of the column, or the text is no day', () => {
    expect(dayInColumn('4/5', [3], 'unknown')).toBeNull();
    expect(dayInColumn('3月6日', [3], 'unknown')).toBeNull();
    expect(dayInColumn('40/3', [3], 'unknown')).toBeNull();
  });
});
