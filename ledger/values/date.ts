/**
 * Dates as branches type them (DOMAIN.md §1): real Excel dates (serials with a date
 * format), 8-digit numbers (20190701), and text in every common form — 2019-07-01,
 * 2019.07.01, 2019/7/1, 2019年7月1日, "2019/2/3  14:30", 2019.7 (month-precise),
 * 2019 (year-precise), full-width digits, a weekday or time after the day ("2025年1月5日（星期日）上午"),
 * a span of days (2025年1月5日-6日: the first), a two-digit year (25.1.15, as Excel reads it), and
 * year.month typed as a number (1980.11), and day/month/year with the year last (15/03/2025) where
 * only one order makes a date. Impossible dates (2019.13.01) are unreadable; so is 03/04/2025, which
 * may be either day first or month first (its W03 says so), unless the caller knows its column is
 * written day first (date-order.ts decides that once a column).
 */
import type { RawValue } from '../grid/grid.js';
import type { DateValue } from '../model/ledger.js';
import { isoDate, isValidDate } from '../time/calendar.js';
import { isBlankMark } from './cell-text.js';
import { isDateFormat, isMonthFormat, serialToIso, MAX_SERIAL } from './excel-serial.js';
import { toHalfWidth } from './half-width.js';
import { memoText } from './memo.js';
import { BAD, EMPTY, ok, type Parsed } from './parsed.js';

/** Years a ledger date can plausibly carry; outside them a typo is likelier than a date. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** A clock time: 14:30, 14:30:00.000, 14时30分15秒, 3点, 3点半. */
const CLOCK = String.raw`\d{1,2}\s*[:：时点]\s*(?:半|\d{1,2})?(?:\s*[:：分]\s*(?:\d{1,2}(?:\.\d+)?\s*秒?)?)?`;
const PART_OF_DAY = String.raw`(?:上午|下午|中午|晚上|早上|傍晚|凌晨|晚|早)`;
/**
 * What meeting records write after the day: a weekday ((星期日), 周五), a part of the day (上午, 晚),
 * a time or a span of time (14:30-16:00), an ISO time zone. None of it changes the date.
 */
const TIME = String.raw`(?:\s*[（(]?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）]?)?(?:\s*${PART_OF_DAY})?(?:\s*T?\s*${CLOCK}(?:\s*[-~～—–至到]\s*${PART_OF_DAY}?\s*${CLOCK})?(?:Z|[+-]\d{2}:?\d{2})?)?`;
/**
 * A meeting over two days or more ("2025-01-05至2025-01-06", "2025年1月5日-6日", "3.18—3.19"): the
 * first day is the date, so the end (any of year, month, then its day) is read past.
 */
const END = String.raw`(?:\d{4}\s*[-./年]\s*)?(?:\d{1,2}\s*[-./月]\s*)?\d{1,2}\s*[日号]?`;
// after a plain "-" only a whole date or a day with 日 ("2019-7-1-1" stays unread)
const HYPHEN_END = String.raw`(?:\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*[日号]?|(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号])`;
const UNTIL = String.raw`(?:\s*(?:[~～—–至到]\s*${END}|-\s*${HYPHEN_END})${TIME})?`;
// "1980年11月16日生": a birth date saying so
const DAY_RE = new RegExp(String.raw`^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*[日号]?(?:出生|生)?${TIME}${UNTIL}$`);
const COMPACT_DAY_RE = new RegExp(String.raw`^(\d{4})(\d{2})(\d{2})${TIME}$`);
const MONTH_RE = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?(?:份)?(?:出生|生)?$/;
const COMPACT_MONTH_RE = /^(\d{4})(\d{2})$/;
const YEAR_RE = /^(\d{4})\s*(?:年度?)?$/;
/**
 * A two-digit year ("25.1.15", "85-3-12", "03年7月1日"). Not with "/": "25/1/15" may as well be a
 * day/month/year export, and a guessed date is worse than an unreadable one (W03 says so).
 */
const SHORT_YEAR_DAY_RE = new RegExp(String.raw`^(\d{2})\s*(?:[-.]|年)\s*(\d{1,2})\s*(?:[-.]|月)\s*(\d{1,2})\s*[日号]?${TIME}$`);

