/**
 * A day written without its year under a calendar grid's month or quarter column: "22/3" or "3.22"
 * under 3月. The column names the month, so the number that is one of its months is the month,
 * whichever side it is on; only where both could be ("3/3", "2/3" under 第一季度) does the grid's
 * day/month order decide. Null where neither number is a month of the column.
 */
import type { DateOrder } from './date.js';
import { toHalfWidth } from './half-width.js';

export function dayInColumn(text: string, months: readonly number[], order: DateOrder): { month: number; day: number } | null {
  const m = /^(\d{1,2})\s*[./\-]\s*(\d{1,2})$/.exec(toHalfWidth(text).trim());
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const isDay = (n: number) => n >= 1 && n <= 31;
  const monthFirst = months.includes(a) && isDay(b);
  const dayFirst = months.includes(b) && isDay(a);
  if (monthFirst && dayFirst) return order === 'dayFirst' ? { month: b, day: a } : { month: a, day: b };
  if (monthFirst) return { month: a, day: b };
  if (dayFirst) return { month: b, day: a };
  return null;
}
