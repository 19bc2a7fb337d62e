/**
 * Per member, per month of the ledger year ended by the as-of date and kept in the dues ledger at all
 * (from the month of 入党时间, since probationary members pay from admission, 中组发〔2008〕3号, and
 * between a dated transfer in and out, up to the month before a death, membership-note.ts): what was due and how much of it
 * was covered. Payment rules (中组发〔2008〕3号): dues are paid monthly, quarterly with the
 * branch's consent, may be paid in advance, and arrears may be made up for at most six months; so a
 * month's surplus pays the unpaid months of the six before it (a quarterly payment at the quarter's
 * end, three months made up in one), and a surplus of at least a month's due pays the months ahead.
 * A small voluntary surplus carries nothing. Where a note says a payment includes 补交 (arrears paid
 * late: "4月含补交3月党费42元"), a surplus pays earlier months further back too.
 */
import type { CellRef, DuesRecord, IsoDate, IsoMonth, Ledger, Member } from '../../model/ledger.js';
import { addMonthsToMonth, lastDayOfMonth, monthsBetween, monthsEnded } from '../../time/calendar.js';
import { ruleYear } from '../support/dates.js';
import { rowWaived, waiverNote } from '../support/text.js';
import { duesSpan } from '../../values/membership-note.js';
import { memberNotes } from '../../model/member-notes.js';
import { dueChange } from '../../values/due-note.js';
import { writtenDue } from '../../model/written-due.js';
import { recordsByName, rosterByName } from './roster-index.js';
import { perLedger } from '../support/per-ledger.js';
import { rawText } from '../../values/cell-text.js';
import { toHalfWidth } from '../../values/half-width.js';

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
   * a month the member did not belong to the branch (listed only where the ledger records a payment
   * for it): before the month of 入党时间, since dues are owed from admission (中组发〔2008〕3号), or
   * before a transfer in / after a transfer out or death that a note dates. Not judged by D03/D04.
   */
  notMember: boolean;
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
  /** runs of 6+ consecutive unpaid months (D04 reports them, D03 leaves their months to D04) */
  unpaidRuns: MemberMonth[][];
  /**
   * a payment whose surplus was left over at the end because the six-month limit on making up
   * arrears kept it from the unpaid months before (a whole year paid in December): D03 says so
   * (D04 cannot meet one: such months are more than six before a payment of the same ledger year)
   */
  lateSurplus: LateSurplus | null;
  /**
   * the dues of the ended months of a payment period still in progress (a 第四季度 or 全年 column not
   * yet paid in November): not yet owed, so neither judged nor among `months`; the reports say so
   */
  pending: number;
}

export interface LateSurplus {
  /** the month whose payment it was */
  month: IsoMonth;
  /** what was left of it, unused */
  amount: number;
}

const EPS = 1e-6;
const BACK_PAY = /补交|补缴|补齐|补足/;

/**
 * Nothing at all paid or covered for a month that has something due (or an unknown due). A month
 * whose payment cell could not be read (W03 says so) is not known to be unpaid: no D03/D04 on it.
 */
export function unpaid(m: MemberMonth): boolean {
  return !m.unreadable && m.covered <= EPS && (m.due == null || m.due > EPS);
}

/**
 * Runs of 6+ consecutive unpaid months (党章第九条), in order, that reach into the ledger year (`from`):
 * a run wholly of last year's months is last year's ledger's.
 */
function unpaidRuns(months: MemberMonth[], from: IsoMonth, min = 6): MemberMonth[][] {
  const runs: MemberMonth[][] = [];
  let run: MemberMonth[] = [];
  for (const m of months) {
    if (m.notMember) continue;
    if (unpaid(m)) { run.push(m); continue; }
    if (run.length >= min) runs.push(run);
    run = [];
  }
  if (run.length >= min) runs.push(run);
  return runs.filter((r) => r[r.length - 1].month >= from);
}

