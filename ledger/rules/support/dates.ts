/** Date helpers for values whose precision may be a month or a year ("2019.7"). */
import type { DateValue, IsoDate, Ledger } from '../../model/ledger.js';
import { daysInMonth, parts } from '../../time/calendar.js';

/** First day the value may mean. */
export function earliest(v: DateValue): IsoDate {
  if (v.precision === 'year') return `${String(parts(v.date).y).padStart(4, '0')}-01-01`;
  if (v.precision === 'month') return `${v.date.slice(0, 7)}-01`;
  return v.date;
}

/** Last day the value may mean. */
export function latest(v: DateValue): IsoDate {
  if (v.precision !== 'year' && v.precision !== 'month') return v.date;
  const { y, m } = parts(v.date);
  if (v.precision === 'year') return `${String(y).padStart(4, '0')}-12-31`;
  return `${v.date.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** "2019年7月1日" (or "2019年7月" / "2019年" as precise as the source). */
export function cnDate(v: DateValue | IsoDate): string {
  const dv: DateValue = typeof v === 'string' ? { date: v, precision: 'day' } : v;
  const { y, m, d } = parts(dv.date);
  if (dv.precision === 'year') return `${y}年`;
  if (dv.precision === 'month') return `${y}年${m}月`;
  return `${y}年${m}月${d}日`;
}

/**
 * The ledger's own year when it is plausible (1990 … the year after the as-of date), else null:
 * a year misread from a stray cell must not turn every meeting into a finding.
 */
export function ledgerYear(ledger: Ledger, asOf: IsoDate): number | null {
  const y = ledger.year;
  if (y == null || !Number.isInteger(y)) return null;
  return y >= 1990 && y <= Number(asOf.slice(0, 4)) + 1 ? y : null;
}

/**
 * The ledger's year begins after the as-of date (a 2026 workbook checked at 2025-12-31): nothing in it
 * has come due by then; the workbook and the cutoff are of different years (C12, stats uncountable.ts).
 */
export function yearAfterCutoff(ledger: Ledger, asOf: IsoDate): boolean {
  const y = ledgerYear(ledger, asOf);
  return y != null && y > Number(asOf.slice(0, 4));
}

/** The ledger year the time rules judge: 统计年度, else the as-of year. */
export function ruleYear(ledger: Ledger, asOf: IsoDate): number {
  return ledgerYear(ledger, asOf) ?? Number(asOf.slice(0, 4));
}

/**
 * The year the membership figures are about: the year the rules judge; for a ledger of a year after
 * the as-of date, the as-of date's: its roster is counted up to that date only ("2025年发展新党员…" of a
 * 2026 roster in a run at 2025-12-31, not "2026年未发展新党员").
 */
export function statsYear(ledger: Ledger, asOf: IsoDate): number {
  return yearAfterCutoff(ledger, asOf) ? Number(asOf.slice(0, 4)) : ruleYear(ledger, asOf);
}

/** "2025-07" → "2025年7月"; "2025-Q3" → "2025年第三季度"; "2025-H1" → "2025年上半年"; "2025" → "2025年"; else as written. */
export function cnPeriod(period: string): string {
  const y = period.slice(0, 4);
  if (/^\d{4}-\d{2}$/.test(period)) return `${y}年${Number(period.slice(5))}月`;
  const q = /^\d{4}-Q(\d)$/.exec(period);
  if (q) return `${y}年第${'一二三四'[Number(q[1]) - 1]}季度`;
  if (period.endsWith('-H1')) return `${y}年上半年`;
  if (period.endsWith('-H2')) return `${y}年下半年`;
  return /^\d{4}$/.test(period) ? `${y}年` : period;
}
