/**
 * The bulk run behind `dangjian report`: every workbook through read → check → digest → report,
 * on a pool of worker threads, outputs named and written in input order (deterministic), each one
 * atomically, with an up-to-date manifest so a rerun skips what is already done and a killed run
 * loses nothing but the files in flight.
 *
 * Without --as-of, a workbook whose ledgers name no 统计年度 is judged at today (DOMAIN.md §3), which
 * only the other workbooks can correct: once all are read, such a workbook is judged again at the
 * cutoff most dated branches share (batch-cutoff.ts). Only those few files are read twice; nothing
 * but the digests is held meanwhile.
 */
import { annotateFailureMessage } from '../annotate/annotate-failure.js';
import { access, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { BranchDigest } from '../../ledger/stats/stats-types.js';
import { annotateWorkbook } from '../annotate/annotate-workbook.js';
import { FINDINGS_WORKBOOK_NAME, writeFindingsWorkbook } from '../findings-workbook/write-findings-workbook.js';
import { cleanStaleTemps, writeFileAtomic } from '../output/atomic-write.js';
import { hashFile, hashTree, hashValue } from '../output/content-hash.js';
import { Manifest, type FileEntry } from '../output/manifest.js';
import { packageVersion } from '../output/package-root.js';
import { defaultTemplateDir } from '../report/load-template-bank.js';
import { StemAllocator } from '../output/safe-name.js';
import { undatedCutoff } from '../report/batch-cutoff.js';
import { countOnce, duplicateBranches, type DuplicateBranch, type Submission } from '../report/intake.js';
import { ReportNames } from './report-name.js';
import { runFileTask, type FileOutcome, type RunOptions } from './file-task.js';
import { renderBranchReport, renderSummaryReport } from './report-api.js';
import { SummaryFold } from './summary-fold.js';
import { WorkerPool } from './worker-pool.js';
import { workerScript } from './worker-script.js';

export const SUMMARY_REPORT_NAME = '汇总调研报告.docx';
export const ANNOTATED_SUFFIX = '_问题标注.xlsx';
/** bump when the outputs change shape for the same inputs */
const FORMAT_VERSION = 3;
/** below this many files to process, threads cost more than they save */
const MIN_FILES_FOR_WORKERS = 4;

export interface BulkOptions {
  files: string[];
  /** absolute, existing, writable (see prepareOutputDir) */
  outDir: string;
  run: RunOptions;
  force: boolean;
  /** worker threads; default: available cores, at most 4 */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface BulkFailure {
  file: string;
  code: string;
  message: string;
}

export interface BulkResult {
  total: number;
  /** branches whose reports were (re)written */
  written: number;
  /** branches already up to date */
  skipped: number;
  failures: BulkFailure[];
  /** problems that did not stop a branch (e.g. an annotated copy that could not be made) */
  warnings: string[];
  /** every branch read, in input order (a branch that sent two workbooks is here twice) */
  fold: SummaryFold;
  /** what the summary counts: each branch once (its last workbook) */
  counted: SummaryFold;
  /** every workbook, read or not, in input order, with the report written for it */
  submissions: Submission[];
  /** branches that sent more than one workbook */
  duplicates: DuplicateBranch[];
  /** workbooks without a 统计年度 judged at the cutoff most dated branches share (none without --as-of or dated branches) */
  undated: { file: string; branch: string; asOf: string }[];
  summaryWritten: boolean;
  outputs: string[];
}

type Prepared =
  | { kind: 'fresh'; file: string; key: string; outcome: FileOutcome }
  | { kind: 'cached'; file: string; key: string; entry: FileEntry };

export async function runBulk(opts: BulkOptions): Promise<BulkResult> {
  const { outDir, run } = opts;
  await cleanStaleTemps(outDir);
  const manifest = await Manifest.load(outDir);
  const templateHash = await hashTree(run.templateDir ?? defaultTemplateDir());
  const optionsKey = hashValue({ FORMAT_VERSION, version: packageVersion(), run, templateHash });
  // the title is the summary's alone (branch reports are titled by branch): a new --title remakes only the summary
  const fileOptionsKey = hashValue({ FORMAT_VERSION, version: packageVersion(), run: { ...run, texts: { ...run.texts, title: undefined } }, templateHash });

  const total = opts.files.length;
  const result: BulkResult = {
    total, written: 0, skipped: 0, failures: [], warnings: [], fold: new SummaryFold(), counted: new SummaryFold(),
    submissions: [], duplicates: [], undated: [], summaryWritten: false, outputs: [],
  };
  // outputs an earlier run wrote for a workbook now named differently: removed once this run is done
  const superseded: string[] = [];
  const names = new ReportNames(new StemAllocator([stemOf(SUMMARY_REPORT_NAME), stemOf(FINDINGS_WORKBOOK_NAME)]));
  const fileKeys: string[] = [];
  // workbooks whose ledgers name no year, judged at today: judged again once the batch's cutoff is known
  const undated: Undated[] = [];
  const noteUndated = (digest: BranchDigest, u: Omit<Undated, 'index'>) => {
    if (digest.stats.year == null && !run.check.asOf) undated.push({ ...u, index: result.fold.digests.length - 1 });
  };

  const script = workerScript();
  const size = Math.max(1, Math.min(opts.workers ?? Math.min(availableParallelism(), 4), total));
  const pool = script && size > 1 && total >= MIN_FILES_FOR_WORKERS ? new WorkerPool(script, size) : null;

  const work = (file: string, options: RunOptions): Promise<FileOutcome> => {
    const task = { file, options };
    return pool ? pool.run(task).catch((e: Error) => crashOutcome(file, e)) : runFileTask(task);
  };

  const prepare = async (file: string): Promise<Prepared> => {
    const key = hashValue([fileOptionsKey, await hashFile(file).catch(() => 'unreadable')]);
    const entry = manifest.files.get(resolve(file));
    if (!opts.force && entry && entry.key === key) return { kind: 'cached', file, key, entry };
    return { kind: 'fresh', file, key, outcome: await work(file, run) };
  };

  const consume = async (p: Prepared): Promise<void> => {
    if (p.kind === 'cached') await consumeCached(p.file, p.key, p.entry);
    else await consumeFresh(p.file, p.key, p.outcome);
    opts.onProgress?.(result.failures.length + result.written + result.skipped, total);
  };

  const consumeFresh = async (file: string, key: string, o: FileOutcome): Promise<void> => {
    if (o.error || !o.digest || !o.report) {
      const error = { code: o.error?.code ?? 'INTERNAL', message: o.error?.message ?? `文件“${file}”处理失败。` };
      result.failures.push({ file, ...error });
      result.submissions.push({ file, branch: o.branch, report: null, error });
      return;
    }
    if (o.annotateError) result.warnings.push(o.annotateError);
    const stem = names.allocate(o.branch, file);
    const outputs = [`${stem}.docx`];
    await writeFileAtomic(join(outDir, outputs[0]), o.report);
    if (o.annotated) {
      outputs.push(stem + ANNOTATED_SUFFIX);
      await writeFileAtomic(join(outDir, outputs[1]), o.annotated);
    }
    superseded.push(...(manifest.files.get(resolve(file))?.outputs ?? []));
    await manifest.record({ kind: 'file', input: resolve(file), key, stem, outputs, digest: o.digest });
    fileKeys.push(`${key}:${stem}`);
    result.written++;
    result.outputs.push(...outputs);
    result.fold.add(o.digest);
    result.submissions.push({ file, branch: o.branch, report: outputs[0], error: null });
    noteUndated(o.digest, { file, key, stem, cached: false });
  };

  const consumeCached = async (file: string, key: string, entry: FileEntry): Promise<void> => {
    const digest: BranchDigest = { ...entry.digest, file };
    const stem = names.allocate(digest.stats.branch, file);
    const outputs = [`${stem}.docx`, ...(run.annotate ? [stem + ANNOTATED_SUFFIX] : [])];
    const upToDate = stem === entry.stem && sameList(outputs, entry.outputs) && (await allExist(outDir, outputs));
    if (upToDate) {
      result.skipped++;
    } else {
      // named differently this time, or an output was deleted: make it again from the kept digest
      await writeFileAtomic(join(outDir, outputs[0]), await renderBranchReport(digest, run.templateDir, run.texts));
      if (run.annotate) {
        try {
          await writeFileAtomic(join(outDir, outputs[1]), await annotateWorkbook(file, digest.findings, { branch: digest.stats.branch, file, sheets: digest.stats.sheets }));
        } catch {
          result.warnings.push(annotateFailureMessage(file));
          outputs.pop();
        }
      }
      superseded.push(...entry.outputs);
      await manifest.record({ ...entry, input: resolve(file), key, stem, outputs, digest });
      result.written++;
    }
    fileKeys.push(`${key}:${stem}`);
    result.outputs.push(...outputs);
    result.fold.add(digest);
    result.submissions.push({ file, branch: digest.stats.branch, report: outputs[0], error: null });
    noteUndated(digest, { file, key, stem, cached: upToDate });
  };

  /** The same workbook judged at `asOf`: its report (and copy) rewritten under its stem, its digest replaced. */
  const rejudge = async (u: Undated, asOf: string, o: FileOutcome): Promise<void> => {
    if (o.error || !o.digest || !o.report) {
      result.warnings.push(`文件“${u.file}”未写明统计年度，按统计截止日期 ${asOf} 重新统计时出错，仍按 ${result.fold.digests[u.index].stats.asOf} 统计。`);
      return;
    }
    const outputs = [`${u.stem}.docx`];
    await writeFileAtomic(join(outDir, outputs[0]), o.report);
    if (o.annotated) {
      outputs.push(u.stem + ANNOTATED_SUFFIX);
      await writeFileAtomic(join(outDir, outputs[1]), o.annotated);
    }
    // the same key: on a rerun the kept digest is used if the batch's cutoff is still the same
    await manifest.record({ kind: 'file', input: resolve(u.file), key: u.key, stem: u.stem, outputs, digest: o.digest });
    result.fold.replace(u.index, o.digest);
    if (u.cached) {
      result.skipped--;
      result.written++;
    }
  };

  try {
    // a bounded window of files in flight: results are consumed strictly in input order
    const window = pool ? size * 3 : 1;
    const inFlight: Promise<Prepared>[] = [];
    for (const file of opts.files) {
      inFlight.push(prepare(file));
      if (inFlight.length >= window) await consume(await inFlight.shift()!);
    }
    while (inFlight.length > 0) await consume(await inFlight.shift()!);

    const target = undated.length ? undatedCutoff(result.fold.digests) : null;
    const again = target == null ? [] : undated.filter((u) => result.fold.digests[u.index].stats.asOf !== target);
    const queue: { u: Undated; outcome: Promise<FileOutcome> }[] = [];
    const next = async () => {
      const q = queue.shift()!;
      await rejudge(q.u, target!, await q.outcome);
    };
    for (const u of again) {
      queue.push({ u, outcome: work(u.file, { ...run, check: { ...run.check, asOf: target! } }) });
      if (queue.length >= window) await next();
    }
    while (queue.length > 0) await next();
    for (const u of undated) {
      const d = result.fold.digests[u.index];
      if (d.stats.asOf === target) result.undated.push({ file: u.file, branch: d.stats.branch, asOf: target });
    }
  } finally {
    await pool?.close();
  }

  const counted = countOnce(result.fold.digests);
  result.counted = new SummaryFold(counted);
  result.duplicates = duplicateBranches(result.submissions, counted.map((d) => d.file));
  const summaryKey = hashValue([optionsKey, fileKeys, result.fold.digests.map((d) => d.stats.asOf), result.submissions]);
  await writeSummary(manifest, result, summaryKey, opts);
  await manifest.compact();
  const current = new Set(result.outputs);
  for (const name of new Set(superseded)) if (!current.has(name)) await rm(join(outDir, name), { force: true });
  return result;
}

async function writeSummary(manifest: Manifest, result: BulkResult, key: string, opts: BulkOptions): Promise<void> {
  const digests = result.fold.digests;
  if (digests.length === 0) return;
  const outputs = [SUMMARY_REPORT_NAME, FINDINGS_WORKBOOK_NAME];
  result.outputs.push(...outputs);
  const prev = manifest.summary;
  if (!opts.force && prev && prev.key === key && (await allExist(opts.outDir, outputs))) return;
  const intake = { submissions: result.submissions, asOfGiven: opts.run.check.asOf != null };
  const bytes = await renderSummaryReport(digests, opts.run.templateDir, opts.run.texts, intake);
  await writeFileAtomic(join(opts.outDir, SUMMARY_REPORT_NAME), bytes);
  // every workbook read, each row naming its file: a branch corrects whichever it sent; 报送情况 says which one counted
  await writeFindingsWorkbook(join(opts.outDir, FINDINGS_WORKBOOK_NAME), digests, { intake, digests });
  await manifest.record({ kind: 'summary', key, outputs });
  result.summaryWritten = true;
}

interface Undated {
  /** place in the fold */
  index: number;
  file: string;
  key: string;
  stem: string;
  /** counted as skipped (up to date) so far */
  cached: boolean;
}

function crashOutcome(file: string, e: Error): FileOutcome {
  return {
    file, branch: file, digest: null, report: null, annotated: null, annotateError: null,
    error: { code: 'INTERNAL', message: `处理文件“${file}”时程序出错（${e.message}）。其他文件不受影响；请将此文件反馈给技术支持。` },
  };
}

function stemOf(name: string): string {
  return name.replace(/\.[^.]+$/, '');
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

async function allExist(dir: string, names: string[]): Promise<boolean> {
  for (const n of names) {
    try {
      await access(join(dir, n));
    } catch {
      return false;
    }
  }
  return true;
}
