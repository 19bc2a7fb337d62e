/**
 * Dues deducted from pay (payroll-deduction.ts). Where a note says so — on a member's row (its 备注, or
 * a 备注 merged down over several rows) for that member; in a title line above the table or a note
 * row in or under it for all — the months a member's rows leave empty count as paid at the row's due,
 * as a 工资代扣 written in the month's cell does (dues.ts PAID_MARK). Only where the member's rows are
 * empty in every month the note covers: a member whose rows hold an amount or a mark there is judged
 * by them, so a note does not hide real gaps. One W03 提示 says so, once a ledger.
 */
import type { Finding } from '../findings/finding.js';
import type { CellRef, DuesMonth, DuesRecord } from '../model/ledger.js';
import { writtenDue } from '../model/written-due.js';
import { isEmptyCell } from '../values/cell-text.js';
import { payrollDeduction, type PayrollDeduction } from '../values/payroll-deduction.js';
import type { HeaderBlock } from './header-match.js';
import { payrollDeducted } from './issues.js';
import type { SheetView } from './sheet-view.js';
import type { DataRow } from './table-rows.js';

interface Note extends PayrollDeduction {
  text: string;
  ref: CellRef;
}

/** how far above the header a title or notes line may be */
const TITLE_ROWS = 10;

function noteIn(view: SheetView, row: number, col: number): Note | null {
  const cell = view.cell(row, col);
  if (!cell || typeof cell.v !== 'string') return null;
  const said = payrollDeduction(cell.v);
  return said && { ...said, text: cell.v.trim(), ref: view.ref(row, col) };
}

/** A note for the whole sheet: in the title lines, or on a row of the table that is not a record. */
function sheetNote(view: SheetView, blocks: HeaderBlock[], first: HeaderBlock, rows: DataRow[]): Note | null {
  const records = new Set(rows.map((r) => r.row));
  const start = blocks.indexOf(first);
  const next = blocks.slice(start + 1).find((b) => b.kind !== first.kind);
  const end = next ? next.row - 1 : view.bottom;
  const headers = blocks.filter((b) => b.kind === first.kind);
  for (let r = Math.max(view.top, first.row - TITLE_ROWS); r <= end; r++) {
    if (records.has(r) || headers.some((b) => r >= b.row && r <= b.endRow)) continue;
    for (const c of view.filledCols(r)) {
      const note = noteIn(view, r, c);
      if (note) return note;
    }
  }
  return null;
}

/** The row's own 备注, or the 备注 merged down over it from a row above. */
function rowNote(view: SheetView, record: DuesRecord): Note | null {
  const ref = record.note.ref;
  if (!ref) return null;
  if (record.note.value != null) return noteIn(view, ref.row, ref.col);
  const merge = view.mergeAbove(ref.row, ref.col);
  return merge ? noteIn(view, merge.top, merge.left) : null;
}

const monthNo = (dm: DuesMonth) => Number(dm.month.slice(5, 7));

export function readPayrollDeduction(
  view: SheetView, blocks: HeaderBlock[], first: HeaderBlock, rows: DataRow[], records: DuesRecord[], issues: Finding[],
): void {
  const sheetWide = sheetNote(view, blocks, first, rows);
  // one member's rows together (long form: a row a month)
  const members = new Map<string, DuesRecord[]>();
  for (const r of records) {
    const key = r.nameKey || `#${r.row}`;
    const list = members.get(key);
    if (list) list.push(r);
    else members.set(key, [r]);
  }
  let shown: Note | null = null;
  let covered = 0;
  let withoutDue = 0;
  for (const own of members.values()) {
    let note: Note | null = null;
    for (const r of own) if ((note = rowNote(view, r))) break;
    note ??= sheetWide;
    if (!note) continue;
    const from = note.fromMonth ?? 1;
    const months = own.flatMap((r) => r.months.filter((dm) => monthNo(dm) >= from).map((dm) => ({ r, dm })));
    if (months.length === 0 || !months.every(({ dm }) => isEmptyCell(dm.paid.raw) && !dm.paid.unreadable)) continue;
    let noDue = false;
    for (const { r, dm } of months) {
      const due = writtenDue(r);
      dm.paid = due != null ? { value: due, raw: dm.paid.raw, ref: dm.paid.ref } : { value: null, raw: dm.paid.raw, ref: dm.paid.ref, unreadable: true };
      dm.deducted = true;
      if (due == null) noDue = true;
    }
    shown ??= note;
    covered++;
    if (noDue) withoutDue++;
  }
  if (shown) issues.push(payrollDeducted(shown.ref, shown.text, covered, withoutDue));
}
