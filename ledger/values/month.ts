/**
 * Dues months. A month key names one month, with or without its year:
 * "1月", "一月", "2025年1月", "2025-01", "2025.01", "202501", a date serial.
 * A month range covers several: "2019.01-2019.06", "2019年1-6月", "2019.01—2019.06".
 */
import type { RawValue } from '../grid/grid.js';
import type { IsoMonth } from '../model/ledger.js';
import { isBlankMark } from './cell-text.js';
import { MAX_YEAR, MIN_YEAR, parseDate, parseDateText } from './date.js';
import { isDateFormat } from './excel-serial.js';
import { toHalfWidth } from './half-width.js';
import { memoText } from './memo.js';
import { BAD, EMPTY, ok, type Parsed } from './parsed.js';

/** A month whose year may be unknown until the ledger's year is. */
export interface MonthKey {
  year: number | null;
  month: number;
}

const CN_MONTHS: Record<string, number> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12, 正: 1, 元: 1, 腊: 12,
};

const BARE_MONTH_RE = /^(\d{1,2})\s*月份?$/;
const CN_MONTH_RE = /^(十[一二]?|[一二三四五六七八九十正元腊])月份?$/;
/** More months than this in one range is a typo, not a payment. */
const MAX_RANGE = 60;

export function monthIso(year: number, month: number): IsoMonth {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

function key(year: number | null, month: number): Parsed<MonthKey> {
  if (!Number.isInteger(month) || month < 1 || month > 12) return BAD;
  if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) return BAD;
  return ok({ year, month });
}

export const parseMonthText: (input: string) => Parsed<MonthKey> = memoText(readMonthText);

function readMonthText(input: string): Parsed<MonthKey> {
  const s = toHalfWidth(input).replace(/\s+/g, '');
  if (s === '' || isBlankMark(s)) return EMPTY;
  let m = BARE_MONTH_RE.exec(s);
  if (m) return key(null, Number(m[1]));
  m = CN_MONTH_RE.exec(s);
  if (m) return key(null, CN_MONTHS[m[1]]);
  const d = parseDateText(s);
  if (d.kind === 'ok' && d.value.precision !== 'year') {
    return key(Number(d.value.date.slice(0, 4)), Number(d.value.date.slice(5, 7)));
  }
  return BAD;
}

/** Read a month key from a cell (never throws). A bare 1–12 is a month of an unknown year. */
export function parseMonthKey(v: RawValue | undefined, fmt?: string): Parsed<MonthKey> {
  if (v == null) return EMPTY;
  if (typeof v === 'string') return parseMonthText(v);
  if (typeof v === 'boolean' || !Number.isFinite(v)) return BAD;
  if (!isDateFormat(fmt) && Number.isInteger(v) && v >= 1 && v <= 12) return key(null, v);
  const d = parseDate(v, fmt);
  if (d.kind !== 'ok' || d.value.precision === 'year') return BAD;
  return key(Number(d.value.date.slice(0, 4)), Number(d.value.date.slice(5, 7)));
}

/** Place a month key in a year; null when neither the key nor the caller knows the year. */
export function resolveMonth(k: MonthKey, fallbackYear: number | null): IsoMonth | null {
  const y = k.year ?? fallbackYear;
  return y == null ? null : monthIso(y, k.month);
}

/** One end of a range: "2019.01", "2019年1月", "1月", "6". */
function rangeEnd(text: string): MonthKey | null {
  const s = text.replace(/月份?$/, '').trim();
  if (/^\d{1,2}$/.test(s)) {
    const r = key(null, Number(s));
    return r.kind === 'ok' ? r.value : null;
  }
  const r = parseMonthText(/年$/.test(s) ? s : s + (/年\d{1,2}$/.test(s) ? '月' : ''));
  return r.kind === 'ok' ? r.value : null;
}

function monthsBetween(a: MonthKey, b: MonthKey): MonthKey[] | null {
  if (a.year == null || b.year == null) return null;
  const from = a.year * 12 + a.month - 1;
  const to = b.year * 12 + b.month - 1;
  if (to < from || to - from >= MAX_RANGE) return null;
  const out: MonthKey[] = [];
  for (let i = from; i <= to; i++) out.push({ year: Math.floor(i / 12), month: (i % 12) + 1 });
  return out;
}

/**
 * Read a month range (or a single month) as month keys, in order (never throws).
 * The year of the end may come from the start ("2019年1-6月", "2019.01-06"),
 * and a range without any year ("1-6月") keeps year null for the caller to fill.
 */
