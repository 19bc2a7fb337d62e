/**
 * 党费收缴台账 rows → DuesRecord (DOMAIN.md §1). Long form: one row a payment, for one
 * month or a 缴费起止月份 range whose amount is split evenly over its months. Wide form:
 * one row a member with 1月 … 12月 columns (合计 columns and rows ignored).
 * Months written without a year take the dues year (title, 统计年度, or the data).
 */
import type { Finding } from '../findings/finding.js';
import type { DuesLedger, DuesMonth, DuesRecord, Field } from '../model/ledger.js';
import { DUES_LONG_SCHEMA, DUES_WIDE_SCHEMA } from '../schema/dues-schema.js';
import type { FieldSpec } from '../schema/field-spec.js';
import { rawText } from '../values/cell-text.js';
import { paidAmountText } from '../values/amount.js';
import { PAYMENT_WAY } from '../values/payment-way.js';
import { parseDate } from '../values/date.js';
import { dayFirstColumns } from './date-columns.js';
import { isDateFormat } from '../values/excel-serial.js';
import { monthIso, type MonthKey } from '../values/month.js';
import { nameKey } from '../values/name.js';
import { duesForm, type HeaderBlock } from './header-match.js';
import { monthsWithoutYear, tickWithoutDue } from './issues.js';
import { plausibleLedgerYear } from './ledger-year.js';
import { mostCommon } from './most-common.js';
import { emptyField, readCell, readField, type FieldContext } from './read-field.js';
import type { SheetView } from './sheet-view.js';
import { dataRows } from './table-rows.js';
import { RosterNames } from './roster-names.js';
import { writtenDue } from '../model/written-due.js';
import { readPayrollDeduction } from './dues-deduction.js';
import { sheetMonth } from './sheet-month.js';
import { columnsForYear } from './year-fields.js';

const SPEC = new Map<string, FieldSpec>([...DUES_WIDE_SCHEMA.fields, ...DUES_LONG_SCHEMA.fields].map((f) => [f.key, f]));
const AMOUNT = SPEC.get('paid')!;

interface Pending {
  record: DuesRecord;
  /** months to place once the year is known; `share` divides a range payment */
  keys: { key: MonthKey; paid: Field<number>; share: number; ref: Field<unknown>['ref']; raw: string }[];
}

/** Where a year for year-less months can come from, best first. */
export interface DuesYearHints {
  /** a year in the dues sheet's own title rows ("2025年党费收缴台账") */
  sheetTitle: number | null;
  /** 统计年度 of the info sheet or any title */
  ledgerYear: number | null;
  /** the most common year of the meetings */
  meetings: number | null;
  /** a year the workbook's file name names ("2025年党建台账.xlsx"), the last resort */
  fileName?: number | null;
  /** the latest plausible ledger year (ledger-year.ts) */
  latestYear?: number;
}

function field<T>(ctx: FieldContext, block: HeaderBlock, key: string, row: number): Field<T> {
  const col = block.columns.get(key);
  // most ledgers lack some columns: no look-ups for those
  if (col === undefined) return emptyField<T>();
  const spec = SPEC.get(key)!;
  const label = block.labels.get(key) ?? spec.label;
  return readField<T>(ctx, spec, label, row, col);
}

/** 2000-01-01 as an Excel serial: a payment date is later, an amount far smaller */
const SERIAL_2000 = 36526;
/**
 * A payment cell ticked rather than filled in: paid what was due (√, or how it was paid: 工资代扣,
 * 微信, 转账 …), or explicitly nothing (×).
 */
const PAID_MARK = new RegExp(`^(?:√|✓|✔|☑|已交|已缴|已交纳|已缴纳|已收|已付|已交清|${PAYMENT_WAY})$`);
// 缓交 (put off) is not paid either: the month is judged as unpaid, not left unread
const UNPAID_MARK = /^(?:×|✗|✘|☒|未交|未缴|欠交|欠缴|未收|缓交|缓缴|暂缓(?:交纳|缴纳)?)$/;
// a month before the member came or after they left, said in its cell ("未转入", "已转出"): no payment,
// and nothing unreadable (the dated note in 备注 or the roster says which months were the branch's)
const NOT_HERE_MARK = /^(?:尚?未转入|尚?未调入|已?转出|已?调出|已?调离|已?去世|已?病故|已故|尚?未入党|入党前)$/;

