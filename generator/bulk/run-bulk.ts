/**
 * The bulk run behind `dangjian report`: every workbook through read → check → digest → report,
 * on a pool of worker threads, outputs named and written in input order (deterministic), each one
 * atomically, with an up-to-date manifest so a rerun skips what is already done and a killed run
 * loses nothing but the files in flight.
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
import { runFileTask, type FileOutcome, type RunOptions } from './file-task.js';
import { renderBranchReport, renderSummaryReport } from './report-api.js';
import { SummaryFold } from './summary-fold.js';
import { WorkerPool } from './worker-pool.js';
import { workerScript } from './worker-script.js';

export const SUMMARY_REPORT_NAME = '汇总调研报告.docx';
export const ANNOTATED_SUFFIX = '_问题标注.xlsx';
/** bump when the outputs change shape for the same inputs */
const FORMAT_VERSION = 1;
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
  fold: SummaryFold;
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

  const total = opts.files.length;
  const result: BulkResult = {
    total, written: 0, skipped: 0, failures: [], warnings: [], fold: new SummaryFold(), summaryWritten: false, outputs: [],
  };
  // outputs an earlier run wrote for a workbook now named differently: removed once this run is done
  const superseded: string[] = [];
  const stems = new StemAllocator([stemOf(SUMMARY_REPORT_NAME), stemOf(FINDINGS_WORKBOOK_NAME)]);
  const fileKeys: string[] = [];

  const script = workerScript();
  const size = Math.max(1, Math.min(opts.workers ?? Math.min(availableParallelism(), 4), total));
  const pool = script && size > 1 && total >= MIN_FILES_FOR_WORKERS ? new WorkerPool(script, size) : null;

  const prepare = async (file: string): Promise<Prepared> => {
    const key = hashValue([optionsKey, await hashFile(file).catch(() => 'unreadable')]);
    const entry = manifest.files.get(resolve(file));
    if (!opts.force && entry && entry.key === key) return { kind: 'cached', file, key, entry };
    const task = { file, options: run };
    const outcome = pool ? await pool.run(task).catch((e: Error) => crashOutcome(file, e)) : await runFileTask(task);
    return { kind: 'fresh', file, key, outcome };
  };

  const consume = async (p: Prepared): Promise<void> => {
    if (p.kind === 'cached') await consumeCached(p.file, p.key, p.entry);
    else await consumeFresh(p.file, p.key, p.outcome);
    opts.onProgress?.(result.failures.length + result.written + result.skipped, total);
  };

  const consumeFresh = async (file: string, key: string, o: FileOutcome): Promise<void> => {
    if (o.error || !o.digest || !o.report) {
      result.failures.push({ file, message: o.error?.message ?? `文件“${file}”处理失败。` });
      return;
    }
    if (o.annotateError) result.warnings.push(o.annotateError);
    const stem = stems.allocate(o.branch);
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
  };

  const consumeCached = async (file: string, key: string, entry: FileEntry): Promise<void> => {
    const digest: BranchDigest = { ...entry.digest, file };
    const stem = stems.allocate(digest.stats.branch);
    const outputs = [`${stem}.docx`, ...(run.annotate ? [stem + ANNOTATED_SUFFIX] : [])];
    const upToDate = stem === entry.stem && sameList(outputs, entry.outputs) && (await allExist(outDir, outputs));
    if (upToDate) {
      result.skipped++;
    } else {
      // named differently this time, or an output was deleted: make it again from the kept digest
      await writeFileAtomic(join(outDir, outputs[0]), await renderBranchReport(digest, run.templateDir, run.texts));
      if (run.annotate) {
        try {
          await writeFileAtomic(join(outDir, outputs[1]), await annotateWorkbook(file, digest.findings, { branch: digest.stats.branch, file }));
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
  } finally {
    await pool?.close();
  }

  await writeSummary(manifest, result, hashValue([optionsKey, fileKeys]), opts);
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
  const bytes = await renderSummaryReport(digests, opts.run.templateDir, opts.run.texts);
  await writeFileAtomic(join(opts.outDir, SUMMARY_REPORT_NAME), bytes);
  await writeFindingsWorkbook(join(opts.outDir, FINDINGS_WORKBOOK_NAME), digests);
  await manifest.record({ kind: 'summary', key, outputs });
  result.summaryWritten = true;
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
