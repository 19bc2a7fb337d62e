/**
 * The 党小组 a meeting record or roster names: "第一党小组", "第1党小组", "一组" are one group. Only
 * numbered groups are read from free text (type, title, topic): an unnumbered word before 党小组
 * ("召开党小组会", "各党小组") names no group. A 党小组 column's value is the group as written.
 */
import { compact, isBlankMark } from './cell-text.js';
import { smallNumber } from './cn-number.js';
import { toHalfWidth } from './half-width.js';

/** "第二党小组", "第2党小组", "二组", "第三小组"; not "一组织生活会" */
const NUMBERED = /第?([一二三四五六七八九十]{1,3}|\d{1,2})(?:党小组|小组|组(?!织))/;

/** several groups at once: "第一、二党小组", "第一党小组和第二党小组", "各党小组", "全体党小组联合…" */
const SEVERAL = /[一二三四五六七八九十\d][、,，和与及至\-—~]第?[一二三四五六七八九十\d]{1,3}(?:党小组|小组|组(?!织))|各(?:党)?小组|全体|所有|全部|联合/;

/** The numbered group `text` names ("第二党小组党小组会" → "第二党小组"), or null (none, or several). */
export function numberedGroupIn(text: string): string | null {
  const t = compact(toHalfWidth(text));
  const m = NUMBERED.exec(t);
  if (!m || Number.isNaN(smallNumber(m[1])) || several(t)) return null;
  return m[0];
}

const NUMBERED_ALL = new RegExp(NUMBERED.source, 'g');

/** The text speaks of several groups or all of them: a meeting of no one group. */
export function namesSeveral(text: string): boolean {
  return several(compact(toHalfWidth(text)));
}

/** namesSeveral of a text already compacted and half-width */
function several(t: string): boolean {
  return SEVERAL.test(t) || (t.match(NUMBERED_ALL) ?? []).length > 1;
}

/** A 党小组 cell that names a group: not empty, nor a placeholder (—, /, 无, 否, N/A). */
export function namesGroup(text: string | null | undefined): text is string {
  const t = text?.trim();
  return !!t && !isBlankMark(t) && !/^[\s\-—/／无否]*$/.test(t);
}

/** One key per group however written: 第一党小组, 第1党小组, 一组 → "1"; 离退休党小组 → "离退休". */
export function groupKey(name: string): string {
  const bare = compact(toHalfWidth(name)).replace(/^第/, '').replace(/(?:党小组|小组|组)$/, '');
  const n = smallNumber(bare);
  return Number.isNaN(n) ? bare : String(n);
}
