/**
 * Recognition: Grid → Ledger (ARCHITECTURE.md "Ledger"). Each ledger is found by its
 * header content (synonyms of ledger/schema), never by position or sheet name; sheet
 * names only break ties. What cannot be found or read becomes W01–W03 (DOMAIN.md §3).
 */
import type { Finding } from '../findings/finding.js';
import type { Grid } from '../grid/grid.js';
import type { BranchInfo, DuesRecord, Ledger, Meeting, Member } from '../model/ledger.js';
import { BRANCH_SCHEMA } from '../schema/branch-schema.js';
import { DUES_LONG_SCHEMA } from '../schema/dues-schema.js';
import type { FieldSpec, LedgerSchema } from '../schema/field-spec.js';
import { MEETINGS_SCHEMA } from '../schema/meetings-schema.js';
import { MEMBERS_SCHEMA } from '../schema/members-schema.js';
import { compact } from '../values/cell-text.js';
import { branchLabels, distinctFields, emptyBranch, readBranch } from './branch-info.js';
import { typeTickColumns } from './type-ticks.js';
import { blockMeetingType, candidateParts, type Found, namedYear, readParts, sheetBranch, sheetMeetingType, sheetNamedType } from './continuation.js';
import { readDues } from './dues.js';
import { baseSheet, recordsPayments, withBases } from './dues-bases.js';
import { findHeaderBlocks, type HeaderBlock } from './header-match.js';
import { yearInFileName } from '../values/year.js';
import { columnMissing, dueColumnMissing, duesOfOtherYear, ledgerMissing, otherBranchSheets, severalBranches, sideBySideLedger } from './issues.js';
import { headingOver, sideBySideTables } from './side-by-side.js';
import { rosterBranches } from './roster-branches.js';
import { readMeetings } from './meetings.js';
import { reviewSheetMeetings } from './review-sheet.js';
import { agreedYear } from './agreed-year.js';
import { otherMeetingLayout } from './meeting-layouts.js';
import { isMinutesSheet, minutesOfOtherTypes, readMinutes } from './minutes-blocks.js';
import { MAX_LEDGER_YEAR, plausibleLedgerYear } from './ledger-year.js';
import { readMembers } from './members.js';
import { withInfoRoles } from './info-roles.js';
import { withNoteRoles } from './note-roles.js';
import { uncalculatedIssues } from './uncalculated.js';
import { ledgerSheets } from '../model/ledger-sheets.js';
import { RosterNames } from './roster-names.js';
import { ledgerYearOf } from './most-common.js';
import { SheetView } from './sheet-view.js';
import type { TableKind } from './synonym-index.js';
import { readTitles, type TitleInfo } from './titles.js';
import { transposedDuesSheet } from './transposed.js';
import { withoutReadableDates } from './undated-meetings.js';

const SCHEMAS: Record<TableKind, LedgerSchema> = { members: MEMBERS_SCHEMA, dues: DUES_LONG_SCHEMA, meetings: MEETINGS_SCHEMA };

function nameHint(sheetName: string, schema: LedgerSchema): boolean {
  const n = compact(sheetName);
  return schema.sheetNames.some((s) => n.includes(s) || (n.length >= 2 && s.includes(n)));
}

/** The best-scoring sheet holding a `kind` header, among those `accept` lets through. */
function pick(views: SheetView[], blocks: HeaderBlock[][], kind: TableKind, accept?: (f: Found) => boolean): Found | null {
  let best: Found | null = null;
  let bestScore = 0;
  views.forEach((view, i) => {
    const first = blocks[i].find((b) => b.kind === kind);
    if (!first || (accept && !accept({ view, blocks: blocks[i], first }))) return;
    // a hidden sheet often keeps last year's copy: visible sheets win ties; a dues header that records
    // no payment (a 缴费基数核定表, dues-bases.ts) is the ledger only where there is no other
    const s = first.score * 2 + (nameHint(view.name, SCHEMAS[kind]) ? 5 : 0) - (view.sheet.hidden ? 1 : 0)
      + (kind === 'dues' && recordsPayments(first) ? 1000 : 0);
    if (s > bestScore) {
      best = { view, blocks: blocks[i], first };
      bestScore = s;
    }
  });
  return best;
}

