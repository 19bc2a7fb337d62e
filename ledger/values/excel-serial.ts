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
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + day * DAY_MS).toISOString().slice(0, 10);
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
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  if (/^general$/i.test(f.trim())) return false;
  // a date shows a year or a day; "h:mm" and "0.00" show neither
  return /[yd]/i.test(f);
}

/** The format shows years and months but no day ("yyyy-mm", "yyyy年m月"). */
export function isMonthFormat(fmt: string | undefined): boolean {
  if (!fmt || !isDateFormat(fmt)) return false;
  const f = fmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  return /y/i.test(f) && /m/i.test(f) && !/d/i.test(f);
}
