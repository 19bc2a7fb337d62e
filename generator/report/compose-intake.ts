/**
 * The summary's account of what was received (DOMAIN.md §4: the report says what was examined): how
 * many workbooks, which could not be read and why, which branches sent more than one (counted once),
 * which branches were judged at another 统计截止日期 than the one the summary states, and which sent an
 * earlier year's ledger judged at the same date (its figures are that year's) — a sentence
 * at the head of 一、基本情况 and, when any of that happened, an annex listing the files.
 */
import type { BranchDigest } from '../../ledger/stats/stats-types.js';
import type { ParagraphBlock, ReportAnnex, TableBlock } from './document-model.js';
import { para } from './document-model.js';
import { cnDate, nameList } from './format.js';
import { batchCutoff, yearBeforeCutoff } from './batch-cutoff.js';
import { countOnce, duplicateBranches, reasonText, shortReason, shownNames, type DuplicateBranch, type Intake, type Submission } from './intake.js';
import type { IntakeTexts, TemplateText } from './template-bank.js';
import type { VarValues } from './template-vars.js';
import { fillPlaceholders, scanPlaceholders } from './placeholders.js';

type Fill = (t: TemplateText, extra?: VarValues) => string;

export interface IntakeFacts {
  submissions: Submission[];
  unreadable: Submission[];
  duplicates: DuplicateBranch[];
  /** the summary's cutoff */
  cutoff: string;
  /** branch digest by file, every workbook read (counted or not) */
  byFile: Map<string, BranchDigest>;
  /** counted branches whose ledgers name no year, judged at the summary's cutoff (dated ones set it) */
  undated: BranchDigest[];
  /** counted branches judged at another cutoff */
  otherCutoff: BranchDigest[];
  /**
   * counted branches judged at the summary's cutoff whose ledger is of an earlier year than the
   * summary's (--as-of given, last year's workbook sent). A later year's is named in the points it
   * cannot be counted for (uncounted-text.ts).
   */
  otherYear: BranchDigest[];
  /** each file as the report names it: its file name, with its folder where two are named alike */
  shown: (file: string) => string;
}

/** `all`: every digest read; `counted`: the ones the summary counts (countOnce). Without an intake: what was read. */
export function intakeFacts(intake: Intake | undefined, all: BranchDigest[], counted: BranchDigest[], cutoff: string): IntakeFacts {
  const submissions = intake?.submissions ?? all.map((d) => ({ file: d.file, branch: d.stats.branch, report: null, error: null }));
  const anyDated = counted.some((d) => d.stats.year != null);
  return {
    submissions,
    unreadable: submissions.filter((s) => s.error),
    duplicates: duplicateBranches(submissions, counted.map((d) => d.file)),
    cutoff,
    byFile: new Map(all.map((d) => [d.file, d])),
    undated: intake?.asOfGiven || !anyDated ? [] : counted.filter((d) => d.stats.year == null && d.stats.asOf === cutoff),
    otherCutoff: counted.filter((d) => d.stats.asOf !== cutoff),
    otherYear: earlierYears(counted, cutoff),
    shown: shownOf(submissions.map((s) => s.file)),
  };
}

function earlierYears(counted: BranchDigest[], cutoff: string): BranchDigest[] {
  return cutoff ? counted.filter((d) => d.stats.asOf === cutoff && yearBeforeCutoff(d.stats.year, cutoff)) : [];
}

function shownOf(files: string[]): (file: string) => string {
  const names = shownNames(files);
  return (file) => names.get(file) ?? file;
}

/** The facts as the summary report states them: `all` the digests read, in input order. */
export function intakeFactsOf(intake: Intake, all: BranchDigest[]): IntakeFacts {
  const counted = countOnce(all);
  return intakeFacts(intake, all, counted, batchCutoff(counted.map((d) => d.stats)) ?? '');
}

/** Anything beyond "all received, all read, one each, one date": then the annex lists the files. */
export function needsIntakeAnnex(f: IntakeFacts): boolean {
  return f.unreadable.length > 0 || f.duplicates.length > 0 || f.undated.length > 0 || f.otherCutoff.length > 0 || f.otherYear.length > 0;
}

