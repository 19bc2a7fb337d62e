/**
 * A 三会一课 row that says it is a plan, not a record: "计划", "拟于12月召开", "待召开" in any of its
 * cells, 备注 included. Whether it is left out as a plan turns on its date (rules/meetings/planned.ts):
 * a row dated by the as-of date was held, whatever its note says.
 */
import type { SheetView } from './sheet-view.js';
import { compact, rawText } from '../values/cell-text.js';

/** A cell's word that the meeting is still to come ("按计划召开" says it was held as planned). */
const PLANNED = /(?<!按)计划(?!书)|拟召开|拟于|拟定于|待召开/;

/** A 主题 may be about a plan ("研究2027年工作计划"): there only words of a meeting to come count. */
const PLANNED_TOPIC = /(?<!按)计划(?:召开|于|在)|拟召开|拟于|拟定于|待召开/;

/** the first characters of the words above, found in one pass */
const FIRST_CHARS = /[计拟待]/;

/** `topicCols`: the row's 主题 and 授课题目 columns. */
export function saysPlanned(view: SheetView, row: number, topicCols: readonly (number | undefined)[]): boolean {
  for (const col of view.filledCols(row)) {
    const c = view.cell(row, col);
    if (!c || typeof c.v !== 'string') continue;
    // every row of every 三会一课 sheet passes here: most cells hold none of the words' first characters
    if (!FIRST_CHARS.test(c.v)) continue;
    const text = compact(rawText(c.v));
    if ((topicCols.includes(col) ? PLANNED_TOPIC : PLANNED).test(text)) return true;
  }
  return false;
}