/**
 * The monthly due of a row. A row covering k months whose 应交 equals what it paid states the
 * total for its months (some ledgers do), so the monthly due is a k-th of it.
 */
export function monthlyDue(r: DuesRecord, form: 'long' | 'wide' = 'long'): number | null {
  const due = writtenDue(r);
  if (due == null) return null;
  const k = r.months.length;
  const paid = r.months.reduce((s, m) => s + (m.paid.value ?? 0), 0);
  return form === 'long' && k > 1 && due > 0 && Math.abs(paid - due) < 0.01 ? due / k : due;
}

/**
 * The ended months of the ledger year that the dues ledger keeps, led in by the months of the year
 * before that it keeps up to December, and scratch arrays per month.
 */
interface YearFrame {
  ended: IsoMonth[];
  /** the ledger year's first month: the months before it only lead in (D04 runs, surplus) */
  yearStart: IsoMonth;
  index: Map<IsoMonth, number>;
  // scratch per ended month, reset for each member (a large branch has a thousand members)
  paid: number[];
  recorded: boolean[];
  unreadable: boolean[];
  refs: (CellRef | null)[];
  rows: (number | null)[];
  dueAt: (number | null)[];
  duePaid: (number | null)[];
  paidAt: boolean[];
  /** an ended month whose payment cell also covers a month not yet ended (the 第四季度 column in November) */
  open: boolean[];
  /** the first month not ended by the as-of date */
  openFrom: IsoMonth;
}

function yearFrame(records: DuesRecord[], year: number, asOf: IsoDate): YearFrame {
  // only months the ledger covers at all: a dues book kept from March, or misdated, is not a year unpaid
  const kept = new Set<IsoMonth>();
  for (const r of records) for (const m of r.months) kept.add(m.month);
  const ended = [...leadIn(kept, year), ...monthsEnded(year, asOf).filter((m) => kept.has(m))];
  const n = ended.length;
  return {
    ended,
    yearStart: `${year}-01`,
    index: new Map(ended.map((m, i) => [m, i])),
    paid: new Array<number>(n), recorded: new Array<boolean>(n), unreadable: new Array<boolean>(n),
    refs: new Array<CellRef | null>(n), rows: new Array<number | null>(n), dueAt: new Array<number | null>(n),
    duePaid: new Array<number | null>(n), paidAt: new Array<boolean>(n), open: new Array<boolean>(n),
    openFrom: firstOpenMonth(asOf),
  };
}

/**
 * Last year's months the ledger keeps without a gap up to December (a sheet running from October
 * into the new year): six months unpaid across New Year are six months (党章第九条). A month the
 * ledger does not hold breaks the run, as nothing is known of it.
 */
function leadIn(kept: Set<IsoMonth>, year: number): IsoMonth[] {
  const out: IsoMonth[] = [];
  if (!kept.has(`${year}-01`)) return out;
  for (let m = `${year - 1}-12`; kept.has(m) && m.startsWith(String(year - 1)); m = addMonthsToMonth(m, -1)) out.unshift(m);
  return out;
}

/**
 * A member whose 入党时间 cannot be read was still admitted before the ledger year where it names an
 * earlier year ("2015年春", "2015.13") or where the 转正时间 is before the year (转正 follows admission,
 * 党章第七条): whatever the month, the whole year is theirs to pay.
 */
function admittedBefore(member: Member, year: number): boolean {
  const m = /(?<!\d)(19[2-9]\d|20\d\d)(?!\d)/.exec(toHalfWidth(rawText(member.joinDate.raw?.v)));
  const full = member.fullDate.value;
  return (m != null && Number(m[1]) < year) || (full != null && Number(full.date.slice(0, 4)) < year);
}

/** The month of the as-of date, or the next one when the as-of date is its last day. */
function firstOpenMonth(asOf: IsoDate): IsoMonth {
  const month = asOf.slice(0, 7);
  return lastDayOfMonth(month) <= asOf ? addMonthsToMonth(month, 1) : month;
}