export function intakeParagraph(t: IntakeTexts, f: IntakeFacts, annexRef: string, fill: Fill): ParagraphBlock {
  const vars: VarValues = {
    收到工作簿数: String(f.submissions.length),
    读取成功数: String(f.submissions.length - f.unreadable.length),
    无法读取数: String(f.unreadable.length),
    无法读取原因: reasonCounts(f.unreadable),
    报送情况附件: annexRef,
    重复报送情况: duplicatesPhrase(f.duplicates, f.shown),
    未写年度支部名单: nameList(f.undated.map((d) => d.stats.branch)),
    // a bank without other_year says those branches with the other cutoffs, as it always did
    其他截止日期情况: otherCutoffPhrase(t.otherYear ? f.otherCutoff : [...f.otherCutoff, ...f.otherYear]),
    其他年度情况: otherYearPhrase(f.otherYear),
  };
  const allRead = f.submissions.length === 1 && t.oneRead ? t.oneRead
    : f.duplicates.length && t.allReadDuplicates ? t.allReadDuplicates : t.allRead;
  const parts = [fill(f.unreadable.length ? t.someUnreadable : allRead, vars)];
  if (f.duplicates.length) parts.push(fill(t.duplicate, vars));
  if (f.undated.length) parts.push(fill(t.undated, vars));
  if (f.otherCutoff.length || (f.otherYear.length && !t.otherYear)) parts.push(fill(t.otherCutoff, vars));
  // "与本次调研的2025年度不同": the cutoff's year, though most branches sent 2024's
  if (f.otherYear.length && t.otherYear) parts.push(fill(t.otherYear, { ...vars, 年度: f.cutoff.slice(0, 4) }));
  return para(parts.join(''));
}

/** Up to this many branches sent twice, and this many files of each, are named in the paragraph; the annex lists all. */
const DUPLICATE_BRANCHES_NAMED = 10;
const DUPLICATE_FILES_NAMED = 3;

/**
 * "县交通局党支部报送了2份台账（初报.xlsx、补报.xlsx）；…", capped: a branch that sent 49 workbooks
 * had all 49 names in one sentence of the report's body.
 */
function duplicatesPhrase(ds: DuplicateBranch[], nameOf: (file: string) => string): string {
  const named = ds.slice(0, DUPLICATE_BRANCHES_NAMED).map((d) => {
    const files = d.submissions.map((s) => nameOf(s.file));
    const shown = files.length > DUPLICATE_FILES_NAMED ? `${files.slice(0, DUPLICATE_FILES_NAMED).join('、')}等` : files.join('、');
    return `${d.branch}报送了${files.length}份台账（${shown}）`;
  });
  const more = ds.length - named.length;
  return named.join('；') + (more > 0 ? `；另有${more}个支部各报送了多份台账` : '');
}

