/**
 * A ledger split over several sheets (三会一课 by quarter, 党费 by half-year, a roster in two
 * parts): the visible sheets whose header continues the one recognition chose. What is no
 * continuation stays out: a hidden sheet (often last year's copy), a header of another kind or
 * form or with other columns, a sheet whose name or title names another ledger year. A sheet of
 * one meeting type (named 党课, without a 会议类型 column) joins the 三会一课 as meetings of that type.
 */
import type { Finding } from '../findings/finding.js';
import type { LedgerSchema } from '../schema/field-spec.js';
import { toHalfWidth } from '../values/half-width.js';
import { compact } from '../values/cell-text.js';
import { isGenericType, parseMeetingTypes } from '../values/meeting-types.js';
import { smallNumber } from '../values/cn-number.js';
import { duesForm, type HeaderBlock } from './header-match.js';
import { plausibleLedgerYear } from './ledger-year.js';
import { mostCommon } from './most-common.js';
import type { SheetView } from './sheet-view.js';
import type { TableKind } from './synonym-index.js';
import { readTitles } from './titles.js';

/** One sheet's ledger of one kind: the sheet, its header blocks, and the first block of that kind. */
export interface Found {
  view: SheetView;
  blocks: HeaderBlock[];
  first: HeaderBlock;
}

// not a number of a row range: 导出数据(1001-2000) is a page of an export, not of the year 2000
const NAME_YEAR = /(?<![\d\-~～])((?:19|20)\d{2})(?![\d\-~～])/;

/** The year a sheet's name ("2024年党员名册", "党费2024") or its title rows name, if any. */
export function namedYear(f: Found): number | null {
  const m = NAME_YEAR.exec(toHalfWidth(f.view.name));
  if (m && plausibleLedgerYear(Number(m[1]))) return Number(m[1]);
  return readTitles(f.view, f.first.row).anyYear;
}

/**
 * A meetings sheet without a 会议类型 column whose name names one meeting type (a sheet "党课" or
 * "支委会会议记录" beside the 三会一课 sheet): the sheet name, which types its meetings; else null.
 */
export function sheetMeetingType(f: Found): string | null {
  return f.first.columns.has('typeText') ? null : sheetNamedType(f);
}

/**
 * A meetings sheet whose name names one meeting type, with a column of its own under a type-like
 * header or not (主题党日活动记录 with 活动形式 集中学习, 组织生活会记录 with 会议名称): the sheet
 * name, which types the rows whose own column names no type; else null.
 */
export function sheetNamedType(f: Found): string | null {
  if (f.first.kind !== 'meetings' || !f.first.columns.has('date')) return null;
  return namesOneType(f.view.name) ? f.view.name : null;
}

/**
 * A sheet name or title naming one meeting type (支委会会议记录, 党课); not the ledger's own name
 * (组织生活记录, 三会一课台账), whose 组织生活 is the umbrella word, not the 组织生活会.
 */
function namesOneType(text: string): boolean {
  const bare = compact(text).replace(/^\d{4}年度?/, '').replace(/(?:记录本?|记录表|台账|登记表?|情况)$/, '');
  return !isGenericType(bare) && parseMeetingTypes(text).length === 1;
}


/**
 * A meetings block without a 会议类型 column under a title naming one meeting type ("支委会会议记录",
 * "党课记录", a sheet keeping each type in a block of its own): the title, which types its meetings.
 */
export function blockMeetingType(view: SheetView, block: HeaderBlock): string | null {
  if (block.kind !== 'meetings' || block.columns.has('typeText')) return null;
  for (let r = block.row - 1; r >= Math.max(view.top, block.row - 2); r--) {
    const filled = view.filledCols(r);
    if (filled.length === 0) continue;
    if (filled.length > 1) return null;
    const text = view.text(r, filled[0]);
    return namesOneType(text) ? text : null;
  }
  return null;
}

/**
 * The numbered branch a sheet's name names ("第二党支部党员名册", "机关2支部党费" → "2"), or null. A
 * 党总支 may keep its branches' ledgers in one workbook, a sheet each: those are not parts of one
 * ledger. Only numbered names tell branches apart safely (名册 "财政局党支部" and 党费 "县财政局机关党支部"
 * are one branch written two ways); 党小组 sheets are parts of the branch's roster.
 */
export function sheetBranch(name: string): string | null {
  // a number's last digits are no branch: "2025党支部党费" is the year's sheet
  const m = /第?([一二三四五六七八九十]{1,3}|(?<!\d)\d{1,2})(?:党)?支部/.exec(toHalfWidth(name).replace(/\s+/g, ''));
  if (!m) return null;
  // 第一 and 第1 are one branch: the number in figures where it reads as one
  const n = smallNumber(m[1]);
  return Number.isNaN(n) ? m[1] : String(n);
}

/**
 * `b` continues the table headed by `a`: the same kind and form, every required column `a` has,
 * and at least two thirds of the fields of both in common (a copied header, perhaps a column more
 * or less; month columns aside, since each half-year sheet has its own).
 */
