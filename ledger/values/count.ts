/** Head counts (应到/实到/请假人数): 12, "12", "12人", "１２人", "8/9" (实到/应到), "应到：9 实到：8" in those columns; whole and not negative. */
import type { RawValue } from '../grid/grid.js';
import { numberFromText } from './amount.js';
import { isBlankMark, withoutTrailingNote } from './cell-text.js';
import { toHalfWidth } from './half-width.js';
import { BAD, EMPTY, ok, type Parsed } from './parsed.js';

/** Which count of a meeting a column holds, when a cell writes both ("8/9", "应到9人实到8人"). */
export type CountRole = 'expected' | 'present';

/** "实到9人", "到会：9", "出席9名": the count of those present a text writes (a 实到 cell, 参会人员). */
export const PRESENT_IN_TEXT = /(?:实到|到会|出席)(?:人数)?\s*[:：]?\s*(\d+)\s*(?:人|名)?/;

/**
 * 应到 and 实到 written in one cell: "8/9" (present of expected) or "应到9人实到8人". The column's
 * count is the one after its own word, else its place in the pair; null when the text is neither.
 */
function fromPair(s: string, role: CountRole): number | null {
  // "应到：12 实到：11", "实到人数 11": the word, perhaps 人数 and a colon, then the count
  const named = (role === 'present' ? PRESENT_IN_TEXT : /应到(?:人数)?\s*[:：]?\s*(\d+)/).exec(s);
  if (named) return Number(named[1]);
  const pair = /^(\d+)\s*[/／]\s*(\d+)\s*(?:人|名)?$/.exec(s);
  return pair ? Number(pair[role === 'present' ? 1 : 2]) : null;
}

function withRemark(s: string): number | null {
  const bare = withoutTrailingNote(s);
  return bare === s ? null : numberFromText(bare, /(?:人|名|位)$/);
}

/**
 * "全体党员" in 应到, "全到" in 实到: everyone, not a number. Read as no count (no W03): the meeting
 * reader takes 实到 from 应到 (meetings.ts), and C09 takes a missing 应到 from the roster.
 */
export const EVERYONE = /^(?:全体|全员|全部)(?:党员|委员|人员|同志)?(?:均?(?:到会|参加|出席|参会))?$|^(?:全到|全勤|均到会|全部到齐)$/;

/** "全体党员（11人）": everyone, and how many that is */
function everyoneCounted(s: string): number | null {
  const m = /^(.+?)\s*[(（]\s*(?:共\s*)?(\d+)\s*(?:人|名)?\s*[)）]$/.exec(s);
  return m && EVERYONE.test(m[1]) ? Number(m[2]) : null;
}

export function parseCount(v: RawValue | undefined, role?: CountRole): Parsed<number> {
  if (v == null) return EMPTY;
  if (typeof v === 'boolean') return BAD;
  let n: number | null;
  if (typeof v === 'number') n = v;
  else {
    const s = toHalfWidth(v).trim();
    if (s === '' || isBlankMark(s) || EVERYONE.test(s)) return EMPTY;
    // "7（请假1人）", "9(含列席2人)": the count, with a remark after it
    n = numberFromText(s, /(?:人|名|位)$/) ?? (role ? fromPair(s, role) : null) ?? withRemark(s) ?? everyoneCounted(s);
  }
  return n != null && Number.isInteger(n) && n >= 0 ? ok(n) : BAD;
}
