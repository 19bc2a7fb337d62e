/**
 * 三会一课 kept as a calendar grid (开展情况登记表): a row a meeting type, a column a month (1月…12月,
 * maybe a 全年次数 column), or turned (a row a month, a column a type), each cell the day held ("1月6日", "3/22", "1月6日、1月20日") or a tick
 * (√, ✓, 已开). Each filled cell is a meeting of its row's type: on its day where the cell gives one,
 * else in its month only (the rules counting by month or quarter judge it; those needing a day do
 * not). A meeting's date is its cell, so a finding about it points there. Read only where the
 * workbook has no 三会一课 table.
 */
import type { Finding } from '../findings/finding.js';
import type { GridCell } from '../grid/grid.js';
import type { CellRef, DateValue, Field, Meeting, MeetingsLedger } from '../model/ledger.js';
import { compact, isBlankMark, rawText } from '../values/cell-text.js';
import { dayInYear, monthDayText, parseDate, type DateOrder } from '../values/date.js';
import { columnDateOrder } from '../values/date-order.js';
import { toHalfWidth } from '../values/half-width.js';
import { isNotHeldText, parseMeetingTypes } from '../values/meeting-types.js';
import { namesOutcome, namesPlan } from '../values/plan-text.js';
import { unreadableCell } from './issues.js';
import { meetingGroup } from './meeting-group.js';
import { emptyField } from './read-field.js';
import type { SheetView } from './sheet-view.js';
import { readTitles } from './titles.js';

/** how far down the header row may be: under a title or two */
const HEADER_ROWS = 6;
const MONTH = /^(\d{1,2})月份?$/;
const TICK = /^(?:√|✓|✔|☑|已开|已召开|已开展|已完成|是|有)$/;
const NONE = /^(?:[-—–/／×✗✘xX○〇]|无|否|未开|未召开|未开展)$/;

export interface CalendarGrid {
  view: SheetView;
  headerRow: number;
  /** column → month (1–12) */
  months: Map<number, number>;
  /** the rows naming a meeting type, with the cell that names it */
  rows: { row: number; col: number; types: ReturnType<typeof parseMeetingTypes> }[];
  /** the year the title names ("2025年度…登记表"), or null */
  year: number | null;
  /** the title cell naming `year` */
  yearRef: CellRef | null;
  /** the title or sheet name says it is a plan (年度计划): not a record of what was held */
  plan: boolean;
  /**
   * the grid turned: a row a month (1月…12月 down this column), a column a type named in the header
   * row; `months` then maps rows to months and `rows` holds the header cells naming the types
   */
  turned?: { col: number };
}

function monthColumns(view: SheetView, row: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of view.filledCols(row)) {
    const m = MONTH.exec(compact(toHalfWidth(view.text(row, c))));
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) out.set(c, Number(m[1]));
  }
  return out;
}

/**
 * A month over two sub-columns (计划 | 实际): the 实际 one is its record; the plan beside it says
 * nothing of what was held. Months without such a sub-header keep their column.
 */
function outcomeColumns(view: SheetView, row: number, months: Map<number, number>): { months: Map<number, number>; subRow: boolean } {
  const starts = [...months.keys()].sort((a, b) => a - b);
  const out = new Map<number, number>();
  let subRow = false;
  starts.forEach((c, i) => {
    const end = (starts[i + 1] ?? view.right + 1) - 1;
    const subs = view.filledCols(row + 1).filter((u) => u >= c && u <= end);
    // a sub-header writes 计划 beside the outcome; a row of ticks (已开) is no sub-header
    const under = subs.some((u) => /计划/.test(view.text(row + 1, u))) ? subs.filter((u) => namesOutcome(view.text(row + 1, u))) : [];
    if (under.length > 0) subRow = true;
    out.set(under[0] ?? c, months.get(c)!);
  });
  return { months: out, subRow };
}

