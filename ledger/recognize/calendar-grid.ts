/**
 * 三会一课 kept as a calendar grid (开展情况登记表): a row a meeting type, a column a month (1月…12月,
 * maybe a 全年次数 column), each cell the day held ("1月6日", "3/22", "1月6日、1月20日") or a tick
 * (√, ✓, 已开). Each filled cell is a meeting of its row's type: on its day where the cell gives one,
 * else in its month only (the rules counting by month or quarter judge it; those needing a day do
 * not). A meeting's date is its cell, so a finding about it points there. Read only where the
 * workbook has no 三会一课 table.
 */
import type { Finding } from '../findings/finding.js';
import type { GridCell } from '../grid/grid.js';
import type { DateValue, Field, Meeting, MeetingsLedger } from '../model/ledger.js';
import { compact, isBlankMark, rawText } from '../values/cell-text.js';
import { dayInYear, monthDayText, parseDate } from '../values/date.js';
import { toHalfWidth } from '../values/half-width.js';
import { isNotHeldText, parseMeetingTypes } from '../values/meeting-types.js';
import { unreadableCell } from './issues.js';
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
}

function monthColumns(view: SheetView, row: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of view.filledCols(row)) {
    const m = MONTH.exec(compact(toHalfWidth(view.text(row, c))));
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) out.set(c, Number(m[1]));
  }
  return out;
}

function gridOn(view: SheetView): CalendarGrid | null {
  for (let r = view.top; r <= Math.min(view.bottom, view.top + HEADER_ROWS - 1); r++) {
    const months = monthColumns(view, r);
    if (new Set(months.values()).size < 10) continue;
    const first = Math.min(...months.keys());
    const rows: CalendarGrid['rows'] = [];
    for (let row = r + 1; row <= view.bottom; row++) {
      const col = view.filledCols(row).find((c) => c < first);
      const types = col === undefined ? [] : parseMeetingTypes(view.text(row, col));
      if (col !== undefined && types.length > 0) rows.push({ row, col, types });
    }
    // a dues sheet's 1月…12月 heads its members' rows: no row of it names a meeting type
    return rows.length >= 2 ? { view, headerRow: r, months, rows, year: readTitles(view, r).anyYear } : null;
  }
  return null;
}

/** The sheet holding a calendar grid of meeting types by month, or null. */
export function findCalendarGrid(views: SheetView[], read: ReadonlySet<string>): CalendarGrid | null {
  for (const view of views) {
    if (view.sheet.hidden || read.has(view.name)) continue;
    const grid = gridOn(view);
    if (grid) return grid;
  }
  return null;
}

/** The dates a cell writes in its month column: days, the month alone (a tick, a count), or null when unreadable. */
function cellDates(cell: GridCell, month: number, year: number): DateValue[] | null {
  if (typeof cell.v === 'number') {
    // a count of meetings held ("2"), else a date Excel keeps as a number
    if (Number.isInteger(cell.v) && cell.v >= 1 && cell.v <= 9 && !cell.f) return Array(cell.v).fill(monthOnly(year, month));
    const d = parseDate(cell.v, cell.f);
    return d.kind === 'ok' ? [d.value] : null;
  }
  const text = compact(toHalfWidth(rawText(cell.v)));
  if (text === '' || isBlankMark(text) || NONE.test(text) || isNotHeldText(text)) return [];
  if (TICK.test(text)) return [monthOnly(year, month)];
  const out: DateValue[] = [];
  for (const part of text.split(/[、，,；;]+/).filter((p) => p !== '')) {
    const md = /^\d{1,2}[月./\-]/.test(part) ? monthDayText(part) : null;
    const d = md ? dayInYear(year, md) : parseDate(part);
    if (d.kind !== 'ok') return null;
    out.push(d.value);
  }
  return out;
}

function monthOnly(year: number, month: number): DateValue {
  return { date: `${year}-${String(month).padStart(2, '0')}-01`, precision: 'month' };
}

/** Each filled cell's meetings; an unreadable cell is W03 and no meeting. `year`: the grid's year. */
export function readCalendarGrid(grid: CalendarGrid, issues: Finding[], year: number): MeetingsLedger {
  const { view } = grid;
  const meetings: Meeting[] = [];
  for (const { row, col, types } of grid.rows) {
    const typeText: Field<string> = { value: view.text(row, col), raw: view.cell(row, col), ref: view.ref(row, col) };
    for (const [c, month] of [...grid.months].sort((a, b) => a[0] - b[0])) {
      const cell = view.cell(row, c);
      if (!cell || cell.v == null || cell.v === '') continue;
      const ref = view.ref(row, c);
      const dates = cellDates(cell, month, year);
      if (dates == null) issues.push(unreadableCell(ref, `${typeText.value}${month}月`, 'date', rawText(cell.v), null));
      // an unreadable cell is a meeting of unknown date, as a table's row is: C01–C07 say it may be the one missing
      const fields: Field<DateValue>[] = dates == null ? [{ value: null, raw: cell, ref, unreadable: true }] : dates.map((date) => ({ value: date, raw: cell, ref }));
      for (const date of fields) {
        meetings.push({
          sheet: view.name, row, date, typeText, types,
          topic: emptyField(), host: emptyField(), speaker: emptyField(), expected: emptyField(), present: emptyField(),
          leave: emptyField(), absentText: emptyField(), absentees: [], recorder: emptyField(), isElection: false, withOthers: false,
        });
      }
    }
  }
  return { sheet: view.name, headerRow: grid.headerRow, meetings, columns: { typeText: grid.rows[0].col, date: Math.min(...grid.months.keys()) } };
}