function field(schema: LedgerSchema, key: string): FieldSpec {
  return schema.fields.find((f) => f.key === key)!;
}

/** W02 for each required column the ledger lacks; returns the keys of those columns. */
function requireColumns(found: Found, schema: LedgerSchema, issues: Finding[]): string[] {
  const { first, view } = found;
  const missing: string[] = [];
  const lack = (f: FieldSpec, hint?: string) => { missing.push(f.key); issues.push(columnMissing(schema, view.name, first.row, f, hint)); };
  // a sheet named for one meeting type (支委会, 党课) types its meetings without a 会议类型 column
  const typedByName = schema.kind === 'meetings'
    && (sheetMeetingType(found) != null || blockMeetingType(view, first) != null || typeTickColumns(view, first).length > 0);
  // 月 and 日 in columns of their own stand for the 日期 (meetings.ts splitDate)
  const splitDate = schema.kind === 'meetings' && first.columns.has('monthPart') && first.columns.has('dayPart');
  for (const f of schema.fields) {
    if (f.required && !first.columns.has(f.key) && !(typedByName && f.key === 'typeText') && !(splitDate && f.key === 'date')) lack(f);
  }
  if (schema.kind === 'dues' && first.months.length === 0) {
    // without a 月份 column, each row's 缴费日期 tells its month (dues.ts longKeys)
    if (!first.columns.has('month') && !first.columns.has('monthRange') && !first.columns.has('paidDate')) {
      lack(field(schema, 'month'), '或使用“缴费起止月份”列，或改为 1月…12月 各占一列的横表');
    } else if (!first.columns.has('paid')) {
      lack(field(schema, 'paid'));
    }
  }
  return missing;
}

const EXPECTED: Record<TableKind, string[]> = {
  members: ['姓名', '身份证号', '入党时间'],
  dues: ['姓名', '缴费基数', '1月'],
  meetings: ['日期', '会议类型', '主题'],
};

/** The branch a national-system export names on its rows (所在党支部), read from the first row that has it. */
function branchFromRoster(f: Found): BranchInfo['name'] {
  const col = f.first.columns.get('branchName');
  if (col !== undefined) {
    for (let r = f.first.endRow + 1; r <= Math.min(f.view.bottom, f.first.endRow + 50); r++) {
      const text = f.view.text(r, col);
      if (/支部|党总支/.test(text)) return { value: text, raw: f.view.cell(r, col), ref: f.view.ref(r, col) };
    }
  }
  return { value: null, raw: null, ref: null };
}

/**
 * A workbook holding two years' ledgers ("2024年党费" beside "2025年党费"): each ledger is taken
 * from the sheet naming the 统计年度, or without one the latest year a ledger sheet names, when
 * the sheet first chosen names another year. Sheets naming no year are left as chosen.
 */
function preferLedgerYear(views: SheetView[], blocks: HeaderBlock[][], found: Record<TableKind, Found | null>, statYear: number | null, latest: number, cutoff: number): void {
  const kinds = ['members', 'dues', 'meetings'] as const;
  let year = statYear;
  if (year == null) {
    const named: number[] = [];
    views.forEach((view, i) => {
      if (view.sheet.hidden) return;
      for (const kind of kinds) {
        const first = blocks[i].find((b) => b.kind === kind);
        const y = first ? namedYear({ view, blocks: blocks[i], first }) : null;
        if (y != null && plausibleLedgerYear(y, latest)) named.push(y);
      }
    });
    // "2025年三会一课" beside "2026年三会一课" checked at 2025-12-31: the cutoff's year is the one
    // asked for; a year after it only where the workbook keeps nothing of the cutoff's year or before
    const upToCutoff = named.filter((y) => y <= cutoff);
    year = upToCutoff.length > 0 ? Math.max(...upToCutoff) : named.length > 0 ? Math.max(...named) : null;
  }
  if (year == null) return;
  for (const kind of kinds) {
    const f = found[kind];
    const own = f ? namedYear(f) : null;
    if (!f || own == null || own === year) continue;
    const better = pick(views, blocks, kind, (c) => !c.view.sheet.hidden && namedYear(c) === year);
    if (better) found[kind] = better;
  }
}

