/**
 * Header rows found by content: a row whose cells name enough fields of one ledger,
 * optionally with a second row below it (merged group cells such as 缴费情况 over
 * 1月 … 12月, or 参会人数 over 应到/实到).
 */
import type { FieldSpec } from '../schema/field-spec.js';
import { isDateFormat } from '../values/excel-serial.js';
import { memoText } from '../values/memo.js';
import { parseMonthKey, periodOf, type MonthKey } from '../values/month.js';
import { BAD, type Parsed } from '../values/parsed.js';
import { lookupHeader, mayNameField, type TableKind } from './synonym-index.js';
import { plausibleLedgerYear } from './ledger-year.js';
import type { SheetView } from './sheet-view.js';
import { yearsOverMonths } from './month-years.js';
import { yearAndField, yearlyField } from './year-fields.js';

export interface MonthColumn {
  /** the column of the amount paid for the month */
  col: number;
  /** the month, or the first month of a period column */
  key: MonthKey;
  /** months the column covers: 1, or 3 for 第一季度 / 1-3月, 6 for 上半年, 12 for 全年 */
  span?: number;
  label: string;
  /** a two-row header with 应交 | 实交 under each month: the month's 应交 column */
  dueCol?: number;
}

export interface HeaderBlock {
  kind: TableKind;
  /** first and last header row (equal for a one-row header) */
  row: number;
  endRow: number;
  /** field key → column */
  columns: Map<string, number>;
  /** field key → header text as written */
  labels: Map<string, string>;
  specs: Map<string, FieldSpec>;
  /** wide dues: the month columns */
  months: MonthColumn[];
  /** every column that carries a field or a month */
  mapped: Set<number>;
  /** fields sharing one column under a combined header ("主持人/记录人"): which part of the cell is theirs */
  parts: Map<string, ColumnPart>;
  /**
   * dues fields written with a year in front ("2024年月应交", "2025年月应交"): key → year → column.
   * `columns` holds the latest year's until the ledger year picks (year-fields.ts columnsForYear).
   */
  yearColumns?: Map<string, Map<number, { col: number; label: string }>>;
  score: number;
}

/** One of the values a combined column holds: the index-th of `count`, split at / or 、. */
export interface ColumnPart {
  index: number;
  count: number;
}

interface Hit {
  col: number;
  spec: FieldSpec;
  weak: boolean;
  rank: number;
  label: string;
  part?: ColumnPart;
  /** the year written in front of the field ("2025年月应交") */
  year?: number;
}

interface RowHits {
  /** per kind: key → the cells naming that field */
  hits: Map<TableKind, Map<string, Hit[]>>;
  months: MonthColumn[];
  /** most filled cells name a field or a month (a header's second row may carry a stray 金额 or 备注) */
  mostlyMatched: boolean;
  any: boolean;
}

/** The fields that tell one ledger from another (姓名 and 备注 are everywhere). */
const SPECIFIC: Record<TableKind, ReadonlySet<string>> = {
  members: new Set(['idNumber', 'joinDate', 'fullDate', 'category', 'ethnicity', 'birthDate', 'gender', 'education', 'partyRole', 'group']),
  dues: new Set(['base', 'due', 'rate', 'paid', 'month', 'monthRange', 'paidDate']),
  meetings: new Set(['typeText', 'topic', 'host', 'speaker', 'expected', 'present', 'leave', 'absentText', 'recorder', 'attendees', 'participants']),
};

const KINDS: TableKind[] = ['members', 'dues', 'meetings'];

/** Cheap shape test before parsing a cell as a month header (1月, 十二月, 2025年1月, 2025-01, 202501). */
const MONTH_HEADER = /^\s*(?:(?:\d{4}|[０-９]{4})\s*[年.\-/．－／]\s*)?(?:\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十正元腊]{1,3})\s*月份?\s*$|^\s*\d{4}\s*[.\-/]\s*\d{1,2}\s*$|^\d{6}$/;

/** What a data row yields: nothing, shared (every data row is scanned, so it must not allocate). */
const NO_HITS: RowHits = Object.freeze({ hits: new Map(), months: [], mostlyMatched: false, any: false }) as RowHits;

