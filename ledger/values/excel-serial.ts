/**
 * Excel serial dates, 1900 date system (what Office.js `range.values` returns).
 * Serial 1 is 1900-01-01; Excel's phantom 1900-02-29 is serial 60, so from 61 on
 * the epoch is 1899-12-30.
 */
import type { IsoDate } from '../model/ledger.js';

const DAY_MS = 86_400_000;
/** 9999-12-31 */
export const MAX_SERIAL = 2_958_465;

export function serialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) return null;
  const day = Math.floor(serial);
  if (day === 60) return null; // 1900-02-29 never existed
  return civilFromDays((day < 60 ? day + 1 : day) - 25_569);
}

/**
 * Days since 1970-01-01 → 'YYYY-MM-DD' by pure arithmetic (H. Hinnant's civil_from_days):
 * recognition converts thousands of dates per check, and Date objects cost.
 */
function civilFromDays(days: number): IsoDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function isoToSerial(date: IsoDate): number {
  const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  const days = Math.round((ms - Date.UTC(1899, 11, 30)) / DAY_MS);
  return days < 61 ? days - 1 : days;
}

/**
 * Does a number format display a date? "yyyy-mm-dd", "m/d/yy", "yyyy年m月d日", "[$-804]…".
 * Quoted literals and [colour]/[locale] sections do not count; "0.00" and "@" are not dates.
 */
const dateFormats = new Map<string, boolean>();

export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  let known = dateFormats.get(fmt);
  if (known === undefined) {
    known = readsAsDate(fmt);
    if (dateFormats.size < 1000) dateFormats.set(fmt, known);
  }
  return known;
}

function readsAsDate(fmt: string): boolean {
  const f = fmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  if (/^general$/i.test(f.trim())) return false;
  // a date shows a year or a day; "h:mm" and "0.00" show neither
  return /[yd]/i.test(f);
}

/** The format shows years and months but no day ("yyyy-mm", "yyyy年m月"). */
const monthFormats = new Map<string, boolean>();

export function isMonthFormat(fmt: string | undefined): boolean {
  if (!fmt || !isDateFormat(fmt)) return false;
  let known = monthFormats.get(fmt);
  if (known === undefined) {
    known = showsNoDay(fmt);
    if (monthFormats.size < 1000) monthFormats.set(fmt, known);
  }
  return known;
}

function showsNoDay(fmt: string): boolean {
  const f = fmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  return /y/i.test(f) && /m/i.test(f) && !/d/i.test(f);
}