export function parseMonthRange(v: RawValue | undefined, fmt?: string): Parsed<MonthKey[]> {
  if (v == null) return EMPTY;
  if (typeof v !== 'string') {
    const single = parseMonthKey(v, fmt);
    return single.kind === 'ok' ? ok([single.value]) : single;
  }
  return rangeText(v);
}

const rangeText: (v: string) => Parsed<MonthKey[]> = memoText(readRangeText);

function readRangeText(v: string): Parsed<MonthKey[]> {
  const s = toHalfWidth(v).replace(/\s+/g, '');
  if (s === '' || isBlankMark(s)) return EMPTY;
  // "2025-01" and "2025-01-15" are one month, though their hyphens look like a range
  if (/^\d{4}-\d{1,2}(?:-\d{1,2})?(?:[T\s].*)?$/.test(s)) {
    const single = parseMonthText(s);
    return single.kind === 'ok' ? ok([single.value]) : BAD;
  }
  // a quarter, half-year or the whole year (第一季度, 2025年上半年): its months
  const period = /[季半全Qq]/.test(s) ? periodOf(s) : null;
  if (period) return ok(Array.from({ length: period.span }, (_, i) => ({ year: period.year, month: period.month + i })));
  // "2019-01-2019-06": hyphens inside the ends as well as between them
  const iso = /^(\d{4})-(\d{1,2})-(\d{4})-(\d{1,2})$/.exec(s);
  // "2025-01至2025-03": a word or tilde between the ends, so their own hyphens are not separators
  const worded = s.split(/[—–~～至到]+/).filter((p) => p !== '');
  const parts = iso ? [`${iso[1]}.${iso[2]}`, `${iso[3]}.${iso[4]}`] : worded.length === 2 ? worded : s.split(/[-—–~～至到]+/).filter((p) => p !== '');
  if (parts.length === 1) {
    const single = parseMonthText(parts[0]);
    return single.kind === 'ok' ? ok([single.value]) : BAD;
  }
  if (parts.length !== 2) return BAD;
  const start = rangeEnd(parts[0]);
  const end = rangeEnd(parts[1]);
  if (!start || !end) return BAD;
  const endYear = end.year ?? start.year;
  if (start.year == null && endYear == null) {
    if (end.month < start.month) return BAD;
    const out: MonthKey[] = [];
    for (let m = start.month; m <= end.month; m++) out.push({ year: null, month: m });
    return ok(out);
  }
  const list = monthsBetween({ year: start.year ?? endYear, month: start.month }, { year: endYear, month: end.month });
  return list ? ok(list) : BAD;
}

const CN_QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
/** 第一季度, 一季度, 1季度, Q1 — optionally with 实交/党费 after */
const QUARTER_TEXT = /^(?:(\d{4})\s*年\s*)?(?:第?([一二三四1-4])\s*季度|[Qq]([1-4]))(?:实交|党费|实交党费|缴纳|交纳)?$/;
/** 1-3月, 1—3月, 1至3月, 1月-3月 */
const RANGE_TEXT = /^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月?\s*[-~～—–至到]\s*(\d{1,2})\s*月份?(?:实交|党费|实交党费|缴纳|交纳)?$/;
const HALF_TEXT = /^(?:(\d{4})\s*年\s*)?([上下])半年(?:实交|党费|实交党费|缴纳|交纳)?$/;
const YEAR_TEXT = /^(?:(\d{4})\s*年\s*)?全年(?:实交|党费|实交党费|缴纳|交纳|合计)?$/;

/**
 * A period of months (quarterly payment is allowed with the branch's consent, 中组发〔2008〕3号):
 * 第一季度, 2025年一季度, Q1, 1-3月, 上半年, 全年 — its first month and how many months it covers,
 * as a dues header or a long-form 缴费月份 cell writes it. Null when the text is no such period.
 */
export function periodOf(label: string): (MonthKey & { span: number }) | null {
  const year = (y: string | undefined) => (y ? Number(y) : null);
  let m = QUARTER_TEXT.exec(label);
  if (m) return { year: year(m[1]), month: (CN_QUARTER[m[2] ?? m[3]] - 1) * 3 + 1, span: 3 };
  m = RANGE_TEXT.exec(label);
  if (m) {
    const from = Number(m[2]), to = Number(m[3]);
    return from >= 1 && to <= 12 && to > from ? { year: year(m[1]), month: from, span: to - from + 1 } : null;
  }
  m = HALF_TEXT.exec(label);
  if (m) return { year: year(m[1]), month: m[2] === '上' ? 1 : 7, span: 6 };
  m = YEAR_TEXT.exec(label);
  return m ? { year: year(m[1]), month: 1, span: 12 } : null;
}