// Kept as a few functions of modest size rather than one: the optimising compiler's time grows
// faster than a function's size, and a deoptimisation recompiles only the part it hit.
function computeMemberDues(ledger: Ledger, asOf: IsoDate): MemberDues[] {
  const dues = ledger.dues;
  if (!dues) return [];
  const roster = rosterByName(ledger);
  const year = ruleYear(ledger, asOf);
  const frame = yearFrame(dues.records, year, asOf);
  const out: MemberDues[] = [];
  for (const [key, records] of recordsByName(ledger)) {
    out.push(oneMember(frame, year, dues.form, key, records, roster.get(key) ?? null));
  }
  return out;
}

function oneMember(frame: YearFrame, year: number, form: 'long' | 'wide', key: string, records: DuesRecord[], member: Member | null): MemberDues {
  const { ended } = frame;
  const n = ended.length;
  // the roster's notes (a death in the 在职状态 column too) and the dues rows' own
  const notes = memberNotes(member);
  for (const r of records) notes.push(r.note.value);
  const join = member?.joinDate.value?.date.slice(0, 7) ?? null;
  // up to the month before a death, from the month of admission (duesSpan)
  const span = duesSpan(year, notes);
  let from = span.from != null && (join == null || span.from > join) ? span.from : join;
  // months led in from last year (D04 across New Year): a move of that year ("2025年11月转入") starts them
  if (n > 0 && ended[0] < frame.yearStart) {
    const before = duesSpan(year - 1, notes).from;
    if (before != null && (from == null || before > from)) from = before;
  }
  // "7月起…月应交84元" on the member's one row or in the roster: the due from that month (a member
  // with several rows has a row for the new due)
  const change = records.length === 1 ? dueChange(year, [member?.note.value, records[0].note.value]) : null;
  // the ended months the member belonged here: fromIdx … untilIdx
  let fromIdx = 0;
  if (from != null) while (fromIdx < n && ended[fromIdx] < from) fromIdx++;
  let untilIdx = n - 1;
  if (span.until != null) while (untilIdx >= 0 && ended[untilIdx] > span.until) untilIdx--;
  // which months belong to a period still running does not depend on the span: marked once
  markOpen(frame, records);
  let fallbackDue = tally(frame, records, form, fromIdx, untilIdx);
  if (span.until == null && span.leftUndated) {
    // "已转出" without a date: the member belonged here until the last month the ledger shows paid
    // (or unreadable); the empty months after it are the new branch's, not 6 months unpaid (D04)
    let last = n - 1;
    while (last >= 0 && !frame.recorded[last] && !frame.unreadable[last]) last--;
    if (last < untilIdx) {
      untilIdx = last;
      fallbackDue = tally(frame, records, form, fromIdx, untilIdx);
    }
  }
  if (join == null && member?.joinDate.unreadable && !admittedBefore(member, year)) {
    // 入党时间 unreadable (its W03 asks for it): the months before the first payment may be before
    // admission, so they are not judged owed; without any payment no month is (a 月应交 written once
    // for the row says nothing of when they were admitted), rather than a year unpaid and 自行脱党
    const first = frame.recorded.findIndex((r, i) => r && i >= fromIdx && i <= untilIdx);
    const start = first < 0 ? untilIdx + 1 : first;
    if (start > fromIdx) {
      fromIdx = start;
      fallbackDue = tally(frame, records, form, fromIdx, untilIdx);
    }
  }
  const { paid, recorded, unreadable, refs, rows, dueAt, duePaid } = frame;
  // months before admission or a transfer in, or after a transfer out, are not due; they stay in the
  // list (for the sums) only where the ledger records a payment for them
  const months: MemberMonth[] = [];
  const judged: MemberMonth[] = [];
  let pending = 0;
  for (let i = 0; i < n; i++) {
    const month = ended[i];
    const notMember = i < fromIdx || i > untilIdx;
    const due = change && month >= change.from ? change.due : duePaid[i] ?? dueAt[i] ?? fallbackDue;
    // a quarter (or half-year, year) paid at once is due by its end: while it lasts, its months
    // with nothing paid yet are neither owed nor judged
    if (!notMember && frame.open[i] && !recorded[i]) {
      pending += due ?? 0;
      continue;
    }
    if (notMember && !recorded[i]) continue;
    const m: MemberMonth = {
      month, due, paid: paid[i], covered: notMember ? paid[i] : 0, ref: refs[i], row: rows[i],
      notMember, unreadable: unreadable[i],
    };
    months.push(m);
    if (!notMember) judged.push(m);
  }
  const late = allocate(judged, notes.some((t) => t != null && BACK_PAY.test(t)));
  // last year's months lead in; D03 and the stats are of the ledger year's
  const own = months.filter((m) => m.month >= frame.yearStart);
  return {
    key,
    name: member?.name.value ?? records[0].name.value ?? null,
    member,
    records,
    // 免交 in the 月应交 cell says it as plainly as a note does
    waived: records.some((r) => rowWaived(r)) || waiverNote(member?.note.value),
    months: own,
    unpaidRuns: unpaidRuns(months, frame.yearStart),
    lateSurplus: late && late.month >= frame.yearStart ? late : null,
    pending,
  };
}

