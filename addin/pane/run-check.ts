/**
 * One check of the open workbook: read it through the gateway, run the engine. Shared by the pane,
 * the ribbon command and the bench, so all three measure and show the same thing.
 */
import { checkGrid, type CheckResult } from '../../ledger/check.js';
import { branchNameFromFileName } from '../../ledger/values/branch-from-file-name.js';
import type { WorkbookGateway, StoredCheckSettings } from '../office/excel-gateway.js';

/** The branch of a workbook that names none, opened where Excel cannot give its file name (before ExcelApi 1.7). */
export const UNNAMED_BRANCH = '本支部';

/**
 * A saved workbook's Workbook.name has its extension ('…党支部.xlsx'); one never saved has Excel's
 * placeholder ('工作簿1', 'Book1'), which is no branch's name.
 */
const SAVED_FILE = /\.(xlsx|xlsm|xlsb|xls|xltx|xltm|csv|et)$/i;

export interface CheckRun {
  result: CheckResult;
  /** milliseconds spent reading the workbook and in the engine */
  readMs: number;
  checkMs: number;
}

export async function runCheck(gateway: WorkbookGateway, options: StoredCheckSettings, now: () => number = () => performance.now()): Promise<CheckRun> {
  const t0 = now();
  const { grid, fileName } = await gateway.readWorkbook();
  const t1 = now();
  // a workbook that names no branch goes by its file name, as in the CLI; where Excel cannot say, 本支部
  const fallbackName = fileName && SAVED_FILE.test(fileName) ? branchNameFromFileName(fileName) : UNNAMED_BRANCH;
  const result = checkGrid(grid, { asOf: options.asOf ?? undefined, settings: options.settings, fallbackName });
  return { result, readMs: t1 - t0, checkMs: now() - t1 };
}