/** "Excel 97-2003格式（.xls）2份、空白工作簿1份", in the order first met. */
function reasonCounts(list: Submission[]): string {
  const counts = new Map<string, number>();
  for (const s of list) {
    const r = shortReason(s.error?.code ?? '');
    counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  return [...counts].map(([r, n]) => `${r}${n}份`).join('、');
}

/** "县审计局党支部的台账为2024年度，统计截止日期为2024年12月31日；…", one clause per date and reason. */
function otherCutoffPhrase(ds: BranchDigest[]): string {
  const groups = new Map<string, BranchDigest[]>();
  for (const d of ds) {
    const key = `${d.stats.year ?? ''}|${d.stats.asOf}`;
    const g = groups.get(key);
    if (g) g.push(d);
    else groups.set(key, [d]);
  }
  return [...groups.values()].map((g) => {
    const { year, asOf } = g[0].stats;
    return `${nameList(g.map((d) => d.stats.branch))}的台账${yearClause(year)}，统计截止日期为${cnDate(asOf)}`;
  }).join('；');
}

/** "县审计局党支部的台账为2024年度；甲、乙2个支部的台账为2023年度": one clause per year, latest first. */
function otherYearPhrase(ds: BranchDigest[]): string {
  const years = [...new Set(ds.map((d) => d.stats.year!))].sort((a, b) => b - a);
  return years.map((y) => `${nameList(ds.filter((d) => d.stats.year === y).map((d) => d.stats.branch))}的台账${yearClause(y)}`).join('；');
}

/**
 * A branch report on an earlier year's ledger judged at a later cutoff (--as-of 2025-12-31, a 2024
 * workbook sent): the summary's other_year sentence said of the branch ("该支部的台账为2024年度，与本次调研的
 * 2025年度不同，其数字为台账所记年度的情况。"), else its figures read as the cutoff year's. '' where the bank
 * has no such sentence, or one naming what a branch report has no value for (a summary figure).
 */
export function branchOtherYearSentence(t: IntakeTexts | null, ledgerYear: number, cutoffYear: number, values: VarValues): string {
  if (!t?.otherYear) return '';
  const vars: VarValues = { ...values, 其他年度情况: `该支部的台账${yearClause(ledgerYear)}`, 年度: String(cutoffYear) };
  const names = scanPlaceholders(t.otherYear.text);
  if (!names.ok || names.names.some((n) => vars[n] === undefined)) return '';
  return fillPlaceholders(t.otherYear.text, vars, () => { throw new Error('unreachable'); });
}

function yearClause(year: number | null): string {
  return year == null ? '未写明统计年度' : `为${year}年度`;
}

/** Every workbook received with what befell it (nothing, for one read and counted at the common cutoff). */
export interface SubmissionNotes {
  submission: Submission;
  /** its branch as read; null when it could not be read */
  digest: BranchDigest | null;
  notes: string[];
}

export function submissionNotes(f: IntakeFacts): SubmissionNotes[] {
  const dupOf = new Map<string, DuplicateBranch>();
  for (const d of f.duplicates) for (const s of d.submissions) dupOf.set(s.file, d);
  const undated = new Set(f.undated.map((d) => d.file));
  const other = new Set(f.otherCutoff.map((d) => d.file));
  const earlier = new Set(f.otherYear.map((d) => d.file));
  return f.submissions.map((s) => {
    const notes: string[] = [];
    if (s.error) notes.push(`无法读取，未纳入统计。${reasonText(s)}`);
    const dup = dupOf.get(s.file);
    if (dup) {
      const last = dup.counted;
      // one other file is named; with more, every row naming all the others repeats the list n times
      const others = dup.submissions.length <= 2
        ? `与${dup.submissions.filter((x) => x !== s).map((x) => f.shown(x.file)).join('、')}为同一支部重复报送`
        : `同一支部共报送${dup.submissions.length}份`;
      notes.push(s === last ? `${others}，汇总计入此份` : `${others}，未计入汇总（以${f.shown(last.file)}为准）`);
    }
    const d = s.error ? null : f.byFile.get(s.file) ?? null;
    if (d && undated.has(s.file)) notes.push(`台账未写明统计年度，按多数支部的统计截止日期${cnDate(f.cutoff)}统计`);
    if (d && other.has(s.file)) notes.push(`台账${yearClause(d.stats.year)}，统计截止日期为${cnDate(d.stats.asOf)}`);
    if (d && earlier.has(s.file)) notes.push(`报送的是${d.stats.year}年度台账（本次调研为${f.cutoff.slice(0, 4)}年度），其数字为${d.stats.year}年度的情况`);
    return { submission: s, digest: d, notes };
  });
}

/** 报送工作簿情况说明: each file the paragraph speaks of, with what happened to it and its report. */
export function intakeAnnex(t: IntakeTexts, label: string, f: IntakeFacts, fill: Fill): ReportAnnex {
  const rows: string[][] = [];
  for (const { submission: s, notes } of submissionNotes(f)) {
    if (notes.length === 0) continue;
    const report = s.report ? [`报告文件：${s.report}`] : [];
    rows.push([String(rows.length + 1), f.shown(s.file), s.branch, [...notes, ...report].join('；')]);
  }
  const table: TableBlock = {
    kind: 'table', title: '',
    header: ['序号', '文件', '支部', '情况说明'],
    rows, widths: [7, 27, 18, 48], numeric: [true, false, false, false], small: true,
  };
  return { label, title: fill(t.annexTitle), blocks: [table] };
}
