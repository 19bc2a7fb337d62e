/**
 * Per member, per month of the ledger year ended by the as-of date and kept in the dues ledger at all
 * (from the month of 入党时间,
 * since probationary members pay from admission, 中组发〔2008〕3号): what was due and how much of it
 * was covered. Payment rules (中组发〔2008〕3号): dues are paid monthly, quarterly with the
 * branch's consent, and may be paid in advance; so a month's surplus pays the earlier months of its
 * quarter (a quarterly payment at the quarter's end), and a surplus of at least a month's due pays
 * the months ahead. A small voluntary surplus carries nothing.
 */
import type { CellRef, DuesRecord, IsoDate, IsoMonth, Ledger, Member } from '../../model/ledger.js';
import { monthsEnded, quarterOf } from '../../time/calendar.js';
import { ruleYear } from '../support/dates.js';
import { waiverNote } from '../support/text.js';
import { recordsByName, rosterByName } from './roster-index.js';

export interface MemberMonth {
  month: IsoMonth;
  /** monthly due, or null when the ledger does not say */
  due: number | null;
  paid: number;
  /** paid plus what surplus from other months covers */
  covered: number;
  /** the month's cell (wide form: its column; long form: the first row covering it) */
  ref: CellRef | null;
  /** the record row holding that cell */
  row: number | null;
  /**
   * before the month of 入党时间 (listed only where the ledger records a payment for it):
   * not judged by D03/D04, since dues are owed from admission (中组发〔2008〕3号)
   */
  beforeJoin: boolean;
  /** a payment cell that is not an amount (W03 reports it); the month still counts as unpaid */
  unreadable: boolean;
}

export interface MemberDues {
  key: string;
  /** name as the roster writes it, else as the dues ledger does */
  name: string | null;
  member: Member | null;
  records: DuesRecord[];
  /** a 减免/免交 note on the dues row or in the roster */
  waived: boolean;
  months: MemberMonth[];
}

const EPS = 1e-6;

/** Nothing at all paid or covered for a month that has something due (or an unknown due). */
export function unpaid(m: MemberMonth): boolean {
  return m.covered <= EPS && (m.due == null || m.due > EPS);
}

/** Runs of 6+ consecutive unpaid months (党章第九条), in order. */
export function unpaidRuns(months: MemberMonth[], min = 6): MemberMonth[][] {
  const runs: MemberMonth[][] = [];
  let run: MemberMonth[] = [];
  for (const m of months) {
    if (m.beforeJoin) continue;
    if (unpaid(m)) { run.push(m); continue; }
    if (run.length >= min) runs.push(run);
    run = [];
  }
  if (run.length >= min) runs.push(run);
  return runs;
}

/**
 * The monthly due of a row. A row covering k months whose 应交 equals what it paid states the
 * total for its months (some ledgers do), so the monthly due is a k-th of it.
 */
export function monthlyDue(r: DuesRecord, form: 'long' | 'wide' = 'long'): number | null {
  // without a 月应交 column, base × 比例 as written
  const due = r.due.ref == null && r.rate.value != null && r.base.value != null
    ? Math.round(r.base.value * r.rate.value * 100) / 100 : r.due.value;
  if (due == null) return null;
  const k = r.months.length;
  const paid = r.months.reduce((s, m) => s + (m.paid.value ?? 0), 0);
  return form === 'long' && k > 1 && due > 0 && Math.abs(paid - due) < 0.01 ? due / k : due;
}

function dueOf(records: DuesRecord[], month: IsoMonth, form: 'long' | 'wide'): number | null {
  for (const r of records) if (monthlyDue(r, form) != null && r.months.some((m) => m.month === month)) return monthlyDue(r, form);
  for (const r of records) if (monthlyDue(r, form) != null) return monthlyDue(r, form);
  return null;
}

export function memberDues(ledger: Ledger, asOf: IsoDate): MemberDues[] {
  const dues = ledger.dues;
  if (!dues) return [];
  const roster = rosterByName(ledger);
  const year = ruleYear(ledger, asOf);
  // only months the ledger covers at all: a dues book kept from March, or misdated, is not a year unpaid
  const kept = new Set(dues.records.flatMap((r) => r.months.map((m) => m.month)));
  const ended = monthsEnded(year, asOf).filter((m) => kept.has(m));
  const out: MemberDues[] = [];
  for (const [key, records] of recordsByName(dues.records)) {
    const member = roster.get(key) ?? null;
    const join = member?.joinDate.value?.date.slice(0, 7) ?? null;
    const all = ended.map((month): MemberMonth & { recorded: boolean } => {
      let paid = 0;
      let recorded = false;
      let unreadable = false;
      let ref: CellRef | null = null;
      let row: number | null = null;
      for (const r of records) {
        for (const dm of r.months) {
          if (dm.month !== month) continue;
          paid += dm.paid.value ?? 0;
          if (dm.paid.value != null) recorded = true;
          if (dm.paid.unreadable) unreadable = true;
          if (!ref && dm.paid.ref) { ref = dm.paid.ref; row = dm.paid.ref.row; }
          if (row == null) row = r.row;
        }
      }
      const beforeJoin = join != null && month < join;
      return { month, due: dueOf(records, month, dues.form), paid, covered: beforeJoin ? paid : 0, ref, row, beforeJoin, unreadable, recorded };
    });
    // months before admission are not due; they stay in the list (for the sums) only where the ledger
    // records a payment for them
    const months = all.filter((m) => !m.beforeJoin || m.recorded).map(({ recorded: _r, ...m }): MemberMonth => m);
    allocate(months.filter((m) => !m.beforeJoin));
    out.push({
      key,
      name: member?.name.value ?? records[0].name.value ?? null,
      member,
      records,
      waived: waiverNote(member?.note.value, ...records.map((r) => r.note.value)),
      months,
    });
  }
  return out;
}

/** Fill `covered`: each month's own payment first, then surplus back within the quarter, then ahead. */
function allocate(months: MemberMonth[]): void {
  // where the due is unknown, a typical payment stands in for it (to recognise advance payments)
  const positive = months.map((m) => m.paid).filter((p) => p > EPS).sort((a, b) => a - b);
  const typical = positive.length ? positive[Math.floor(positive.length / 2)] : 0;
  let credit = 0;
  months.forEach((m, i) => {
    const due = m.due ?? typical;
    let avail = m.paid + credit;
    m.covered = Math.min(due, avail);
    avail -= m.covered;
    const q = quarterOf(m.month);
    for (let j = i - 1; j >= 0 && avail > EPS; j--) {
      const e = months[j];
      if (quarterOf(e.month) !== q) break;
      const eDue = e.due ?? typical;
      const take = Math.min(Math.max(0, eDue - e.covered), avail);
      e.covered += take;
      avail -= take;
    }
    credit = due > EPS && avail >= due - 0.005 ? avail : 0;
  });
}