/** Could this short text be a month header? Its last character is 月/份 or it begins with a digit. */
function monthShaped(label: string): boolean {
  if (label.length === 0 || label.length > 12) return false;
  const last = label.charCodeAt(label.length - 1);
  const first = label.charCodeAt(0);
  return last === 0x6708 || last === 0x4efd || (first >= 48 && first <= 57) || (first >= 0xff10 && first <= 0xff19);
}

/** A unit remark after the month ("1月（元）") is no part of it. */
function withoutRemarks(label: string): string {
  return label.includes('(') || label.includes('（') ? label.replace(/[(（][^)）]*[)）]/g, '').trim() : label;
}

/**
 * Could withoutRemarks(label) be month-shaped? Unless the (trimmed) label begins or ends with a
 * bracket, removing remarks keeps its first and last character, so they decide without a scan.
 */
function mayBeMonth(label: string): boolean {
  if (label.length === 0) return false;
  const first = label.charCodeAt(0);
  const last = label.charCodeAt(label.length - 1);
  if (first === 0x28 || first === 0xff08 || last === 0x29 || last === 0xff09) return true;
  // a period of months: 第一季度, 一季度, Q1, 上半年, 下半年, 全年实交
  if (PERIOD_FIRST.has(first)) return true;
  return last === 0x6708 || last === 0x4efd || (first >= 48 && first <= 57) || (first >= 0xff10 && first <= 0xff19);
}

/**
 * The month a header cell names, if it is shaped as one. Memoised: the same texts come back
 * on every row (a long-form dues sheet's "2025年3月", a roster's dates written as text).
 */
function readMonthHeader(label: string): Parsed<MonthKey & { span?: number }> {
  const bare = withoutRemarks(label);
  if (monthShaped(bare) && MONTH_HEADER.test(bare)) return parseMonthKey(bare);
  const period = PERIOD_HINT.test(bare) ? periodHeader(bare) : BAD;
  if (period.kind === 'ok' || bare === label) return period;
  // a period named by its months in brackets: 春季学期（1-6月）, a student branch paying by the term
  const inner = /[(（]\s*([^()（）]+?)\s*[)）]\s*$/.exec(label)?.[1];
  return inner && PERIOD_HINT.test(inner) ? periodHeader(inner) : BAD;
}

/** Only these can be period headers (text dates such as 2015.7.1 are turned away here). */
const PERIOD_HINT = /季|半年|^[Qq][1-4]|^(?:\d{4}\s*年\s*)?全年|^\d{1,2}\s*月?\s*[-~～—–至到]\s*\d/;

/** How a period header can begin: 第一季度, 一季度, Q1, 上半年, 下半年, 全年 (or a digit: 1-3月, 2025年第一季度). */
const PERIOD_FIRST = new Set([...'第一二三四Qq上下全'].map((c) => c.charCodeAt(0)));

/** A column of dues paid by the period (第一季度, 1-3月, 上半年, 全年; values/month.ts periodOf). */
function periodHeader(label: string): Parsed<MonthKey & { span?: number }> {
  const p = periodOf(label);
  return p ? { kind: 'ok', value: p } : BAD;
}

const monthHeaderMemo = memoText(readMonthHeader);

/** Long texts (ID numbers, 18 digits, one a member) are read directly: they would only churn the memo. */
function monthHeaderKey(label: string): Parsed<MonthKey & { span?: number }> {
  return label.length <= 12 ? monthHeaderMemo(label) : readMonthHeader(label);
}

/** Where a combined header or cell puts its parts: "主持人/记录人", "应到、实到人数" ("9/8"). */
export const COMBINED_SEPARATOR = /[/／、]/;

/**
 * A header naming two or three fields of one ledger in one cell ("主持人/记录人", "主持人、记录人"):
 * each part names a field, or the header is none. "应到/实到人数": a shared ending goes to every part.
 */