export function continuesHeader(schema: LedgerSchema, a: HeaderBlock, b: HeaderBlock): boolean {
  if (a.kind !== b.kind || duesForm(a) !== duesForm(b)) return false;
  for (const f of schema.fields) if (f.required && a.columns.has(f.key) && !b.columns.has(f.key)) return false;
  let common = 0;
  for (const key of a.columns.keys()) if (b.columns.has(key)) common++;
  return common * 3 >= (a.columns.size + b.columns.size - common) * 2;
}

/**
 * The chosen sheet and the sheets that may continue it, in workbook order, before their rows are
 * read (keepParts() then drops copies and sheets of another year's data). `ledgerYear` is the
 * 统计年度 where known: a sheet naming a year joins only a ledger of that year.
 */
export function candidateParts(views: SheetView[], blocks: HeaderBlock[][], kind: TableKind, chosen: Found, schema: LedgerSchema, ledgerYear: number | null): Found[] {
  // a ledger found only on a hidden sheet stays as it was: nothing visible continues an archive
  if (chosen.view.sheet.hidden) return [chosen];
  const year = namedYear(chosen) ?? ledgerYear;
  const out: Found[] = [];
  views.forEach((view, i) => {
    if (view === chosen.view) {
      out.push(chosen);
      return;
    }
    if (view.sheet.hidden) return;
    const first = blocks[i].find((b) => b.kind === kind);
    if (!first) return;
    const part = { view, blocks: blocks[i], first };
    if (!continuesHeader(schema, chosen.first, first) && sheetNamedType(part) == null) return;
    // another numbered branch's sheet (a 党总支's workbook) continues nothing of this one's
    const other = sheetBranch(view.name);
    if (other != null && other !== (sheetBranch(chosen.view.name) ?? other)) return;
    const own = namedYear(part);
    // "2024年党员名册" beside the 2025 one is last year's; beside a ledger of no known year, too
    if (own != null && own !== year) return;
    out.push(part);
  });
  return out;
}

/** A candidate sheet read: its records and the W findings reading it raised. */
export interface ReadPart<R> {
  found: Found;
  records: R[];
  issues: Finding[];
}

export interface PartTests<R> {
  /** what makes two records the same entry (a member's ID or name, a meeting's date and type) */
  key: (r: R) => string;
  /** the plausible years a record's data is of (meeting dates, dues months); none for a roster */
  years?: (r: R) => number[];
  /** the ledger year, where known; else the chosen sheet's most common data year */
  ledgerYear: number | null;
}

/**
 * Of the candidate sheets read, the chosen one and those that add to it, in workbook order. Out:
 * a sheet with no records; a copy or sub-list (every record already in the chosen sheet or an
 * earlier part: a "预备党员" list beside the roster); a sheet whose dated records are all of
 * another year (last year's 三会一课 would count twice).
 */
export function keepParts<R>(parts: ReadPart<R>[], chosen: Found, tests: PartTests<R>): ReadPart<R>[] {
  const main = parts.find((p) => p.found === chosen)!;
  if (parts.length === 1) return parts;
  const seen = new Set<string>();
  for (const r of main.records) seen.add(tests.key(r));
  const year = tests.ledgerYear ?? (tests.years ? mostCommon(main.records.flatMap(tests.years)) : null);
  const kept = new Set<ReadPart<R>>([main]);
  for (const p of parts) {
    if (p === main || p.records.length === 0) continue;
    const keys = p.records.map(tests.key);
    if (keys.every((k) => k === '' || seen.has(k))) continue;
    if (tests.years && year != null) {
      const years = p.records.flatMap(tests.years);
      if (years.length > 0 && !years.includes(year)) continue;
    }
    for (const k of keys) seen.add(k);
    kept.add(p);
  }
  return parts.filter((p) => kept.has(p));
}

/** A ledger read from the chosen sheet and the sheets that continue it. */
export interface SplitRead<L, R> {
  /** the chosen sheet's ledger */
  main: L;
  /** the ledgers of every sheet kept, in workbook order */
  kept: L[];
  /** their records, in workbook order */
  records: R[];
  /** the sheet names, where more than one was kept */
  sheets: string[] | undefined;
}

/**
 * Read the candidate sheets one by one, each with its own cells, and keep those that continue the
 * chosen one (keepParts); only the kept sheets' W findings reach `issues`.
 */
export function readParts<L, R>(candidates: Found[], chosen: Found, issues: Finding[], read: (f: Found, issues: Finding[]) => L, recordsOf: (l: L) => R[], tests: PartTests<R>): SplitRead<L, R> {
  // nearly every ledger is one sheet: read it straight into `issues`
  if (candidates.length === 1) {
    const main = read(chosen, issues);
    return { main, kept: [main], records: recordsOf(main), sheets: undefined };
  }
  const ledgers = new Map<Found, L>();
  const parts: ReadPart<R>[] = candidates.map((found) => {
    const own: Finding[] = [];
    const l = read(found, own);
    ledgers.set(found, l);
    return { found, records: recordsOf(l), issues: own };
  });
  const kept = keepParts(parts, chosen, tests);
  for (const p of kept) issues.push(...p.issues);
  return {
    main: ledgers.get(chosen)!,
    kept: kept.map((p) => ledgers.get(p.found)!),
    records: kept.flatMap((p) => p.records),
    sheets: kept.length > 1 ? kept.map((p) => p.found.view.name) : undefined,
  };
}
