/**
 * 统计截止日期 (DOMAIN.md §3): given explicitly, else the end of the ledger's
 * year or today, whichever is earlier.
 */
import type { Ledger, IsoDate } from './model/ledger.js';

export function todayIso(now: Date = new Date()): IsoDate {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function resolveAsOf(ledger: Ledger, explicit?: IsoDate, today: IsoDate = todayIso()): IsoDate {
  if (explicit) return explicit;
  if (ledger.year == null) return today;
  const yearEnd = `${ledger.year}-12-31`;
  return yearEnd < today ? yearEnd : today;
}