function combinedHeader(label: string): { kind: TableKind; field: FieldSpec; part: ColumnPart; text: string }[] {
  const texts = label.split(COMBINED_SEPARATOR).map((t) => t.trim());
  if (texts.length < 2 || texts.length > 3 || texts.some((t) => t === '')) return [];
  const last = texts[texts.length - 1];
  // the roster and the meetings read their fields through schemaFieldReader, which splits a combined
  // cell; the dues reader reads amounts whole, so "应交/实交" stays no header there
  for (const kind of ['members', 'meetings'] as const) {
    const out: { kind: TableKind; field: FieldSpec; part: ColumnPart; text: string }[] = [];
    for (const [index, t] of texts.entries()) {
      const hit = lookupHeader(t).find((h) => h.kind === kind && !h.weak)
        ?? lookupHeader(t + last.replace(/^[^人数]*/, '')).find((h) => h.kind === kind && !h.weak);
      if (!hit || out.some((o) => o.field.key === hit.field.key)) break;
      out.push({ kind, field: hit.field, part: { index, count: texts.length }, text: t });
    }
    if (out.length === texts.length) return out;
  }
  return [];
}

function rowHits(view: SheetView, row: number): RowHits {
  let hits: RowHits['hits'] | null = null;
  let months: MonthColumn[] | null = null;
  let matchedCount = 0;
  let unmatched = 0;
  let any = false;
  for (const col of view.filledCols(row)) {
    const cell = view.cell(row, col)!;
    let matched = false;
    if (typeof cell.v === 'string') {
      const label = cell.v.trim();
      for (const h of lookupHeader(label)) {
        if (h.kind === 'branch') continue;
        hits ??= new Map();
        let m = hits.get(h.kind);
        if (!m) hits.set(h.kind, (m = new Map()));
        const list = m.get(h.field.key) ?? [];
        list.push({ col, spec: h.field, weak: h.weak, rank: h.rank, label });
        m.set(h.field.key, list);
        matched = true;
      }
      // a data cell with a slash (a date, a list of names) turns away at its first character
      if (!matched && label.length <= 20 && COMBINED_SEPARATOR.test(label) && mayNameField(label)) {
        for (const { kind, field, part, text } of combinedHeader(label)) {
          hits ??= new Map();
          let m = hits.get(kind);
          if (!m) hits.set(kind, (m = new Map()));
          m.set(field.key, [...(m.get(field.key) ?? []), { col, spec: field, weak: false, rank: 0, label: text, part }]);
          matched = true;
        }
      }
      if (!matched && mayBeMonth(label)) {
        const mk = monthHeaderKey(label);
        if (mk.kind === 'ok') {
          const { span, ...key } = mk.value;
          (months ??= []).push(span ? { col, key, span, label } : { col, key, label });
          matched = true;
        }
      }
      // "2025年月应交": a dues field of one year's block; a cell merged across columns is a group heading
      const yf = !matched && label.length <= 24 && label.charCodeAt(4) === 0x5e74 ? yearAndField(label) : null;
      if (yf && !acrossColumns(view, row, col)) {
        for (const h of lookupHeader(yf.rest)) {
          if (h.kind !== 'dues' || h.weak || !yearlyField(h.field.key)) continue;
          hits ??= new Map();
          let m = hits.get('dues');
          if (!m) hits.set('dues', (m = new Map()));
          m.set(h.field.key, [...(m.get(h.field.key) ?? []), { col, spec: h.field, weak: false, rank: h.rank, label, year: yf.year }]);
          matched = true;
        }
      }
    } else if (typeof cell.v === 'number' && hits && isDateFormat(cell.f)) {
      // a month header typed as a date (2025-01 formatted as "yyyy年m月"); a number without a
      // date format is an amount (a 合计 row's 3324.92 is no 1909-02, corpus seed 2 #0030)
      const mk = parseMonthKey(cell.v, cell.f);
      if (mk.kind === 'ok' && mk.value.year != null && plausibleLedgerYear(mk.value.year)) {
        (months ??= []).push({ col, key: mk.value, label: cell.t ?? String(cell.v) });
        matched = true;
      }
    }
    if (matched) {
      any = true;
      matchedCount++;
    } else unmatched++;
  }
  if (!any) return NO_HITS;
  return { hits: hits ?? NO_HITS.hits, months: months ?? NO_HITS.months, mostlyMatched: matchedCount > unmatched, any };
}

function acrossColumns(view: SheetView, row: number, col: number): boolean {
  const m = view.mergeFrom(row, col);
  return m != null && m.right > m.left;
}

