/**
 * A note that the monthly due changed during the year ("7月起缴费基数调整为5600元，月应交84元",
 * "自2025年7月起按每月84元交纳"): from that month the due is the new amount. Branches write it so
 * rather than adding a row, since 中组发〔2008〕3号 fixes the due for the year unless the pay changes.
 */
import type { IsoMonth } from '../model/ledger.js';
import { absoluteYears } from './relative-year.js';
import { monthIso } from './month.js';

export interface DueChange {
  from: IsoMonth;
  due: number;
}

const CHANGE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月份?\s*(?:起|开始)[^。；;]*?(?:月应交(?:党费)?|应交(?:党费)?|每月(?:交纳|缴纳)?|按月(?:交纳|缴纳)?|月交)\s*(?:为|调整为|改为)?\s*(\d+(?:\.\d+)?)\s*元/;

/** The change a note states for `year`, or null (a note of another year, or none). */
export function dueChange(year: number, notes: readonly (string | null | undefined)[]): DueChange | null {
  for (const note of notes) {
    if (!note || !note.includes('起') && !note.includes('开始')) continue;
    // "去年7月起…" is a change of the year before the ledger's, none of this one
    const m = CHANGE.exec(absoluteYears(note, year));
    if (!m) continue;
    const y = m[1] ? Number(m[1]) : year;
    const month = Number(m[2]);
    if (y !== year || month < 1 || month > 12) continue;
    return { from: monthIso(y, month), due: Number(m[3]) };
  }
  return null;
}
