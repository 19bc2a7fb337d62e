/**
 * Notes that say a member joined or left this branch during the year: 转入/调入 (organisational
 * relation transferred in), 转出/调出, death, expulsion. Dues are owed to the branch that holds the
 * member's relation (中组发〔2008〕3号), so only the months in between are this branch's to judge.
 */
import type { IsoMonth } from '../model/ledger.js';
import { toHalfWidth } from './half-width.js';
import { addMonthsToMonth } from '../time/calendar.js';
import { monthIso } from './month.js';
import { absoluteYears } from './relative-year.js';

export interface MembershipSpan {
  /** the first month the member belonged here (transferred in), or null */
  from: IsoMonth | null;
  /** the last month the member belonged here (transferred out, died), or null */
  until: IsoMonth | null;
  /** a note says the member left (已转出, 去世) but not when: the caller may end the span by other evidence */
  leftUndated: boolean;
}

const DATE = String.raw`(?:(\d{4})\s*(?:年|[.\-/])\s*(\d{1,2})\s*月?|(\d{1,2})\s*月)份?(?:\s*\d{1,2}\s*[日号])?`;
const OUT = String.raw`(?:组织关系)?(?:转出|调出|迁出|转走|调离|去世|逝世|病故|死亡|出党|被开除|开除党籍|停止党籍)`;
const IN = String.raw`(?:组织关系)?(?:转入|调入|迁入|转来|调来|恢复党籍)`;
/** A date and its keyword in one clause, either way round ("2025年6月转出", "转出（6月）"). */
const clause = (word: string) => [
  new RegExp(`${DATE}[^，。；;,、]{0,16}?${word}`),
  new RegExp(`${word}[^，。；;,、\\d]{0,6}?[（(]?\\s*${DATE}`),
];
const MOVE_WORD = /转|调|迁|世|故|死|出党|开除|停止党籍|恢复党籍/;
/** a relative's death ("2025年6月父亲病故", "家属去世请假"): the member lives on */
const KIN = String.raw`(?:父|母|其子|其女|其夫|其妻|家属|亲属|家人|配偶|爱人|妻子|丈夫|老伴|儿子|女儿|子女|儿媳|女婿|孙子|孙女|公公|婆婆|爷爷|奶奶|外公|外婆|兄弟|姐妹|哥哥|姐姐|弟弟|妹妹)`;
const KIN_DEATH = new RegExp(`${KIN}[^，。；;,、]{0,12}?(?:去世|逝世|病故|死亡)`, 'g');
/** a 停止党籍 a later 恢复党籍 undid ("2023年停止党籍，2025年3月恢复党籍"): the member is back */
const UNDONE_STOP = /[^，。；;,]*停止党籍(?=.*恢复党籍)/g;

/** The note without what says nothing of the member leaving: a relative's death, a stop since undone. */
function ownMoves(note: string): string {
  return toHalfWidth(note).replace(KIN_DEATH, '').replace(UNDONE_STOP, '');
}
const OUT_RES = clause(OUT);
/** a move out dated by its year alone, the word right after it ("2024年底转出", "2023年病故") */
const YEAR_OUT = new RegExp(String.raw`(\d{4})\s*年(?:底|末|初|内)?\s*(?:已|经批准)?${OUT}`);
const OUT_WORD = new RegExp(OUT);
const IN_RES = clause(IN);

/** `left`: a move out before `year` (a row kept on after 2024年11月转出) ends the span before it begins. */
function monthOf(m: RegExpExecArray, year: number, left: boolean): IsoMonth | null {
  const y = m[1] ? Number(m[1]) : year;
  const month = Number(m[2] ?? m[3]);
  if (month < 1 || month > 12) return null;
  if (left && y < year && y > 1921) return monthIso(year - 1, 12);
  return y === year ? monthIso(y, month) : null;
}

/** The first clause of `res` in `text` (the first pattern that matches decides, dated or not). */
function firstClause(res: RegExp[], text: string): RegExpExecArray | null {
  for (const re of res) {
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * The span of `year` a member belonged to the branch, by the notes on their rows. A move in
 * before the year, or anything after it, says nothing about this one; one out before it leaves
 * no month of it (until = the December before); a note without a date sets only `leftUndated`.
 */
export function membershipSpan(year: number, notes: readonly (string | null | undefined)[]): MembershipSpan {
  return spanOf(year, notes).span;
}

/**
 * A roster row kept on after its member left before `year` (a note "2023年5月转出", "2024年去世"): no
 * member of the branch that year (one who left during the year, or on an undated note, still is).
 */
export function leftBeforeYear(year: number, notes: readonly (string | null | undefined)[]): boolean {
  const until = membershipSpan(year, notes).until;
  return until != null && until < monthIso(year, 1);
}

/** 去世, 病故 …: the move out that is a death (a status, a remark, a 减少 note). */
const DEATH = /去世|逝世|病故|死亡/;

/** Does this text say the member died? */
export function namesDeath(text: string | null | undefined): boolean {
  return text != null && DEATH.test(ownMoves(text));
}

/**
 * The months of `year` a member owes dues to the branch for: the span they belonged here, except
 * the month of death, which is not owed (dues are owed up to the month before a member dies). The
 * month of admission stays owed (中组发〔2008〕3号: probationary members pay from the day they were
 * admitted), and so does the month of a transfer either way.
 */
export function duesSpan(year: number, notes: readonly (string | null | undefined)[]): MembershipSpan {
  const { span, died } = spanOf(year, notes);
  if (!died || span.until == null || span.until < monthIso(year, 1)) return span;
  return { ...span, until: addMonthsToMonth(span.until, -1) };
}

function spanOf(year: number, notes: readonly (string | null | undefined)[]): { span: MembershipSpan; died: boolean } {
  const span: MembershipSpan = { from: null, until: null, leftUndated: false };
  let died = false;
  for (const note of notes) {
    // most notes (按季度交纳, 病假 …) name no move: one cheap test before the dated patterns
    if (!note || !MOVE_WORD.test(note)) continue;
    // "去年12月转出" is of the year before the ledger's
    const text = ownMoves(absoluteYears(note, year));
    // a clause of a year that says nothing of this one lets a later note speak
    const yearOnly = YEAR_OUT.exec(text);
    const yearOut = yearOnly ? Number(yearOnly[1]) : null;
    if (span.until == null) {
      const m = firstClause(OUT_RES, text);
      span.until = m ? monthOf(m, year, true) : null;
      died = m != null && span.until != null && DEATH.test(m[0]);
      // "2024年底转出": before the year, whatever its month
      if (!m && yearOut != null && yearOut < year && yearOut > 1921) {
        span.until = monthIso(year - 1, 12);
        died = DEATH.test(yearOnly![0]);
      }
    }
    if (span.from == null) {
      const m = firstClause(IN_RES, text);
      span.from = m ? monthOf(m, year, false) : null;
    }
    // "已转出" with no date at all, or only this year's ("2025年转出"); a dated move before or after
    // the year is no undated one
    const dated = OUT_RES.some((re) => re.test(text)) || (yearOut != null && yearOut !== year);
    if (!span.leftUndated && OUT_WORD.test(text) && !dated) span.leftUndated = true;
  }
  return { span, died };
}