/**
 * Day, month, four-digit year ("15/03/2025", "15-03-2025", "15.03.2025"), as exported from systems
 * set up for day-first dates. Read only where the first number cannot be a month (> 12), or both
 * orders give one day; with month first (03/15/2025) or either way round (03/04/2025) it is not.
 */
const DAY_MONTH_YEAR_RE = new RegExp(String.raw`^(\d{1,2})\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{4})${TIME}$`);

/** Excel's own reading of a two-digit year: 00–29 are 2000–2029, 30–99 are 1930–1999. */
function fullYear(yy: number): number {
  return yy <= 29 ? 2000 + yy : 1900 + yy;
}

function plausibleYear(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

function day(y: number, m: number, d: number): Parsed<DateValue> {
  return plausibleYear(y) && isValidDate(y, m, d) ? ok({ date: isoDate(y, m, d), precision: 'day' }) : BAD;
}

function month(y: number, m: number): Parsed<DateValue> {
  return plausibleYear(y) && m >= 1 && m <= 12 ? ok({ date: isoDate(y, m, 1), precision: 'month' }) : BAD;
}

function year(y: number): Parsed<DateValue> {
  return plausibleYear(y) ? ok({ date: isoDate(y, 1, 1), precision: 'year' }) : BAD;
}

/**
 * How a column writes day/month/year with the year last: 'dayFirst' where its other cells show it
 * (date-order.ts), so 03/04/2025 is 3 April; 'unknown' leaves such a date unread.
 */
export type DateOrder = 'dayFirst' | 'unknown';

const readText: (input: string) => Parsed<DateValue> = memoText(readDateText);

/** Read a date from text (never throws). */
export function parseDateText(input: string, order: DateOrder = 'unknown'): Parsed<DateValue> {
  const r = readText(input);
  return order === 'dayFirst' && r.kind === 'bad' && r.why?.kind === 'dayMonthOrder' ? day(r.why.year, r.why.second, r.why.first) : r;
}

/**
 * Which order a day/month/year text proves (15/03/2025 day first, 03/15/2025 month first), or null
 * where it proves none: either order fits (03/04/2025), no such date either way, or another form.
 */
export function writtenOrder(input: string): 'dayFirst' | 'monthFirst' | null {
  // every date cell of a column passes here: one not starting with a one- or two-digit number
  // (2025-03-04, 2025年3月4日, the usual writings) shows no order, decided before any copy is made
  if (!startsWithShortNumber(input)) return null;
  const s = toHalfWidth(input).trim();
  const m = DAY_MONTH_YEAR_RE.exec(s) ?? DAY_MONTH_YEAR_RE.exec(s.replace(REMARK_AFTER, '').trim());
  if (!m) return null;
  const [y, first, second] = [Number(m[4]), Number(m[1]), Number(m[3])];
  if (first > 12 && second <= 12) return day(y, second, first).kind === 'ok' ? 'dayFirst' : null;
  if (second > 12 && first <= 12) return day(y, first, second).kind === 'ok' ? 'monthFirst' : null;
  return null;
}

const WHITE = /\s/;

/** Whether `s`, past leading white space, starts with one or two digits (half- or full-width) and then no digit. */
function startsWithShortNumber(s: string): boolean {
  let i = 0;
  // the white space trim() drops (\s is the same set)
  while (i < s.length && WHITE.test(s[i])) i++;
  let n = 0;
  for (; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19))) break;
  }
  return n === 1 || n === 2;
}

function readDateText(input: string): Parsed<DateValue> {
  const s = toHalfWidth(input).trim();
  if (s === '' || isBlankMark(s)) return EMPTY;
  const r = dateOf(s);
  if (r.kind !== 'bad') return r;
  // a remark after the date: "2022.06（第五届）", "2022年6月换届", "2004.07.18（按期转正）"
  const bare = s.replace(REMARK_AFTER, '').trim();
  return bare !== s && bare !== '' ? dateOf(bare) : r;
}

// (not a weekday: "（星期八）" or a weekday that does not fit may mean the day itself is mistyped)
const REMARK_AFTER = /\s*(?:[(（](?!\s*(?:星期|周|礼拜))[^()（）]*[)）]|(?:换届选举|换届|选举产生|选举|当选|成立|入党|转正|参加工作))$/;