/** A field's candidates in the order assign() tries them: unyeared first, then the latest year's. */
function byRankAndYear(list: Hit[]): Hit[] {
  if (list.length < 2) return list;
  return [...list].sort((a, b) => (a.year ?? Infinity) === (b.year ?? Infinity) ? a.rank - b.rank : (b.year ?? Infinity) - (a.year ?? Infinity));
}

/** Per field written with years in front, each year's column (the lower header row's, as assign() prefers). */
function yearColumnsOf(kind: TableKind, rows: RowHits[], usedElsewhere: (col: number, key: string) => boolean): HeaderBlock['yearColumns'] {
  let out: HeaderBlock['yearColumns'];
  for (const r of rows) {
    for (const [key, list] of r.hits.get(kind) ?? []) {
      for (const h of list) {
        if (h.year == null || usedElsewhere(h.col, key)) continue;
        out ??= new Map();
        let byYear = out.get(key);
        if (!byYear) out.set(key, (byYear = new Map()));
        byYear.set(h.year, { col: h.col, label: h.label.replace(/\s+/g, '') });
      }
    }
  }
  return out;
}

/** Assign columns for one kind: strong headers first, weak ones to fields still free. */
function assign(kind: TableKind, rows: RowHits[]): Omit<HeaderBlock, 'row' | 'endRow' | 'score' | 'kind'> {
  const columns = new Map<string, number>();
  const labels = new Map<string, string>();
  const specs = new Map<string, FieldSpec>();
  const parts = new Map<string, ColumnPart>();
  const usedCols = new Set<number>();
  for (const weakPass of [false, true]) {
    // later rows (the lower header row) override, so go bottom-up
    for (let i = rows.length - 1; i >= 0; i--) {
      const m = rows[i].hits.get(kind);
      if (!m) continue;
      for (const [key, list] of m) {
        // 人员类别 and 党籍状态 both name the category: the better-ranked header wins
        const ranked = byRankAndYear(list);
        for (const h of ranked) {
          // the parts of a combined header share their column
          if (h.weak !== weakPass || columns.has(key) || (usedCols.has(h.col) && !(h.part && sharedBy(parts, columns, h.col)))) continue;
          columns.set(key, h.col);
          labels.set(key, h.label.replace(/\s+/g, ''));
          specs.set(key, h.spec);
          if (h.part) parts.set(key, h.part);
          usedCols.add(h.col);
        }
      }
    }
  }
  // another year's column of a field is no free column either
  const yearColumns = kind === 'dues' ? yearColumnsOf(kind, rows, (col, key) => usedCols.has(col) && columns.get(key) !== col) : undefined;
  if (yearColumns) for (const byYear of yearColumns.values()) for (const { col } of byYear.values()) usedCols.add(col);
  const months = kind === 'dues' ? withoutOverlaps(rows.flatMap((r) => r.months).filter((m) => !usedCols.has(m.col))) : [];
  const mapped = new Set<number>([...usedCols, ...months.map((m) => m.col)]);
  return yearColumns ? { columns, labels, specs, months, mapped, parts, yearColumns } : { columns, labels, specs, months, mapped, parts };
}

/**
 * Month columns that do not cover a month twice: beside 1月…12月, a 第一季度 or 全年合计 column is a
 * subtotal, not a payment. Narrower columns win; the order of the header is kept.
 */
function withoutOverlaps(months: MonthColumn[]): MonthColumn[] {
  if (!months.some((m) => m.span)) return months;
  const taken = new Set<string>();
  const kept = new Set<MonthColumn>();
  for (const m of [...months].sort((a, b) => (a.span ?? 1) - (b.span ?? 1))) {
    const covered = Array.from({ length: m.span ?? 1 }, (_, i) => `${m.key.year ?? ''}-${m.key.month + i}`);
    if (covered.some((k) => taken.has(k))) continue;
    for (const k of covered) taken.add(k);
    kept.add(m);
  }
  return months.filter((m) => kept.has(m));
}

/** Wide dues (1月 … 12月 columns) and long dues (a 月份 column) are different tables. */
export function duesForm(b: HeaderBlock): 'wide' | 'long' {
  return b.months.length > 0 && !b.columns.has('month') && !b.columns.has('monthRange') ? 'wide' : 'long';
}

