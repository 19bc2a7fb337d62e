/** Small date helpers for the generator (ISO strings, UTC, no time zones). */
export { addYears, addMonths, isoDate, parts } from '../../ledger/time/calendar.js';
import { isoDate } from '../../ledger/time/calendar.js';
import type { Rng } from './prng.js';

export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** A day 1–28 so that +1 year never lands on a missing 29 Feb. */
export function randomDate(rng: Rng, year: number, monthLo = 1, monthHi = 12): string {
  return isoDate(year, rng.int(monthLo, monthHi), rng.int(1, 28));
}

/** Excel 1900-system serial of an ISO date. */
export function serialOf(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86400000) + 25569;
}