/**
 * A 党总支's workbook with each numbered branch's ledgers on sheets of their own ("第一党支部党员名册",
 * "第二党支部党费"): the ledgers of the branch the first ledger found belongs to, and one W01 naming
 * the other branches' sheets, which are not checked (a workbook is one branch's ledgers).
 */
function preferOneBranch(views: SheetView[], blocks: HeaderBlock[][], found: Record<TableKind, Found | null>, issues: Finding[]): void {
  const kinds = ['members', 'dues', 'meetings'] as const;
  const chosen = kinds.map((k) => found[k]).find((f) => f != null && sheetBranch(f.view.name) != null);
  if (!chosen) return;
  const branch = sheetBranch(chosen.view.name);
  const ours = (view: SheetView) => { const b = sheetBranch(view.name); return b == null || b === branch; };
  for (const kind of kinds) {
    const f = found[kind];
    if (f && !ours(f.view)) found[kind] = pick(views, blocks, kind, (c) => ours(c.view));
  }
  const others = views.filter((v, i) => !ours(v) && blocks[i].length > 0);
  if (others.length > 0) issues.push(otherBranchSheets(chosen.view.name, others.map((v) => v.name)));
}

function transposedHint(views: SheetView[]): string | undefined {
  const sheet = transposedDuesSheet(views);
  return sheet == null ? undefined : `工作表“${sheet}”似乎是按月份成行、党员成列的转置表，无法逐人核对；请改为每名党员一行（姓名、缴费基数、月应交、1月…12月各一列）。`;
}

/** The year of an ISO date or month, from its first four digits (12 000 dues months: no slicing). */
function yearOf(iso: string): number {
  return (iso.charCodeAt(0) - 48) * 1000 + (iso.charCodeAt(1) - 48) * 100 + (iso.charCodeAt(2) - 48) * 10 + (iso.charCodeAt(3) - 48);
}

function* dataYears(meetingYears: number[], dues: Ledger['dues'], latest: number): Generator<number> {
  yield* meetingYears;
  for (const r of dues?.records ?? []) {
    for (const m of r.months) {
      const y = yearOf(m.month);
      if (plausibleLedgerYear(y, latest)) yield y;
    }
  }
}

/** Same entry in two sheets: a member by name and ID, a meeting by date and type, a dues row by name and months. */
function memberKey(m: Member): string {
  const id = m.idNumber.value?.text ?? '';
  return m.nameKey || id ? `${m.nameKey}|${id}` : '';
}

function meetingKey(m: Meeting): string {
  const date = m.date.value?.date ?? '';
  return date || m.typeText.value ? `${date}|${m.typeText.value ?? ''}` : '';
}

function duesKey(r: DuesRecord): string {
  return r.nameKey ? `${r.nameKey}|${r.months.map((m) => m.month).join(',')}` : '';
}

export interface RecognizeOptions {
  /**
   * The latest year a ledger inferred from its data may be of (the as-of or today's year + 1);
   * without it only the fixed bounds of ledger-year.ts apply.
   */
  latestYear?: number;
  /**
   * The year of the as-of date (or today's): of a workbook's sheets naming several years, the latest
   * not after it is the ledger (preferLedgerYear). Without it, latestYear − 1.
   */
  cutoffYear?: number;
  /** the workbook's file name, for a year it names where nothing inside does ("2025年党建台账.xlsx") */
  fileName?: string;
}

