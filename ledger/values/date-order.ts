/**
 * The order of day and month in one date column written day/month/year with the year last. A
 * column showing only day-first dates where the order shows (15/03/2025) is day first throughout,
 * so its 03/04/2025 is 3 April; one showing both orders, or neither, keeps such dates unread (W03).
 */
import type { RawValue } from '../grid/grid.js';
import { writtenOrder, type DateOrder } from './date.js';

export function columnDateOrder(values: Iterable<RawValue | undefined>): DateOrder {
  let dayFirst = false;
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const order = writtenOrder(v);
    // one month-first date makes the column's order a guess again
    if (order === 'monthFirst') return 'unknown';
    if (order === 'dayFirst') dayFirst = true;
  }
  return dayFirst ? 'dayFirst' : 'unknown';
}