/**
 * A payment cell: an amount, or a tick or the date of payment that means the row's monthly due was
 * paid (some branches tick the months and write the amount once, in 月应交). A tick on a row that states no due
 * cannot be counted: W03, and the month is neither paid nor unpaid.
 */
function readPaid(ctx: FieldContext, label: string, row: number, col: number, due: number | null): Field<number> {
  const cell = ctx.view.cell(row, col);
  const ref = ctx.view.ref(row, col);
  if (cell && typeof cell.v === 'string') {
    const text = cell.v.trim();
    const paid = PAID_MARK.test(text);
    if (NOT_HERE_MARK.test(text)) return { value: null, raw: cell, ref };
    if (paid || UNPAID_MARK.test(text)) {
      if (!paid) return { value: 0, raw: cell, ref };
      if (due != null) return { value: due, raw: cell, ref };
      ctx.issues.push(tickWithoutDue(ref, label, text, ctx.member));
      return { value: null, raw: cell, ref, unreadable: true };
    }
  }
  // the day it was paid, written in the month's cell (a date, shown "3月10日"): paid, like a tick;
  // its serial (45726) is no amount. A small number in a date-formatted column (20, shown
  // 1900-01-20) is an amount in the wrong format, read as the amount.
  if (cell && typeof cell.v === 'number' && cell.v >= SERIAL_2000 && isDateFormat(cell.f)) {
    if (due != null) return { value: due, raw: cell, ref };
    ctx.issues.push(tickWithoutDue(ref, label, cell.t ?? '日期', ctx.member));
    return { value: null, raw: cell, ref, unreadable: true };
  }
  // "已交84", "96（含7月补交）": an amount with a word about it
  const said = cell && typeof cell.v === 'string' ? paidAmountText(cell.v) : null;
  if (said != null) return { value: said, raw: cell, ref };
  return readCell<number>(ctx, AMOUNT, label, ref, cell);
}