function gridOn(view: SheetView): CalendarGrid | null {
  for (let r = view.top; r <= Math.min(view.bottom, view.top + HEADER_ROWS - 1); r++) {
    const found = monthColumns(view, r);
    if (new Set(found.values()).size < 10) continue;
    const first = Math.min(...found.keys());
    const { months, subRow } = outcomeColumns(view, r, found);
    const rows: CalendarGrid['rows'] = [];
    for (let row = r + (subRow ? 2 : 1); row <= view.bottom; row++) {
      const col = view.filledCols(row).find((c) => c < first);
      const types = col === undefined ? [] : parseMeetingTypes(view.text(row, col));
      if (col !== undefined && types.length > 0) rows.push({ row, col, types });
    }
    // a dues sheet's 1月…12月 heads its members' rows: no row of it names a meeting type
    if (rows.length < 2) return null;
    return { view, headerRow: r, months, rows, ...titled(view, r) };
  }
  return turnedGridOn(view);
}

/** The year and plan the title rows over the header (and the sheet's name) say. */
function titled(view: SheetView, headerRow: number): { year: number | null; yearRef: CellRef | null; plan: boolean } {
  const titles = Array.from({ length: headerRow - view.top }, (_, i) => view.filledCols(view.top + i).map((c) => view.text(view.top + i, c))).flat();
  const { anyYear, yearRef } = readTitles(view, headerRow);
  return { year: anyYear, yearRef, plan: namesPlan([view.name, ...titles]) };
}

/** The grid turned: 1月…12月 down one of the first columns, the types named in the row over them. */
function turnedGridOn(view: SheetView): CalendarGrid | null {
  for (let col = view.left; col <= Math.min(view.right, view.left + 2); col++) {
    const months = new Map<number, number>();
    for (let r = view.top; r <= view.bottom; r++) {
      const m = MONTH.exec(compact(toHalfWidth(view.text(r, col))));
      if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) months.set(r, Number(m[1]));
    }
    if (new Set(months.values()).size < 10) continue;
    const firstRow = Math.min(...months.keys());
    for (let h = firstRow - 1; h >= Math.max(view.top, firstRow - 2); h--) {
      const rows = view.filledCols(h).filter((c) => c > col).map((c) => ({ row: h, col: c, types: parseMeetingTypes(view.text(h, c)) })).filter((x) => x.types.length > 0);
      if (rows.length >= 2) return { view, headerRow: h, months, rows, ...titled(view, h), turned: { col } };
    }
  }
  return null;
}

/** The sheet holding a calendar grid of meeting types by month (a record, else a plan), or null. */
export function findCalendarGrid(views: SheetView[], read: ReadonlySet<string>): CalendarGrid | null {
  let plan: CalendarGrid | null = null;
  for (const view of views) {
    if (view.sheet.hidden || read.has(view.name)) continue;
    const grid = gridOn(view);
    if (grid && !grid.plan) return grid;
    plan ??= grid;
  }
  return plan;
}

/** The dates one cell text writes ("3/5、3/20"), each alone. */
function dateParts(text: string): string[] {
  return text.split(/[、，,；;]+/).filter((p) => p !== '');
}

/**
 * The order of day and month the grid's dates are written in, decided over all its cells as a
 * table's date column's is (date-order.ts): a grid writing 15/03/2025 reads its 03/04/2025 as 3 April.
 */
function gridDateOrder(grid: CalendarGrid): DateOrder {
  const parts: string[] = [];
  for (const { row, col } of grid.rows) {
    for (const at of grid.months.keys()) {
      const v = (grid.turned ? grid.view.cell(at, col) : grid.view.cell(row, at))?.v;
      if (typeof v === 'string') parts.push(...dateParts(compact(toHalfWidth(v))));
    }
  }
  return columnDateOrder(parts);
}

/** Some cell writes its own year (2025-03-05, 2025年3月5日, a date serial): the grid's dates do not all take the title's. */
export function cellsWriteYears(grid: CalendarGrid): boolean {
  for (const { row, col } of grid.rows) {
    for (const at of grid.months.keys()) {
      const cell = grid.turned ? grid.view.cell(at, col) : grid.view.cell(row, at);
      if (!cell || cell.v == null) continue;
      if (typeof cell.v === 'number' ? cell.v > 31 : /(?:19|20)\d{2}/.test(toHalfWidth(String(cell.v)))) return true;
    }
  }
  return false;
}