/** Is this column taken only by parts of a combined header (so another part may join)? */
function sharedBy(parts: Map<string, ColumnPart>, columns: Map<string, number>, col: number): boolean {
  for (const [key, c] of columns) if (c === col && !parts.has(key)) return false;
  return true;
}

function score(kind: TableKind, columns: Map<string, number>, months: MonthColumn[]): number {
  let specific = 0;
  for (const key of columns.keys()) if (SPECIFIC[kind].has(key)) specific++;
  // month columns make a dues header only beside a named field (a roster row of dates is no header)
  if (kind === 'dues' && months.reduce((n, m) => n + (m.span ?? 1), 0) >= 3 && columns.size >= 1) specific += 2;
  const hasDate = kind === 'meetings' && columns.has('date');
  const passes = specific >= 2 || (specific >= 1 && (hasDate || columns.size >= 3));
  return passes ? specific * 10 + columns.size : 0;
}

/** Classify a header candidate (one or two rows) as the best-scoring ledger kind, or null. */
function classify(rows: RowHits[], top: number, bottom: number): HeaderBlock | null {
  let best: HeaderBlock | null = null;
  for (const kind of KINDS) {
    // no field of this kind named: no column, so score() is 0 whatever the months (data rows of
    // a long-form dues sheet, "2025年3月" on each, come here)
    if (!rows.some((r) => r.hits.has(kind))) continue;
    const a = assign(kind, rows);
    const s = score(kind, a.columns, a.months);
    if (s > 0 && (!best || s > best.score)) best = { kind, row: top, endRow: bottom, score: s, ...a };
  }
  return best;
}

/** Sub-headers of a month group that name the amount paid or due (实交 / 应交 …). */
function duesSubField(label: string): string | null {
  for (const h of lookupHeader(label)) if (h.kind === 'dues') return h.field.key;
  return null;
}

/**
 * A two-row header whose month cells span several columns, with sub-headers under each
 * (1月 over 应交 | 实交): the month is its 实交 column, its 应交 column is remembered, and
 * the sub-headers are the month's, not columns of the whole row. The span is the merge,
 * else the empty upper cells to the right (a file saved without merges).
 */
function monthGroups(view: SheetView, row: number, upper: RowHits, lower: RowHits): RowHits | null {
  if (upper.months.length === 0 || lower.hits.size === 0) return null;
  const upperCols = new Set(view.filledCols(row));
  const claimed = new Set<number>();
  const months: MonthColumn[] = [];
  for (const m of upper.months) {
    const merge = view.mergeFrom(row, m.col);
    let right = merge && merge.bottom === row ? merge.right : m.col;
    if (!merge) while (right < m.col + 3 && right < view.right && !upperCols.has(right + 1) && view.text(row + 1, right + 1) !== '') right++;
    if (right === m.col) {
      months.push(m);
      continue;
    }
    let paid: number | undefined;
    let due: number | undefined;
    for (let c = m.col; c <= right; c++) {
      const key = duesSubField(view.text(row + 1, c));
      if (key === 'paid') paid ??= c;
      else if (key === 'due') due ??= c;
      if (key != null) claimed.add(c);
    }
    months.push({ ...m, col: paid ?? (due === m.col ? m.col + 1 : m.col), dueCol: due });
  }
  if (claimed.size === 0) return null;
  const hits: RowHits['hits'] = new Map();
  for (const [kind, byKey] of lower.hits) {
    const kept = new Map<string, Hit[]>();
    for (const [key, list] of byKey) {
      const rest = list.filter((h) => !claimed.has(h.col));
      if (rest.length) kept.set(key, rest);
    }
    if (kept.size) hits.set(kind, kept);
  }
  return { ...upper, months, hits: mergeHits(upper.hits, hits) };
}

/** The hits of two rows as one (the upper row's first; assign() prefers the later entries of a field's list only by rank). */
function mergeHits(a: RowHits['hits'], b: RowHits['hits']): RowHits['hits'] {
  const out: RowHits['hits'] = new Map();
  for (const src of [a, b]) {
    for (const [kind, byKey] of src) {
      let m = out.get(kind);
      if (!m) out.set(kind, (m = new Map()));
      for (const [key, list] of byKey) m.set(key, [...(m.get(key) ?? []), ...list]);
    }
  }
  return out;
}

