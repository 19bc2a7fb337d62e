/**
 * One workbook through the whole engine, as the CLI commands use it:
 * read (adapter) → checkGrid (engine). A file that cannot be read becomes an error entry.
 */
import { checkGrid, type CheckOptions, type CheckResult } from '../../ledger/check.js';
import { ReadError } from '../read/read-error.js';
import { readWorkbookFile } from '../read/read-workbook.js';
import { branchNameFromFileName } from '../../ledger/values/branch-from-file-name.js';
import { hasAnyLedger } from '../../ledger/model/found-ledgers.js';

export interface FileError {
  code: string;
  /** Chinese: what is wrong and how to fix it; names the file */
  message: string;
}

export interface FileResult {
  file: string;
  /** 支部名称, else the file name without extension */
  branch: string;
  error: FileError | null;
  result: CheckResult | null;
}

/** The name a branch goes by when its workbook names none: the file name without extension and numbering. */
export function branchNameFromFile(file: string): string {
  return branchNameFromFileName(file);
}

export async function checkFile(file: string, options: CheckOptions = {}): Promise<FileResult> {
  const fallbackName = branchNameFromFile(file);
  try {
    const grid = await readWorkbookFile(file);
    const result = checkGrid(grid, { ...options, fallbackName });
    const l = result.ledger;
    if (!hasAnyLedger(l)) {
      return {
        file, branch: fallbackName, result: null,
        error: {
          code: 'NO_LEDGER',
          message: `文件“${file}”中没有找到党员名册、党费收缴台账或三会一课记录。请确认提交的是党支部台账工作簿，各工作表有“姓名”“身份证号”“月份”“会议类型”等表头。`,
        },
      };
    }
    return { file, branch: result.stats.branch || fallbackName, error: null, result };
  } catch (e) {
    if (e instanceof ReadError) return { file, branch: fallbackName, result: null, error: { code: e.code, message: e.message } };
    const why = e instanceof Error ? e.message : String(e);
    return {
      file, branch: fallbackName, result: null,
      error: { code: 'INTERNAL', message: `处理文件“${file}”时程序出错（${why}）。其他文件不受影响；请将此文件反馈给技术支持。` },
    };
  }
}
