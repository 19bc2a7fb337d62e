/**
 * 三会一课 kept as a calendar grid (开展情况登记表): a row a meeting type, a column a month (1月…12月,
 * maybe a 全年次数 column) or a quarter (第一季度…第四季度), or turned (a row a month, a column a type),
 * each cell the day held ("1月6日", "3/22", "1月6日、1月20日") or a tick (√, ✓, 已开). Each filled cell is a
 * meeting of its row's type: on its day where the cell gives one, else in its month only (the rules
 * counting by month or quarter judge it; those needing a day do not). A quarter's tick or count gives
 * no month, so no meeting the monthly rules could place; for a meeting held once a quarter or a year
 * (党员大会, 党课) it says all its rule needs. A meeting's date is its cell, so a finding
 * about it points there. Read only where the workbook has no 三会一课 table.
 */
import type { Finding } from '../findings/finding.js';
import type { GridCell } from '../grid/grid.js';
import type { CellRef, DateValue, Field, Meeting, MeetingsLedger, MeetingType } from '../model/ledger.js';
import { compact, isBlankMark, rawText } from '../values/cell-text.js';
import { dayInYear, monthDayText, parseDate, type DateOrder } from '../values/date.js';
import { columnDateOrder } from '../values/date-order.js';
import { dayInColumn } from '../values/day-in-column.js';
import { toHalfWidth } from '../values/half-width.js';
import { isNotHeldText, parseMeetingTypes } from '../values/meeting-types.js';
import { namesOutcome, namesPlan } from '../values/plan-text.js';
import { countWithoutDates, unreadableCell } from './issues.js';
import { meetingGroup } from './meeting-group.js';
import { emptyField } from './read-field.js';
import type { SheetView } from './sheet-view.js';
import { readTitles } from './titles.js';

/** how far down the header row may be: under a title or two */
const HEADER_ROWS = 6;
const MONTH = /^(\d{1,2})月份?$/;
// "第一季度", "一季度", "第1季度", "第一季度（1-3月）"
const QUARTER = /^第?([一二三四1-4])季度?(?:[(（][^)）]*[)）])?$/;
const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'];
const TICK = /^(?:√|✓|✔|☑|已开|已召开|已开展|已完成|是|有)$/;
const NONE = /^(?:[-—–/／×✗✘xX○〇]|无|否|未开|未召开|未开展)$/;

/** what a grid's columns are: months or quarters */
export type GridUnit = 'month' | 'quarter';

/** how many distinct periods make a header row a grid's: most months, every quarter */
const ENOUGH: Record<GridUnit, number> = { month: 10, quarter: 4 };

export interface CalendarGrid {
  view: SheetView;
  headerRow: number;
  unit: GridUnit;
  /** column → month (1–12) or quarter (1–4) */
  periods: Map<number, number>;
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
   * row; `periods` then maps rows to months and `rows` holds the header cells naming the types
   */
  turned?: { col: number };
}

/** The month (1–12) or quarter (1–4) a header cell names, or null. */
function periodOf(text: string, unit: GridUnit): number | null {
  const t = compact(toHalfWidth(text));
  if (unit === 'quarter') {
    const q = QUARTER.exec(t);
    return q ? ('一二三四'.indexOf(q[1]) + 1 || Number(q[1])) : null;
  }
  const m = MONTH.exec(t);
  return m && Number(m[1]) >= 1 && Number(m[1]) <= 12 ? Number(m[1]) : null;
}

function periodColumns(view: SheetView, row: number, unit: GridUnit): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of view.filledCols(row)) {
    const n = periodOf(view.text(row, c), unit);
    if (n != null) out.set(c, n);
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
    const unit = (['month', 'quarter'] as const).find((u) => new Set(periodColumns(view, r, u).values()).size >= ENOUGH[u]);
    if (!unit) continue;
    const found = periodColumns(view, r, unit);
    const first = Math.min(...found.keys());
    const { months: periods, subRow } = outcomeColumns(view, r, found);
    const rows: CalendarGrid['rows'] = [];
    for (let row = r + (subRow ? 2 : 1); row <= view.bottom; row++) {
      const col = view.filledCols(row).find((c) => c < first);
      const types = col === undefined ? [] : parseMeetingTypes(view.text(row, col));
      if (col !== undefined && types.length > 0) rows.push({ row, col, types });
    }
    // a dues sheet's 1月…12月 (or 第一季度…) heads its members' rows: no row of it names a meeting type
    if (rows.length < 2) return null;
    return { view, headerRow: r, unit, periods, rows, ...titled(view, r) };
  }
  return turnedGridOn(view);
}