/** The dates a cell writes in its month column: days, the month alone (a tick, a count), or null when unreadable. */
function cellDates(cell: GridCell, month: number, year: number, order: DateOrder): DateValue[] | null {
  if (typeof cell.v === 'number') {
    // a count of meetings held ("2", "0" for none), else a date Excel keeps as a number
    if (Number.isInteger(cell.v) && cell.v >= 0 && cell.v <= 9 && !cell.f) return Array(cell.v).fill(monthOnly(year, month));
    const d = parseDate(cell.v, cell.f);
    return d.kind === 'ok' ? [d.value] : null;
  }
  const text = compact(toHalfWidth(rawText(cell.v)));
  if (text === '' || isBlankMark(text) || NONE.test(text) || isNotHeldText(text)) return [];
  if (TICK.test(text)) return [monthOnly(year, month)];
  // "2次" held twice, "0次" none (a bare number as text may be a day: left to the date reading)
  const count = /^(\d)次$/.exec(text);
  if (count) return Array(Number(count[1])).fill(monthOnly(year, month));
  const out: DateValue[] = [];
  for (const part of dateParts(text)) {
    const md = /^\d{1,2}[月./\-]/.test(part) ? monthDayText(part) : null;
    const d = md ? dayInYear(year, md) : parseDate(part, undefined, order);
    if (d.kind !== 'ok') return null;
    out.push(d.value);
  }
  return out;
}

const NO_GROUPS = { col: undefined, title: null };

function monthOnly(year: number, month: number): DateValue {
  return { date: `${year}-${String(month).padStart(2, '0')}-01`, precision: 'month' };
}

/** Each filled cell's meetings; an unreadable cell is W03 and no meeting. `year`: the grid's year. */
export function readCalendarGrid(grid: CalendarGrid, issues: Finding[], year: number): MeetingsLedger {
  const { view } = grid;
  const meetings: Meeting[] = [];
  const order = gridDateOrder(grid);
  for (const { row, col, types } of grid.rows) {
    const typeText: Field<string> = { value: view.text(row, col), raw: view.cell(row, col), ref: view.ref(row, col) };
    for (const [at, month] of [...grid.months].sort((a, b) => a[0] - b[0])) {
      // the month's cell of this type: across its row, or down its column where the grid is turned
      const [r, c] = grid.turned ? [at, col] : [row, at];
      const cell = view.cell(r, c);
      if (!cell || cell.v == null || cell.v === '') continue;
      const ref = view.ref(r, c);
      const dates = cellDates(cell, month, year, order);
      if (dates == null) issues.push(unreadableCell(ref, `${typeText.value}${month}月`, 'date', rawText(cell.v), null));
      // an unreadable cell is a meeting of unknown date, as a table's row is: C01–C07 say it may be the one missing
      const fields: Field<DateValue>[] = dates == null ? [{ value: null, raw: cell, ref, unreadable: true }] : dates.map((date) => ({ value: date, raw: cell, ref }));
      for (const date of fields) {
        const meeting: Meeting = {
          sheet: view.name, row: r, date, typeText, types,
          topic: emptyField(), host: emptyField(), speaker: emptyField(), expected: emptyField(), present: emptyField(),
          leave: emptyField(), absentText: emptyField(), absentees: [], recorder: emptyField(), isElection: false, withOthers: false,
        };
        // a row a group ("第二党小组会"): C03 judges each group by its own row
        const group = meetingGroup(view, r, NO_GROUPS, types, typeText.value, null);
        if (group) meeting.group = group;
        meetings.push(meeting);
      }
    }
  }
  const columns = grid.turned ? { typeText: grid.rows[0].col, date: grid.turned.col } : { typeText: grid.rows[0].col, date: Math.min(...grid.months.keys()) };
  return { sheet: view.name, headerRow: grid.headerRow, meetings, columns };
}