export function recognize(grid: Grid, options: RecognizeOptions = {}): Ledger {
  const latest = options.latestYear ?? MAX_LEDGER_YEAR;
  const named = options.fileName ? yearInFileName(options.fileName) : null;
  const fileYear = named != null && plausibleLedgerYear(named, latest) ? named : null;
  const issues: Finding[] = [];
  const views = grid.sheets.map((s) => new SheetView(s));
  const blocks = views.map((v) => findHeaderBlocks(v));
  const found = {
    members: pick(views, blocks, 'members'),
    dues: pick(views, blocks, 'dues'),
    meetings: pick(views, blocks, 'meetings'),
  };
  // minutes whose label cells read as a header ("会议时间 | 2025-01-06 | 主持人 | 张三"): not a table;
  // a header with both 日期 and 会议类型 is a table's, whatever its cells say
  const table = found.meetings?.first.columns;
  if (found.meetings && !(table!.has('date') && table!.has('typeText')) && isMinutesSheet(found.meetings.view)) {
    const minutes = found.meetings.view;
    found.meetings = pick(views, blocks, 'meetings', (c) => c.view !== minutes);
  }
  const tableSheets = new Set([found.members, found.dues, found.meetings].filter((f): f is Found => f != null).map((f) => f.view));

  // 支部信息: the non-ledger sheet naming most branch fields, or an info block above the first table
  // of a ledger sheet (everything in one sheet); a subtitle's 填报单位/填报日期 is no such block
  let branch: BranchInfo = emptyBranch();
  let bestInfo: { view: SheetView; hits: ReturnType<typeof branchLabels>; score: number; above?: number } | null = null;
  for (const [i, view] of views.entries()) {
    const above = tableSheets.has(view) ? (blocks[i][0]?.row ?? view.top) - 1 : undefined;
    if (above !== undefined && above < view.top) continue;
    const hits = branchLabels(view, above);
    const fields = distinctFields(hits);
    const score = fields * 2 + (nameHint(view.name, BRANCH_SCHEMA) ? 1 : 0) - (above !== undefined ? 1 : 0);
    if (fields >= (above !== undefined ? 3 : 2) && (!bestInfo || score > bestInfo.score)) bestInfo = { view, hits, score, above };
  }
  if (bestInfo) branch = readBranch(bestInfo.view, bestInfo.hits, issues);
  preferLedgerYear(views, blocks, found, branch.year.value, latest, options.cutoffYear ?? latest - 1);
  preferOneBranch(views, blocks, found, issues);

  const titles = new Map<TableKind, TitleInfo>();
  for (const kind of ['members', 'dues', 'meetings'] as const) {
    const f = found[kind];
    if (f) titles.set(kind, readTitles(f.view, f.first.row));
  }
  const titleList = [...titles.values()];
  if (branch.name.value == null) {
    const named = titleList.find((t) => t.branch)?.branch;
    if (named) branch.name = named;
  }
  const nameFromRoster = branch.name.value == null && found.members != null;
  if (nameFromRoster) branch.name = branchFromRoster(found.members!);
  const statYear = branch.year.value ?? titleList.find((t) => t.statYear != null)?.statYear ?? null;

  // no 三会一课 table: a calendar grid or minutes in blocks may keep the records
  const otherMeetings = found.meetings ? null
    : otherMeetingLayout(views, new Set([found.members, found.dues].flatMap((f) => (f ? [f.view.name] : []))), statYear ?? titles.get('dues')?.anyYear ?? null, agreedYear([
      { year: branch.year.value, where: `工作表“${bestInfo?.view.name}”的统计年度` },
      ...(['members', 'dues'] as const).map((k) => ({ year: titles.get(k)?.anyYear ?? null, where: `工作表“${found[k]?.view.name}”的标题` })),
    ]));
  const missingColumns = new Map<TableKind, string[]>();
  for (const kind of ['members', 'dues', 'meetings'] as const) {
    const f = found[kind];
    if (f) missingColumns.set(kind, requireColumns(f, SCHEMAS[kind], issues));
    else if (!(kind === 'meetings' && otherMeetings?.readable)) {
      // looked for only when the ledger is missing: the hint scans every sheet
      const hint = kind === 'dues' ? transposedHint(views) : kind === 'meetings' ? otherMeetings?.hint : undefined;
      issues.push(ledgerMissing(SCHEMAS[kind], EXPECTED[kind], hint));
    }
    // more tables of the ledger beside the one read: say they were not
    const side = f ? sideBySideTables(f.view, f.first) : [];
    if (side.length > 0) issues.push(sideBySideLedger(SCHEMAS[kind], headingOver(f!.view, f!.first.row - 1, f!.first.columns.get(kind === 'meetings' ? 'date' : 'name')!), side));
  }
  const lacking = (kind: TableKind) => { const m = missingColumns.get(kind) ?? []; return m.length ? { missingColumns: m } : {}; };

  // a ledger split over several sheets is read from all of them, each record keeping its own cells
  const parts = (kind: TableKind): Found[] => candidateParts(views, blocks, kind, found[kind]!, SCHEMAS[kind], statYear);
  const plausible = (ys: number[]): number[] => ys.filter((y) => plausibleLedgerYear(y, latest));
  let members: Ledger['members'] = null;
  if (found.members) {
    const split = readParts(parts('members'), found.members, issues, (f, own) => readMembers(f.view, f.blocks, f.first, own), (l) => l.members, {
      key: memberKey, ledgerYear: statYear,
    });
    members = split.sheets ? { ...split.main, sheets: split.sheets, members: split.records } : split.main;
    // no 党内职务 column: the offices the info sheet names (支部书记 | 卢刚) are the members'
    if (bestInfo) members = withInfoRoles(members, bestInfo.view, bestInfo.above);
    // nor those: the offices written in the roster's own 备注 (支部书记, 组织委员)
    members = withNoteRoles(members);
    const branches = rosterBranches(found.members, members.members);
    if (branches.length > 1) {
      const f = found.members;
      const col = f.first.columns.get('branchName')!;
      issues.push(severalBranches(MEMBERS_SCHEMA, f.view.ref(f.first.row, col), f.view.text(f.first.row, col), branches));
      // the first row's branch is not this workbook's name: the file name is
      if (nameFromRoster) branch.name = { value: null, raw: null, ref: null };
    }
  }
  const rosterNames = new RosterNames(members?.members.map((m) => m.nameKey) ?? []);
  let meetings: Ledger['meetings'] = null;
  if (found.meetings) {
    const meetingsYear = titles.get('meetings')?.anyYear ?? statYear ?? titles.get('dues')?.anyYear ?? fileYear;
    const split = readParts(parts('meetings'), found.meetings, issues, (f, own) => readMeetings(f.view, f.blocks, f.first, own, {
      // a day written without its year ("1月5日") is of the year the sheet's title (or the ledger) names
      year: (f === found.meetings ? null : readTitles(f.view, f.first.row).anyYear) ?? meetingsYear,
      roster: rosterNames,
      sheetType: sheetNamedType(f),
    }), (l) => l.meetings, {
      key: meetingKey, years: (m) => plausible(m.date.value ? [yearOf(m.date.value.date)] : []), ledgerYear: statYear,
    });
    meetings = withoutReadableDates({ ...(split.sheets ? { ...split.main, sheets: split.sheets, meetings: split.records } : split.main), ...lacking('meetings') }, issues);
  } else if (otherMeetings?.readable) {
    meetings = otherMeetings.read(issues, rosterNames);
  }
  if (meetings) {
    // 民主评议 kept as a sheet of grades, dated above the table, beside the 三会一课 records
    const reviews = reviewSheetMeetings(views, new Set([members, meetings].flatMap((l) => (l ? ledgerSheets(l) : []))));
    if (reviews.length > 0) meetings = { ...meetings, meetings: [...meetings.meetings, ...reviews] };
    // 组织生活会 and 民主评议 written up as minutes on a sheet of their own, beside records keeping none
    // the 支部信息 sheet (成立时间：…, 换届时间：…) keeps no minutes: not scanned for them
    const infoSheet = bestInfo && bestInfo.above === undefined ? [bestInfo.view.name] : [];
    const others = new Set([...[members, meetings].flatMap((l) => (l ? ledgerSheets(l) : [])), ...(found.dues ? [found.dues.view.name] : []), ...infoSheet]);
    const apart = minutesOfOtherTypes(views, others, new Set(meetings.meetings.flatMap((m) => m.types)));
    if (apart) meetings = { ...meetings, meetings: [...meetings.meetings, ...readMinutes(apart, issues, rosterNames, statYear ?? titles.get('dues')?.anyYear ?? null).meetings] };
  }
  const meetingYears: number[] = [];
  for (const m of meetings?.meetings ?? []) {
    if (!m.date.value) continue;
    const y = yearOf(m.date.value.date);
    if (plausibleLedgerYear(y, latest)) meetingYears.push(y);
  }
  let dues: Ledger['dues'] = null;
  if (found.dues) {
    // month columns without a year are of the year the title names, else the sheet name ("2024年党费")
    const chosenTitle = titles.get('dues')?.anyYear ?? namedYear(found.dues);
    const hints = (f: Found) => ({
      // a part without a title of its own is of the year the chosen sheet's title names
      sheetTitle: f === found.dues ? chosenTitle : readTitles(f.view, f.first.row).anyYear ?? chosenTitle,
      ledgerYear: statYear,
      meetings: ledgerYearOf(meetingYears),
      fileName: fileYear,
      latestYear: latest,
    });
    const duesParts = parts('dues');
    const split = readParts(duesParts, found.dues, issues, (f, own) => readDues(f.view, f.blocks, f.first, own, hints(f), rosterNames), (l) => l.records, {
      key: duesKey, years: (r) => plausible(r.months.map((m) => yearOf(m.month))), ledgerYear: statYear,
    });
    dues = split.sheets
      ? { ...split.main, sheets: split.sheets, records: split.records, roundedHeader: split.kept.some((l) => l.roundedHeader) }
      : split.main;
    // the months read without a year (dues.ts) lack as a missing column does
    const missing = [...new Set([...(dues.missingColumns ?? []), ...(missingColumns.get('dues') ?? [])])];
    dues = missing.length ? { ...dues, missingColumns: missing } : dues;
    // the base on a sheet of its own: what it cannot read is its own business (only the dues ledger is reported)
    const bases = recordsPayments(found.dues.first) ? baseSheet(views, blocks, duesParts, dues.records) : null;
    if (bases) dues = { ...dues, records: withBases(dues.records, readDues(bases.view, bases.blocks, bases.first, [], hints(bases), rosterNames).records) };
    // payments alone (a payment platform's export): nothing wrong, but nothing to judge the amounts by;
    // where a W02 already says the dues cannot be counted, that says enough
    if (!dues.missingColumns?.length && dues.records.length > 0 && dues.records.every((r) => r.due.ref == null && r.base.ref == null)) issues.push(dueColumnMissing(dues.sheet, dues.headerRow));
  }
  const year = statYear ?? ledgerYearOf(dataYears(meetingYears, dues, latest));
  if (dues && statYear != null) {
    const years = new Set<number>();
    for (const r of dues.records) for (const m of r.months) years.add(yearOf(m.month));
    if (years.size > 0 && !years.has(statYear)) issues.push(duesOfOtherYear(DUES_LONG_SCHEMA, dues.sheet, [...years].sort((a, b) => a - b), statYear));
  }
  // formulas saved without their results (a file another program wrote): said once per sheet
  const read = new Set([members, dues, meetings].flatMap((l) => (l ? ledgerSheets(l) : [])));
  issues.push(...uncalculatedIssues(views, read, new Set(dues ? ledgerSheets(dues) : [])));

  return { branch, members, dues, meetings, year, issues };
}
