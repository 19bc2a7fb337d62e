/**
 * C12 会议日期超出台账年度: a meeting of this year's ledger is dated within the ledger year
 * (统计年度) and not after the as-of date (统计截止日期). A sheet kept running over two years holds
 * a whole year of other records: those are said once (提示), not as one error per row; so are the
 * meetings planned later in the year and written in ahead (planned.ts), once a sheet.
 */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import type { DateValue, IsoDate } from '../../model/ledger.js';
import { type FindingPlace, makeFinding, placeOf, where } from '../support/make-finding.js';
import { cnDate, earliest, latest, ledgerYear, ruleYear, yearAfterCutoff } from '../support/dates.js';
import { heldForYear } from './annual-year.js';
import { isPlan } from './planned.js';

export const c12DateRange: Rule = {
  id: 'C12',
  area: 'meetings',
  severity: '错误',
  name: '会议日期超出台账年度或晚于统计截止日期',
  description: '本年度台账中的会议应在统计年度之内、且不晚于统计截止日期；否则多为日期录入错误或混入了其他年度的记录。本年度内预先写入、尚未召开的计划会议不计入，只作提示。',
  check(ctx: RuleContext): Finding[] {
    const meetings = ctx.ledger.meetings;
    if (!meetings) return [];
    const year = ledgerYear(ctx.ledger, ctx.asOf);
    const judged = year ?? ruleYear(ctx.ledger, ctx.asOf);
    const out: Finding[] = [];
    // the findings of dates in another year, by that year (a span of years stays per row)
    const otherYears = new Map<number, { place: FindingPlace; finding: Finding }[]>();
    // the plans written in ahead, by sheet
    const plans = new Map<string, { place: FindingPlace; date: DateValue }[]>();
    // a ledger whose year begins after the as-of date: its rows after that date, by sheet
    const laterLedger = yearAfterCutoff(ctx.ledger, ctx.asOf);
    const later = new Map<string, { place: FindingPlace; date: DateValue }[]>();
    for (const m of meetings.meetings) {
      const d = m.date.value;
      if (!d) continue;
      // this year's 组织生活会 or 民主评议 held early next year, saying so: it belongs here
      if (heldForYear(m) === judged) continue;
      const place = placeOf(m.date.ref, m);
      const y0 = Number(earliest(d).slice(0, 4));
      const y1 = Number(latest(d).slice(0, 4));
      if (year != null && (y1 < year || y0 > year)) {
        const finding = makeFinding('C12', '错误', place,
          `${where(place)}会议日期${cnDate(d)}不在台账统计年度（${year}年）内，请核对日期；如属其他年度的记录，请移入相应年度的台账。`);
        if (y0 === y1) listIn(otherYears, y0).push({ place, finding });
        out.push(finding);
      } else if (laterLedger && earliest(d) > ctx.asOf) {
        listIn(later, m.sheet).push({ place, date: d });
      } else if (isPlan(m, meetings, ctx.asOf, judged)) {
        listIn(plans, m.sheet).push({ place, date: d });
      } else if (earliest(d) > ctx.asOf) {
        out.push(makeFinding('C12', '错误', place,
          `${where(place)}会议日期${cnDate(d)}晚于统计截止日期${cnDate(ctx.asOf)}，请核对日期是否录错。`));
      }
    }
    const kept = year == null ? out : groupYears(out, otherYears, year);
    return [
      ...kept,
      ...[...plans.values()].map((rows) => plansNote(rows, ctx.asOf)),
      ...[...later.values()].map((rows) => laterLedgerNote(rows, ctx.asOf, year!)),
    ];
  },
};

/** The list kept under `key`, made on first use. */
function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** More dates than this are cut short with 等. */
const DATES_SHOWN = 5;

/** One 提示 for a sheet's plans: they are left out, not wrong. */
function plansNote(rows: { place: FindingPlace; date: DateValue }[], asOf: IsoDate): Finding {
  const first = rows[0].place;
  const dates = rows.slice(0, DATES_SHOWN).map((r) => cnDate(r.date).replace(/^\d+年/, '')).join('、') + (rows.length > DATES_SHOWN ? '等' : '');
  return makeFinding('C12', '提示', first,
    `${first.sheet} ${cellSpan(first, rows[rows.length - 1].place)}：有${rows.length}条计划召开的会议（${dates}）晚于统计截止日期${cnDate(asOf)}，未计入本年度的检查和统计。会议召开后，请按实际召开日期和到会情况填写。`);
}

/**
 * One 提示 for a sheet of a ledger whose year begins after the as-of date: the committee checks one
 * year, the branch sent another's (or the cutoff was mistyped); nothing in the rows is to correct.
 */
function laterLedgerNote(rows: { place: FindingPlace; date: DateValue }[], asOf: IsoDate, year: number): Finding {
  const first = rows[0].place;
  const dates = rows.map((r) => r.date);
  const from = dates.reduce((a, b) => (earliest(b) < earliest(a) ? b : a));
  const to = dates.reduce((a, b) => (latest(b) > latest(a) ? b : a));
  const span = from === to ? cnDate(from) : `${cnDate(from)}至${cnDate(to)}`;
  const cutoffYear = Number(asOf.slice(0, 4));
  return makeFinding('C12', '提示', first,
    `${first.sheet} ${cellSpan(first, rows[rows.length - 1].place)}：有${rows.length}条会议记录（${span}）晚于统计截止日期${cnDate(asOf)}，未计入检查和统计。本台账的统计年度是${year}年：如本次应报送${cutoffYear}年度的台账，请改报${cutoffYear}年度的台账；如要检查${year}年度，请把统计截止日期定在${year}年内（或不指定统计截止日期）。`);
}

/** "A30–A32", or the one cell. */
function cellSpan(first: FindingPlace, last: FindingPlace): string {
  return first.sheet === last.sheet && first.cell && last.cell && first.cell !== last.cell ? `${first.cell}–${last.cell}` : first.cell ?? '';
}

/** this many records of one other year are that year's ledger kept on, not mistyped dates */
const WHOLE_YEAR = 6;

function groupYears(out: Finding[], otherYears: Map<number, { place: FindingPlace; finding: Finding }[]>, year: number): Finding[] {
  let kept = out;
  for (const [y, rows] of [...otherYears].sort((a, b) => a[0] - b[0])) {
    if (rows.length < WHOLE_YEAR) continue;
    const set = new Set(rows.map((r) => r.finding));
    kept = kept.filter((f) => !set.has(f));
    const first = rows[0].place;
    const span = cellSpan(first, rows[rows.length - 1].place);
    kept.push(makeFinding('C12', '提示', first,
      `${first.sheet} ${span}：有${rows.length}条会议记录是${y}年的，不在台账统计年度（${year}年）内，未计入本年度的检查和统计。如是${y}年的记录，可移入${y}年的台账或单独的工作表；如是日期录错，请改正。`));
  }
  return kept;
}