/**
 * Sub-labels that split one field's column in two (入党时间 over 预备 | 转正): which field each
 * sub-column is. A sub-label matching none of them leaves the parent's column where it is.
 */
const SPLITS: Readonly<Record<string, readonly [RegExp, string][]>> = {
  joinDate: [[/转正|正式/, 'fullDate'], [/预备|入党|接收|发展/, 'joinDate']],
};

/**
 * The row under a header holding only short labels inside the header's horizontally merged
 * cells (入党时间 over 预备 | 转正, 学历 over 全日制 | 在职): the header's second row, not a
 * member. Its labels that split the parent's field (SPLITS) become hits; null when the row is
 * anything else. Without saved merges nothing tells such a row from data, so it stays data.
 */
function subLabels(view: SheetView, row: number, upper: RowHits): RowHits | null {
  const cols = view.filledCols(row + 1);
  if (cols.length === 0) return null;
  const spans = new Map<number, { left: number; right: number }>();
  for (const c of view.filledCols(row)) {
    const m = view.mergeFrom(row, c);
    if (m && m.bottom === row && m.right > m.left) spans.set(c, m);
  }
  if (spans.size === 0) return null;
  // a data row fills a merged column once, at its left: sub-labels fill some span at least twice
  const perSpan = new Map<number, number>();
  const hits: RowHits['hits'] = new Map();
  for (const col of cols) {
    const v = view.cell(row + 1, col)!.v;
    const label = typeof v === 'string' ? v.trim() : '';
    if (label === '' || label.length > 10 || /^[\d\s.\-/年月日]+$/.test(label)) return null;
    const parent = [...spans].find(([, m]) => col >= m.left && col <= m.right);
    if (!parent) return null;
    perSpan.set(parent[0], (perSpan.get(parent[0]) ?? 0) + 1);
    for (const [kind, byKey] of upper.hits) {
      for (const [key, list] of byKey) {
        const h = list.find((x) => x.col === parent[0]);
        const split = h && SPLITS[key]?.find(([re]) => re.test(label));
        if (!h || !split) continue;
        const spec = lookupHeader(label).find((x) => x.kind === kind && x.field.key === split[1])?.field ?? specOf(upper, kind, split[1]) ?? h.spec;
        let m = hits.get(kind);
        if (!m) hits.set(kind, (m = new Map()));
        m.set(split[1], [{ col, spec, weak: false, rank: 0, label: `${h.label}（${label}）` }]);
      }
    }
  }
  if (![...perSpan.values()].some((n) => n >= 2)) return null;
  return { hits, months: [], mostlyMatched: true, any: true };
}

/** The spec of a field of `kind` that the upper row named (for a split sub-column). */
function specOf(upper: RowHits, kind: TableKind, key: string): FieldSpec | undefined {
  return upper.hits.get(kind)?.get(key)?.[0]?.spec;
}

/**
 * Every header block of a sheet, top to bottom. One pass over the rows; the
 * per-row work is a hash look-up per filled text cell.
 */
export function findHeaderBlocks(view: SheetView): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  let next: RowHits | null = null;
  for (let r = view.top; r <= view.bottom; r++) {
    const here = next ?? rowHits(view, r);
    next = null;
    if (!here.any) continue;
    const below = rowHits(view, r + 1);
    // the upper row of a two-row header names fields itself (姓名, 缴费情况 …), not only months
    if (here.hits.size > 0 && below.any && below.mostlyMatched) {
      const grouped = monthGroups(view, r, here, below);
      const dated = { ...below, months: yearsOverMonths(view, r, below.months) };
      const two = grouped ? classify([grouped], r, r + 1) : classify([here, dated], r, r + 1);
      if (two) {
        blocks.push(two);
        r++;
        continue;
      }
    }
    const one = classify([here], r, r);
    const sub = one ? subLabels(view, r, here) : null;
    const split = sub ? classify([here, sub], r, r + 1) : null;
    if (split && split.kind === one!.kind) {
      blocks.push(split);
      r++;
      continue;
    }
    if (one) blocks.push(one);
    next = below;
  }
  return blocks;
}