function dateOf(s: string): Parsed<DateValue> {
  let m = DAY_RE.exec(s) ?? COMPACT_DAY_RE.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_RE.exec(s) ?? COMPACT_MONTH_RE.exec(s);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = YEAR_RE.exec(s);
  if (m) return year(Number(m[1]));
  m = SHORT_YEAR_DAY_RE.exec(s);
  if (m) return day(fullYear(Number(m[1])), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR_RE.exec(s);
  if (m) return dayFirst(Number(m[4]), Number(m[1]), Number(m[3]));
  return BAD;
}

function dayFirst(y: number, first: number, second: number): Parsed<DateValue> {
  if (first > 12 || first === second) return day(y, second, first);
  // both are months: which is the day is a guess, and a wrong one misdates a meeting silently
  if (second <= 12 && first >= 1 && second >= 1 && plausibleYear(y)) return { kind: 'bad', why: { kind: 'dayMonthOrder', year: y, first, second } };
  return BAD;
}

const MONTH_DAY_RE = new RegExp(String.raw`^(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*[日号]?${TIME}${UNTIL}$`);

/**
 * A day written without its year ("1月5日", "3.18 下午"): meeting records kept for one year often
 * leave the year to the title. Null when the text is no such day; the caller supplies the year.
 */
export function monthDayText(input: string): { month: number; day: number } | null {
  const m = MONTH_DAY_RE.exec(toHalfWidth(input).trim());
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day } : null;
}

/** A day without its year, placed in `y` (2月29日 of a common year is no day). */
export function dayInYear(y: number, md: { month: number; day: number }): Parsed<DateValue> {
  return day(y, md.month, md.day);
}

/** Read a date from an integer shaped like 20190701, 201907 or 2019. */
function dateShapedInteger(n: number): Parsed<DateValue> | null {
  if (!Number.isInteger(n)) return null;
  if (n >= 10_000_000 && n <= 99_999_999) return day(Math.floor(n / 10_000), Math.floor(n / 100) % 100, n % 100);
  if (n >= 100_000 && n <= 999_999) {
    const r = month(Math.floor(n / 100), n % 100);
    return r.kind === 'ok' ? r : null;
  }
  if (n >= MIN_YEAR && n <= MAX_YEAR) return year(n);
  return null;
}

/**
 * A year.month typed as a number (出生年月 1980.11, 入党时间 2010.08): no serial of a ledger date
 * lies between 1900 and 2100 (those are days of 1905), so such a number with a fraction is the
 * year and month as written. With two decimals in the format the month is two digits (2010.10 is
 * stored 2010.1 and shown 2010.10); otherwise the month is the fraction as shown (2010.1 is January).
 */
function yearMonthNumber(n: number, fmt: string | undefined): Parsed<DateValue> | null {
  if (Number.isInteger(n) || n < MIN_YEAR || n >= MAX_YEAR + 1) return null;
  const y = Math.floor(n);
  const twoPlaces = fmt != null && /\.0{2}(?![0#])/.test(fmt);
  const shown = twoPlaces ? (n - y).toFixed(2).slice(2) : String(n).split('.')[1];
  if (shown.length > 2) return BAD;
  return month(y, Number(shown));
}

function fromSerial(n: number, fmt: string | undefined): Parsed<DateValue> {
  const iso = serialToIso(n);
  if (!iso || !plausibleYear(Number(iso.slice(0, 4)))) return BAD;
  if (isMonthFormat(fmt)) return ok({ date: iso.slice(0, 8) + '01', precision: 'month' });
  return ok({ date: iso, precision: 'day' });
}

/**
 * Read a date from a raw cell value and its number format (never throws).
 * A number with a date format is a serial; otherwise a date-shaped integer
 * (20190701, 201907, 2019) or year.month (1980.11) is read as written, and any other number in a date
 * column can only be a serial that lost its format. `order`: see DateOrder.
 */
export function parseDate(v: RawValue | undefined, fmt?: string, order: DateOrder = 'unknown'): Parsed<DateValue> {
  if (v == null) return EMPTY;
  if (typeof v === 'string') return parseDateText(v, order);
  if (typeof v === 'boolean') return BAD;
  if (!Number.isFinite(v)) return BAD;
  if (isDateFormat(fmt) && v >= 1 && v <= MAX_SERIAL) return fromSerial(v, fmt);
  const shaped = dateShapedInteger(v) ?? yearMonthNumber(v, fmt);
  if (shaped) return shaped;
  if (v >= 1 && v <= MAX_SERIAL) return fromSerial(v, fmt);
  return BAD;
}