/**
 * One pass over the member's rows, in ledger order (rows, then their months), into the frame's
 * scratch: per ended month what was paid, the first cell, and the due of the first row with a due
 * that pays it (else covers it). Returns the first known due of the member's rows, which a month
 * no row with a due covers takes.
 */
function tally(frame: YearFrame, records: DuesRecord[], form: 'long' | 'wide', fromIdx: number, untilIdx: number): number | null {
  const { index, paid, recorded, unreadable, refs, rows, dueAt, duePaid, paidAt } = frame;
  const n = frame.ended.length;
  for (let i = 0; i < n; i++) {
    paid[i] = 0; recorded[i] = false; unreadable[i] = false; refs[i] = null; rows[i] = null; dueAt[i] = null; duePaid[i] = null; paidAt[i] = false;
  }
  // one payment over several months (第一季度, 上半年, 2025.01-2025.06) made by a member here for part
  // of them: tracked only then, to be spread over those months (respread below)
  const spreads = fromIdx > 0 || untilIdx < n - 1 ? new Map<CellRef, { idx: number[]; values: number[] }>() : null;
  let fallbackDue: number | null = null;
  for (const r of records) {
    const due = monthlyDue(r, form);
    if (fallbackDue == null) fallbackDue = due;
    for (const dm of r.months) {
      const i = index.get(dm.month);
      if (i === undefined) continue;
      if (spreads && dm.paid.ref && dm.paid.value != null) {
        const s = spreads.get(dm.paid.ref);
        if (s) { s.idx.push(i); s.values.push(dm.paid.value); }
        else spreads.set(dm.paid.ref, { idx: [i], values: [dm.paid.value] });
      }
      paid[i] += dm.paid.value ?? 0;
      // a 0 is no payment: months before admission filled with 0 are still not due; nor is a month a
      // note says was deducted from pay
      if (dm.paid.value != null && dm.paid.value !== 0 && !dm.deducted) recorded[i] = true;
      if (dm.paid.unreadable) unreadable[i] = true;
      // the month's cell: the first that holds a payment, else the first at all
      if (dm.paid.ref && (!refs[i] || (dm.paid.value != null && !paidAt[i]))) {
        refs[i] = dm.paid.ref; rows[i] = dm.paid.ref.row;
      }
      if (dm.paid.value != null) paidAt[i] = true;
      if (rows[i] == null) rows[i] = r.row;
      if (dueAt[i] == null && due != null) dueAt[i] = due;
      // two rows for one member (a new 月应交 from July): the row that paid the month states its due
      if (duePaid[i] == null && due != null && dm.paid.value != null) duePaid[i] = due;
    }
  }
  if (spreads) respread(spreads, (i) => i < fromIdx || i > untilIdx, paid, recorded);
  return fallbackDue;
}