function round4(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

function longPaid(ctx: FieldContext, block: HeaderBlock, row: number, record: DuesRecord): Field<number> {
  const col = block.columns.get('paid');
  if (col === undefined) return emptyField<number>();
  return readPaid(ctx, block.labels.get('paid') ?? AMOUNT.label, row, col, writtenDue(record));
}

function longKeys(ctx: FieldContext, block: HeaderBlock, row: number, paid: Field<number>, ownMonth: MonthKey | null): Pending['keys'] {
  const range = field<MonthKey[]>(ctx, block, 'monthRange', row);
  let keys: MonthKey[] | null = range.value;
  let source: Field<unknown> = range;
  if (!keys || keys.length === 0) {
    const month = field<MonthKey[]>(ctx, block, 'month', row);
    keys = month.value && month.value.length > 0 ? month.value : null;
    source = month;
    if (!keys && ownMonth && !block.columns.has('month') && !block.columns.has('monthRange')) {
      // a sheet a month ("5月"): its rows are that month's, whenever they were paid
      keys = [ownMonth];
      source = paid;
    } else if (!keys && !month.unreadable && !range.unreadable) {
      // no month written: the payment date is the best remaining witness
      const col = block.columns.get('paidDate');
      const cell = col !== undefined ? ctx.view.cell(row, col) : null;
      const d = cell ? parseDate(cell.v, cell.f, ctx.dayFirst?.has(col!) ? 'dayFirst' : 'unknown') : null;
      if (d && d.kind === 'ok') {
        keys = [{ year: Number(d.value.date.slice(0, 4)), month: Number(d.value.date.slice(5, 7)) }];
        source = { value: null, raw: cell, ref: ctx.view.ref(row, col!) };
      }
    }
  }
  if (!keys) return [];
  const share = keys.length;
  return keys.map((key) => ({ key, paid, share, ref: source.ref, raw: source.raw ? rawText(source.raw.v) : '' }));
}

/** Per header block: each month column's label and header cell, worked out once. */
const monthHeads = new WeakMap<HeaderBlock, { label: string; ref: Field<unknown>['ref']; months: string[] | null }[]>();

/**
 * Wide form: the months are the header's, so their year is known before the rows are
 * read and each cell goes straight into the record (12 000 cells a roster of 1 000).
 */
function wideMonths(ctx: FieldContext, block: HeaderBlock, row: number, year: number | null, record: DuesRecord): void {
  const due = writtenDue(record);
  let heads = monthHeads.get(block);
  if (!heads) {
    heads = block.months.map((m) => {
      const y = m.key.year ?? year;
      return {
        label: `${m.label.replace(/\s+/g, '')}党费`,
        ref: ctx.view.ref(block.endRow, m.col),
        months: y == null ? null : Array.from({ length: m.span ?? 1 }, (_, i) => monthIso(y, m.key.month + i)),
      };
    });
    monthHeads.set(block, heads);
  }
  for (let i = 0; i < heads.length; i++) {
    const months = heads[i].months;
    if (months == null) continue;
    const k = months.length;
    // a period column (第一季度, 上半年): a tick is k months' due; an amount pays its months in order,
    // a month's due each while it lasts (204 of 3 × 102 is July and August paid, September not),
    // a k-th each where the row states no due
    const paid = readPaid(ctx, heads[i].label, row, block.months[i].col, due == null ? null : due * k);
    if (k === 1 || paid.value == null) {
      for (const month of months) record.months.push({ month, paid });
      continue;
    }
    let left = paid.value;
    months.forEach((month, j) => {
      const part = due == null || due <= 0 ? paid.value! / k : j === k - 1 ? left : Math.min(due, Math.max(left, 0));
      left -= part;
      record.months.push({ month, paid: { ...paid, value: round4(part) } });
    });
  }
}

/**
 * 应交 under each month (a two-row header): the amount due is fixed at the start of the year
 * (中组发〔2008〕3号), so the row's first filled 应交 cell is its monthly due.
 */
function dueUnderMonths(ctx: FieldContext, block: HeaderBlock, row: number): Field<number> {
  const due = SPEC.get('due')!;
  let first: Field<number> | null = null;
  for (const m of block.months) {
    if (m.dueCol === undefined) continue;
    const f = readField<number>(ctx, due, `${m.label.replace(/\s+/g, '')}应交`, row, m.dueCol);
    first ??= f;
    if (f.value != null) return f;
  }
  return first ?? emptyField<number>();
}

/**
 * A long-form row without a name right under a member's row is that member's next month: the name
 * (and 缴费基数, 月应交) written once for the member's rows, or in a cell merged down over them.
 */
function sameMemberAbove(record: DuesRecord, above: DuesRecord | undefined): void {
  if (!above || above.row !== record.row - 1 || above.name.value == null || record.name.unreadable) return;
  record.name = above.name;
  record.nameKey = above.nameKey;
  if (record.base.value == null && !record.base.unreadable) record.base = above.base;
  if (record.due.value == null && !record.due.unreadable) record.due = above.due;
  if (record.rate.value == null && !record.rate.unreadable) record.rate = above.rate;
}

/** `roster`: the roster's names, when there is one (to read "方霞（预备）" as its 方霞, roster-names.ts). */
export function readDues(
  view: SheetView, foundBlocks: HeaderBlock[], foundFirst: HeaderBlock, issues: Finding[], hints: DuesYearHints,
  roster: RosterNames = new RosterNames([]),
): DuesLedger {
  const form: DuesLedger['form'] = duesForm(foundFirst);
  const pending: Pending[] = [];
  const plausible = (y: number | null): y is number => y != null && plausibleLedgerYear(y, hints.latestYear);
  const headerYears: number[] = [];
  for (const b of foundBlocks) if (b.kind === 'dues') for (const m of b.months) if (plausible(m.key.year)) headerYears.push(m.key.year);
  const wideYear = hints.sheetTitle ?? hints.ledgerYear ?? mostCommon(headerYears) ?? hints.meetings ?? hints.fileName ?? null;
  // "2024年月应交" beside "2025年月应交": the ledger year's columns are the ones read
  const blocks = foundBlocks.map((b) => (b.kind === 'dues' ? columnsForYear(b, wideYear) : b));
  const first = blocks[foundBlocks.indexOf(foundFirst)] ?? columnsForYear(foundFirst, wideYear);
  const blockList = blocks.filter((b) => b.kind === 'dues');
  const rows = dataRows(view, blocks, first);
  const ownMonth = form === 'long' ? sheetMonth(view, first.row) : null;
  // a blank ledger has no month to place yet: the missing year matters once there are rows
  let yearless = false;
  if (form === 'wide' && wideYear == null && rows.length > 0) {
    const open = blockList.flatMap((b) => b.months.filter((m) => m.key.year == null).map((m) => ({ b, m })))[0];
    if (open) issues.push(monthsWithoutYear(view.ref(open.b.endRow, open.m.col), open.m.label));
    yearless = open != null;
  }
  const dayFirst = dayFirstColumns(view, rows);
  for (const { row, block } of rows) {
    const ctx: FieldContext = { view, issues, member: null, dayFirst };
    const name = field<string>(ctx, block, 'name', row);
    ctx.member = name.value;
    const record: DuesRecord = {
      sheet: view.name, row, name, nameKey: name.value ? roster.match(nameKey(name.value)) : '', idNumber: field(ctx, block, 'idNumber', row),
      base: field(ctx, block, 'base', row),
      due: field(ctx, block, 'due', row),
      rate: field(ctx, block, 'rate', row),
      months: [],
      note: field(ctx, block, 'note', row),
    };
    if (form === 'wide') {
      if (record.due.ref == null) record.due = dueUnderMonths(ctx, block, row);
      wideMonths(ctx, block, row, wideYear, record);
    }
    if (form === 'long' && record.name.value == null) sameMemberAbove(record, pending.at(-1)?.record);
    pending.push({ record, keys: form === 'wide' ? [] : longKeys(ctx, block, row, longPaid(ctx, block, row, record), ownMonth) });
  }
  // a year written on the rows decides year-less ones only when a ledger can be of it
  const explicit: number[] = [];
  for (const p of pending) for (const k of p.keys) if (plausible(k.key.year)) explicit.push(k.key.year);
  const year = hints.sheetTitle ?? hints.ledgerYear ?? mostCommon(explicit) ?? hints.meetings ?? hints.fileName ?? null;
  for (const p of pending) {
    for (const k of p.keys) {
      const y = k.key.year ?? year;
      if (y == null) {
        // said once for the sheet, at the 月份 header
        if (!yearless) {
          const col = first.columns.get('month') ?? first.columns.get('monthRange');
          const ref = col !== undefined ? view.ref(first.row, col) : k.ref;
          if (ref) issues.push(monthsWithoutYear(ref, k.raw));
        }
        yearless = true;
        continue;
      }
      const paid: Field<number> = k.share === 1 || k.paid.value == null ? k.paid : { ...k.paid, value: round4(k.paid.value / k.share) };
      const m: DuesMonth = { month: monthIso(y, k.key.month), paid };
      p.record.months.push(m);
    }
  }
  const records = pending.map((p) => p.record);
  readPayrollDeduction(view, blocks, first, rows, records, issues);
  const rounded = [first.labels.get('base'), first.labels.get('due')].some((l) => l != null && /取整/.test(l));
  return {
    sheet: view.name, headerRow: first.row, form, roundedHeader: rounded,
    records, columns: Object.fromEntries(first.columns),
    // no month could be placed in a year: as good as no 月份 column (uncountable.ts, missing-columns.ts)
    ...(yearless ? { missingColumns: ['month'] } : {}),
  };
}
