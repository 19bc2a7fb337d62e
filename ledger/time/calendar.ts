/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD') and months ('YYYY-MM'),
 * free of time zones: dates are days, not instants.
 */
import type { IsoDate, IsoMonth } from '../model/ledger.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isoDate(y: number, m: number, d: number): IsoDate {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function parts(date: IsoDate): { y: number; m: number; d: number } {
  // the rules ask this in inner loops: read the digits directly where they are plain digits
  const y0 = digit(date, 0), y1 = digit(date, 1), y2 = digit(date, 2), y3 = digit(date, 3);
  const m0 = digit(date, 5), m1 = digit(date, 6), d0 = digit(date, 8), d1 = digit(date, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) >= 0) {
    return { y: y0 * 1000 + y1 * 100 + y2 * 10 + y3, m: m0 * 10 + m1, d: d0 * 10 + d1 };
  }
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) };
}

/** The digit at i, or -1 when there is none. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // proleptic Gregorian, as Date.UTC (which reads years 0–99 as 1900–1999, hence the bound)
  if (Number.isInteger(y) && Number.isInteger(m) && y >= 100 && y <= 9999 && m >= 1 && m <= 12) {
    return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1];
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Same day n years later; 29 Feb becomes 28 Feb in a common year. */
export function addYears(date: IsoDate, n: number): IsoDate {
  const { y, m, d } = parts(date);
  return isoDate(y + n, m, Math.min(d, daysInMonth(y + n, m)));
}

export function addMonths(date: IsoDate, n: number): IsoDate {
  const { y, m, d } = parts(date);
  const idx = y * 12 + (m - 1) + n;
  const ny = Math.floor(idx / 12);
  const nm = (idx % 12) + 1;
  return isoDate(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Whole years from `from` to `to` (age on a date). */
export function yearsBetween(from: IsoDate, to: IsoDate): number {
  const a = parts(from);
  const b = parts(to);
  let years = b.y - a.y;
  if (b.m < a.m || (b.m === a.m && b.d < a.d)) years--;
  return years;
}

export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

export function lastDayOfMonth(month: IsoMonth): IsoDate {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return isoDate(y, m, daysInMonth(y, m));
}

export function addMonthsToMonth(month: IsoMonth, n: number): IsoMonth {
  return monthOf(addMonths(`${month}-01`, n));
}

/** Months from `a` to `b` ("2025-03" to "2025-06": 3). */
export function monthsBetween(a: IsoMonth, b: IsoMonth): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

/** '2025-Q3' */
export function quarterOf(date: IsoDate | IsoMonth): string {
  const m = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** Months of `year` whose last day is on or before `asOf`. */
export function monthsEnded(year: number, asOf: IsoDate): IsoMonth[] {
  const out: IsoMonth[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `${pad(year, 4)}-${pad(m)}`;
    if (lastDayOfMonth(month) <= asOf) out.push(month);
  }
  return out;
}

/** Quarters of `year` ended by `asOf`, as '2025-Q1'. */
export function quartersEnded(year: number, asOf: IsoDate): string[] {
  const out: string[] = [];
  for (let q = 1; q <= 4; q++) {
    if (lastDayOfMonth(`${pad(year, 4)}-${pad(q * 3)}`) <= asOf) out.push(`${year}-Q${q}`);
  }
  return out;
}

/** Half years of `year` ended by `asOf`, as '2025-H1'. */
export function halvesEnded(year: number, asOf: IsoDate): string[] {
  const out: string[] = [];
  if (`${year}-06-30` <= asOf) out.push(`${year}-H1`);
  if (`${year}-12-31` <= asOf) out.push(`${year}-H2`);
  return out;
}

export function yearEnded(year: number, asOf: IsoDate): boolean {
  return `${year}-12-31` <= asOf;
}

/** Months of a quarter key '2025-Q3' → ['2025-07','2025-08','2025-09']. */
export function monthsOfQuarter(quarter: string): IsoMonth[] {
  const y = quarter.slice(0, 4);
  const q = Number(quarter.slice(6));
  return [1, 2, 3].map((i) => `${y}-${pad((q - 1) * 3 + i)}`);
}