/** Mark the ended months whose payment cell is shared with a month not yet ended (a period in progress). */
function markOpen(frame: YearFrame, records: DuesRecord[]): void {
  frame.open.fill(false);
  for (const r of records) {
    if (r.months.length < 2) continue;
    let openCells: Set<string> | null = null;
    for (const dm of r.months) {
      if (dm.month >= frame.openFrom && dm.paid.ref) (openCells ??= new Set()).add(cellKey(dm.paid.ref));
    }
    if (!openCells) continue;
    for (const dm of r.months) {
      const i = frame.index.get(dm.month);
      if (i !== undefined && dm.paid.ref && openCells.has(cellKey(dm.paid.ref))) frame.open[i] = true;
    }
  }
}

/** A cell's place: one period's months may be read from its cell more than once, as separate refs. */
function cellKey(ref: CellRef): string {
  return `${ref.sheet}!${ref.address}`;
}

/**
 * A period's payment was split over all its months; where some of them the member did not belong
 * here (admitted in May, a 上半年 column), it pays for the months they did, evenly.
 */
function respread(spreads: Map<CellRef, { idx: number[]; values: number[] }>, outside: (i: number) => boolean, paid: number[], recorded: boolean[]): void {
  for (const { idx, values } of spreads.values()) {
    if (idx.length < 2) continue;
    const inside = idx.filter((i) => !outside(i));
    if (inside.length === 0 || inside.length === idx.length) continue;
    let total = 0;
    idx.forEach((i, j) => {
      paid[i] -= values[j];
      total += values[j];
    });
    for (const i of idx) if (outside(i)) recorded[i] = paid[i] > EPS;
    for (const i of inside) paid[i] += total / inside.length;
  }
}

/** Per member, the months of the ledger year judged by D03/D04 and summed by the stats (shared, computed once). */
export const memberDues = perLedger(computeMemberDues, (asOf: IsoDate) => asOf);

/** Arrears may be made up for at most six months (中组发〔2008〕3号). */
const MAKE_UP_MONTHS = 6;

/**
 * Fill `covered`: each month's own payment first, then surplus back over the six months before it
 * (any earlier month where `backPay`: a note says the payment includes arrears), then ahead.
 * Returns the payment whose surplus the six-month limit kept from earlier unpaid months, if some
 * of it is still unused at the end.
 */
function allocate(months: MemberMonth[], backPay: boolean): LateSurplus | null {
  // where the due is unknown, a typical payment stands in for it (to recognise advance payments)
  const positive: number[] = [];
  for (const m of months) if (m.paid > EPS) positive.push(m.paid);
  positive.sort((a, b) => a - b);
  const typical = positive.length ? positive[Math.floor(positive.length / 2)] : 0;
  let credit = 0;
  let blocked: IsoMonth | null = null;
  let left = 0;
  months.forEach((m, i) => {
    const due = m.due ?? typical;
    let avail = m.paid + credit;
    m.covered = Math.min(due, avail);
    avail -= m.covered;
    for (let j = i - 1; j >= 0 && avail > EPS; j--) {
      const e = months[j];
      if (!backPay && monthsBetween(e.month, m.month) > MAKE_UP_MONTHS) {
        // the month the surplus came from: once blocked, it is carried on as credit from there
        if (blocked == null && months.slice(0, j + 1).some((x) => x.covered < (x.due ?? typical) - EPS)) blocked = m.month;
        break;
      }
      const eDue = e.due ?? typical;
      const take = Math.min(Math.max(0, eDue - e.covered), avail);
      e.covered += take;
      avail -= take;
    }
    left = avail;
    credit = due > EPS && avail >= due - 0.005 ? avail : 0;
    // the blocked surplus is spent, or too small to carry on: nothing of it is left unused
    if (credit <= EPS && i < months.length - 1) blocked = null;
  });
  return blocked != null && left > 0.005 ? { month: blocked, amount: Math.round(left * 100) / 100 } : null;
}
