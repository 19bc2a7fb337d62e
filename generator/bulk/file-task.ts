/**
 * One workbook's work in a bulk run, the same whether it runs in a worker thread or inline:
 * read → checkGrid → digest (masked) → branch report bytes (→ annotated copy bytes).
 * Nothing is written here: the main thread names and writes the outputs in input order.
 */
import { annotateFailureMessage } from '../annotate/annotate-failure.js';
import type { CheckOptions } from '../../ledger/check.js';
import type { BranchDigest } from '../../ledger/stats/stats-types.js';
import { checkFile, type FileError } from '../pipeline/check-file.js';
import { toDigest } from './digest.js';
import { renderBranchReport, type ReportTexts } from './report-api.js';

export interface RunOptions {
  check: CheckOptions;
  texts: ReportTexts;
  templateDir?: string;
  annotate: boolean;
}

export interface FileTask {
  /** path as given or found */
  file: string;
  options: RunOptions;
}

export interface FileOutcome {
  file: string;
  branch: string;
  /** the file could not be read: listed at the end, exit code 1 */
  error: FileError | null;
  digest: BranchDigest | null;
  report: Uint8Array | null;
  annotated: Uint8Array | null;
  /** the annotated copy alone failed (the report is still written) */
  annotateError: string | null;
}

export async function runFileTask(task: FileTask): Promise<FileOutcome> {
  const { file, options } = task;
  const checked = await checkFile(file, options.check);
  if (checked.error || !checked.result) {
    return { file, branch: checked.branch, error: checked.error, digest: null, report: null, annotated: null, annotateError: null };
  }
  const { result } = checked;
  const digest = toDigest(file, { ...result.stats, branch: checked.branch }, result.findings);
  let report: Uint8Array;
  try {
    report = await renderBranchReport(digest, options.templateDir, options.texts);
  } catch (e) {
    return {
      file, branch: checked.branch, digest: null, report: null, annotated: null, annotateError: null,
      error: { code: 'REPORT', message: `为文件“${file}”生成报告时出错（${why(e)}）。其他文件不受影响；请检查模板或将此文件反馈给技术支持。` },
    };
  }
  let annotated: Uint8Array | null = null;
  let annotateError: string | null = null;
  if (options.annotate) {
    try {
      // the copy shows the same (masked) messages as the reports; the cells keep the branch's own data
      // loaded on first use: exceljs costs every worker its start-up time, and --annotate is off by default
      const { annotateWorkbook } = await import('../annotate/annotate-workbook.js');
      annotated = await annotateWorkbook(file, digest.findings, { branch: checked.branch, file, sheets: digest.stats.sheets });
    } catch {
      annotateError = annotateFailureMessage(file);
    }
  }
  return { file, branch: checked.branch, error: null, digest, report, annotated, annotateError };
}

function why(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
