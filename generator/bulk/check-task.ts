/**
 * One workbook's work in `dangjian check`, the same in a worker thread or inline: read → checkGrid →
 * the text the command prints for it (a JSON entry or the Chinese lines). Only that text crosses
 * back to the main thread, never the ledger, so many files need no more memory than a few.
 */
import type { CheckOptions } from '../../ledger/check.js';
import { checkFile, type FileResult } from '../pipeline/check-file.js';
import { emptyTally, formatFile, type Tally } from '../cli/format-human.js';
import { fileEntry } from '../cli/format-json.js';
import { maskIdsInText } from '../../ledger/values/mask.js';
import type { JudgedFile } from '../report/batch-cutoff.js';

export interface CheckTask {
  kind: 'check';
  file: string;
  options: CheckOptions;
  json: boolean;
}

export interface CheckOutcome {
  file: string;
  /** `--json`: one entry of the files array (no comma); else the file's lines and a blank line */
  text: string;
  unreadable: boolean;
  /** why the file could not be read (Chinese, IDs masked), listed again at the end of the human output */
  reason: string | null;
  /** this file's counts, for the closing summary line (human output) */
  tally: Tally;
  /** how it was judged (a file read): an undated one is judged again at the others' cutoff, as `report` does */
  judged: JudgedFile | null;
}

export async function runCheckTask(task: CheckTask): Promise<CheckOutcome> {
  return checkOutcome(await checkFile(task.file, task.options), task.json);
}

export function checkOutcome(r: FileResult, json: boolean): CheckOutcome {
  const tally = emptyTally();
  const text = json ? JSON.stringify(fileEntry(r)) : formatFile(r, tally).join('\n') + '\n\n';
  const unreadable = r.error != null || r.result == null;
  const reason = unreadable ? maskIdsInText(r.error?.message ?? '未知原因') : null;
  const judged = r.result ? { file: r.file, stats: { branch: r.branch, year: r.result.ledger.year, asOf: r.result.asOf } } : null;
  return { file: r.file, text, unreadable, reason, tally, judged };
}