/** The year and plan the title rows over the header (and the sheet's name) say. */
function titled(view: SheetView, headerRow: number): { year: number | null; yearRef: CellRef | null; plan: boolean } {
  const titles = Array.from({ length: headerRow - view.top }, (_, i) => view.filledCols(view.top + i).map((c) => view.text(view.top + i, c))).flat();
  const { anyYear, yearRef } = readTitles(view, headerRow);
  return { year: anyYear, yearRef, plan: namesPlan([view.name, ...titles]) };
}

/** The grid turned: 1月…12月 (or the quarters) down one of the first columns, the types named in the row over them. */
function turnedGridOn(view: SheetView): CalendarGrid | null {
  for (let col = view.left; col <= Math.min(view.right, view.left + 2); col++) {
    for (const unit of ['month', 'quarter'] as const) {
      const periods = new Map<number, number>();
      for (let r = view.top; r <= view.bottom; r++) {
        const n = periodOf(view.text(r, col), unit);
        if (n != null) periods.set(r, n);
      }
      if (new Set(periods.values()).size < ENOUGH[unit]) continue;
      const firstRow = Math.min(...periods.keys());
      for (let h = firstRow - 1; h >= Math.max(view.top, firstRow - 2); h--) {
        const rows = view.filledCols(h).filter((c) => c > col).map((c) => ({ row: h, col: c, types: parseMeetingTypes(view.text(h, c)) })).filter((x) => x.types.length > 0);
        if (rows.length >= 2) return { view, headerRow: h, unit, periods, rows, ...titled(view, h), turned: { col } };
      }
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

/** One filled cell of the grid: the type row it is of, its period, where it is. */
interface PeriodCell {
  type: CalendarGrid['rows'][number];
  period: number;
  row: number;
  col: number;
  cell: GridCell;
}

/** The grid's filled cells, type by type, each type's periods in order. */
function* filledCells(grid: CalendarGrid): Generator<PeriodCell> {
  const periods = [...grid.periods].sort((a, b) => a[0] - b[0]);
  for (const type of grid.rows) {
    for (const [at, period] of periods) {
      // the period's cell of this type: across its row, or down its column where the grid is turned
      const [row, col] = grid.turned ? [at, type.col] : [type.row, at];
      const cell = grid.view.cell(row, col);
      if (cell && cell.v != null && cell.v !== '') yield { type, period, row, col, cell };
    }
  }
}

/**
 * The order of day and month the grid's dates are written in, decided over all its cells as a
 * table's date column's is (date-order.ts): a grid writing 15/03/2025 reads its 03/04/2025 as 3 April.
 */
function gridDateOrder(grid: CalendarGrid): DateOrder {
  const parts: string[] = [];
  for (const { cell } of filledCells(grid)) if (typeof cell.v === 'string') parts.push(...dateParts(compact(toHalfWidth(cell.v))));
  return columnDateOrder(parts);
}

/** Some cell writes its own year (2025-03-05, 2025年3月5日, a date serial): the grid's dates do not all take the title's. */
export function cellsWriteYears(grid: CalendarGrid): boolean {
  for (const { cell } of filledCells(grid)) {
    if (typeof cell.v === 'number' ? cell.v > 31 : /(?:19|20)\d{2}/.test(toHalfWidth(String(cell.v)))) return true;
  }
  return false;
}

/**
 * Types whose rules count by quarter or year (党员大会 C01, 党课 C04 by default, 组织生活会 C06, 民主评议
 * C07): a tick under 第一季度 proves what they need.
 */
const QUARTERLY: ReadonlySet<MeetingType> = new Set(['general', 'lecture', 'lifeMeeting', 'review']);
function quarterEnough(types: readonly MeetingType[]): boolean {
  return types.length > 0 && types.every((t) => QUARTERLY.has(t));
}

/** A quarter's tick or count: held, but in which month the cell does not say. */
const UNDATED = 'undated';

/**
 * The dates a cell writes in its period's column: days; the month alone (a month's tick or count);
 * UNDATED for a quarter's tick or count; null when unreadable.
 */
function cellDates(cell: GridCell, grid: CalendarGrid, period: number, year: number, order: DateOrder, types: readonly MeetingType[] = []): DateValue[] | typeof UNDATED | null {
  const held = (times: number) => (times === 0 ? [] : grid.unit !== 'quarter' ? Array<DateValue>(times).fill(monthOnly(year, period))
    // a quarter's tick says all a meeting held once a quarter or a year needs: placed in the
    // quarter's first month, which no monthly rule reads (its month is not known)
    : quarterEnough(types) ? Array<DateValue>(times).fill(monthOnly(year, period * 3 - 2)) : UNDATED);
  if (typeof cell.v === 'number') {
    // a count of meetings held ("2", "0" for none), else a date Excel keeps as a number
    if (Number.isInteger(cell.v) && cell.v >= 0 && cell.v <= 9 && !cell.f) return held(cell.v);
    const d = parseDate(cell.v, cell.f);
    return d.kind === 'ok' ? [d.value] : null;
  }
  const text = compact(toHalfWidth(rawText(cell.v)));
  if (text === '' || isBlankMark(text) || NONE.test(text) || isNotHeldText(text)) return [];
  if (TICK.test(text)) return held(1);
  // "2次" held twice, "0次" none (a bare number as text may be a day: left to the date reading)
  const count = /^(\d)次$/.exec(text);
  if (count) return held(Number(count[1]));
  const out: DateValue[] = [];
  // the column names the month: "22/3" and "6/3" under 3月 are March days, whatever the grid's order
  const months = grid.unit === 'quarter' ? [period * 3 - 2, period * 3 - 1, period * 3] : [period];
  for (const part of dateParts(text)) {
    const md = dayInColumn(part, months, order) ?? (/^\d{1,2}[月./\-]/.test(part) ? monthDayText(part) : null);
    const d = md ? dayInYear(year, md) : parseDate(part, undefined, order);
    if (d.kind !== 'ok') return null;
    out.push(d.value);
  }
  return out;
}

/**
 * A quarter grid keeping counts or ticks ("3次", √) and not one date: it cannot say in which month a
 * meeting was held, so it is no record the monthly rules (支委会, 主题党日) could judge.
 */
export function countsOnly(grid: CalendarGrid): boolean {
  if (grid.unit !== 'quarter') return false;
  let undated = false;
  for (const { cell, period } of filledCells(grid)) {
    // the year does not matter here: only whether the cell gives a day
    const dates = cellDates(cell, grid, period, 2000, 'unknown');
    if (dates === UNDATED) undated = true;
    else if (dates != null && dates.length > 0) return false;
  }
  return undated;
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
  for (const { type, period, row, col, cell } of filledCells(grid)) {
    const typeText: Field<string> = { value: view.text(type.row, type.col), raw: view.cell(type.row, type.col), ref: view.ref(type.row, type.col) };
    const ref = view.ref(row, col);
    const label = `${typeText.value}${grid.unit === 'quarter' ? QUARTER_NAMES[period - 1] : `${period}月`}`;
    const dates = cellDates(cell, grid, period, year, order, type.types);
    if (dates == null) issues.push(unreadableCell(ref, label, 'date', rawText(cell.v), null));
    if (dates === UNDATED) issues.push(countWithoutDates(ref, label, rawText(cell.v)));
    // an unreadable (or undated) cell is a meeting of unknown date, as a table's row is: C01–C07 say it may be the one missing
    const fields: Field<DateValue>[] = dates == null || dates === UNDATED ? [{ value: null, raw: cell, ref, unreadable: true }] : dates.map((date) => ({ value: date, raw: cell, ref }));
    for (const date of fields) {
      const meeting: Meeting = {
        sheet: view.name, row, date, typeText, types: type.types,
        topic: emptyField(), host: emptyField(), speaker: emptyField(), expected: emptyField(), present: emptyField(),
        leave: emptyField(), absentText: emptyField(), absentees: [], recorder: emptyField(), isElection: false, withOthers: false,
      };
      // a row a group ("第二党小组会"): C03 judges each group by its own row
      const group = meetingGroup(view, row, NO_GROUPS, type.types, typeText.value, null);
      if (group) meeting.group = group;
      meetings.push(meeting);
    }
  }
  const columns = grid.turned ? { typeText: grid.rows[0].col, date: grid.turned.col } : { typeText: grid.rows[0].col, date: Math.min(...grid.periods.keys()) };
  return { sheet: view.name, headerRow: grid.headerRow, meetings, columns };
}
