/**
 * 民主评议党员 kept on a sheet of its own, a row a member with the grade each was given
 * (评定等次 优秀/合格…) and the day it was held above the table ("评议时间：2025年12月26日"):
 * no 三会一课 row records it, yet the sheet shows it was held (支部工作条例: 民主评议党员 once a year).
 * Such a sheet is one 民主评议 record, dated by that line.
 */
import type { Meeting } from '../model/ledger.js';
import { parseDateText } from '../values/date.js';
import { toHalfWidth } from '../values/half-width.js';
import { emptyField } from './read-field.js';
import type { SheetView } from './sheet-view.js';

const REVIEW = /民主评议/;
/** the labelled day: "评议时间：2025年12月26日", "测评日期: 2025.12.26" */
const DAY_LINE = /(?:评议|测评|召开|会议)?(?:时间|日期)\s*[:：]\s*([^\s，,；;]+)/;
/** how far down the day may be written: the title rows, not the members' rows */
const TOP_ROWS = 5;

export function reviewSheetMeetings(views: SheetView[], read: ReadonlySet<string>): Meeting[] {
  const out: Meeting[] = [];
  for (const view of views) {
    if (view.sheet.hidden || read.has(view.name)) continue;
    const top = Math.min(view.bottom, view.top + TOP_ROWS - 1);
    let named = REVIEW.test(view.name);
    let found: Meeting | null = null;
    for (let r = view.top; r <= top && !found; r++) {
      for (const c of view.filledCols(r)) {
        const v = view.cell(r, c)!.v;
        if (typeof v !== 'string') continue;
        const text = toHalfWidth(v);
        named ||= REVIEW.test(text);
        const day = DAY_LINE.exec(text);
        const d = day ? parseDateText(day[1]) : null;
        if (!d || d.kind !== 'ok' || d.value.precision !== 'day') continue;
        found = {
          sheet: view.name, row: r, date: { value: d.value, raw: view.cell(r, c), ref: view.ref(r, c) },
          typeText: { value: '民主评议党员', raw: null, ref: null }, types: ['review'],
          topic: emptyField(), host: emptyField(), speaker: emptyField(), expected: emptyField(), present: emptyField(),
          leave: emptyField(), absentText: emptyField(), absentees: [], recorder: emptyField(), isElection: false, withOthers: false,
        };
        break;
      }
    }
    if (found && named) out.push(found);
  }
  return out;
}
