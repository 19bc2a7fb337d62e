/** A year as written: 2025, "2025", "2025年", "2025年度", "２０２５". */
import type { RawValue } from '../grid/grid.js';
import { isBlankMark } from './cell-text.js';
import { MAX_YEAR, MIN_YEAR } from './date.js';
import { toHalfWidth } from './half-width.js';
import { BAD, EMPTY, ok, type Parsed } from './parsed.js';

export function parseYear(v: RawValue | undefined): Parsed<number> {
  if (v == null) return EMPTY;
  if (typeof v === 'boolean') return BAD;
  let n: number;
  if (typeof v === 'number') n = v;
  else {
    const s = toHalfWidth(v).trim();
    if (s === '' || isBlankMark(s)) return EMPTY;
    const m = /^(\d{4})\s*(?:年度?)?$/.exec(s);
    if (!m) return BAD;
    n = Number(m[1]);
  }
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR ? ok(n) : BAD;
}

/** The 统计年度 a title or subtitle names: "2025年度…", "统计年度：2025". */
export function yearInTitle(text: string): number | null {
  const s = toHalfWidth(text);
  const m = /(?:统计)?年度\s*[:：]?\s*(\d{4})/.exec(s) ?? /(\d{4})\s*年度/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

/** Any year a title names, also without 度: "2025年党费收缴台账". */
export function anyYearInTitle(text: string): number | null {
  const strict = yearInTitle(text);
  if (strict != null) return strict;
  const m = /(?:^|[^\d])((?:19|20)\d{2})\s*年/.exec(toHalfWidth(text));
  return m ? Number(m[1]) : null;
}

/** What a file name may say happened in a year, making it no ledger year. */
const EVENTS = '成立|组建|建立|换届|改选|选举|毕业|入学|入党|入职|参加工作';

/** A year with 年 after it, followed by neither a month nor an event. */
const LEDGER_YEAR_IN_NAME = new RegExp(String.raw`(?:^|[^\d])((?:19|20)\d{2})\s*年(?!\s*\d)(?!\s*(?:${EVENTS}))`);

/**
 * The year a workbook's file name names as its ledger's: "2025年党建台账", "党支部台账（2025年度）".
 * A year followed by a month ("2026年1月报送") dates the sending, not the ledger; a year an event
 * happened in ("（2019年成立）", "2021年换届") is the branch's history; a span of two years
 * ("2024-2025年度", "2025-2026学年") does not say which one 1月…12月 are of: none.
 */
export function yearInFileName(name: string): number | null {
  const s = toHalfWidth(name);
  if (/(?:19|20)\d{2}\s*[-—–~～至到]\s*(?:19|20)\d{2}\s*(?:年|学年)/.test(s)) return null;
  const strict = yearInTitle(s);
  const m = strict != null ? null : LEDGER_YEAR_IN_NAME.exec(s);
  return strict ?? (m ? Number(m[1]) : null);
}

