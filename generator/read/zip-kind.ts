/** What a zip that is not a workbook is, for the NOT_XLSX message (both readers say the same). */
import type { ReadError } from './read-error.js';
import { archiveError, readError } from './read-messages.js';

export function zipKind(names: string[]): string {
  if (names.includes('content.xml') && names.includes('mimetype')) return '这是 OpenDocument 格式（如 WPS/LibreOffice 的 .ods）';
  if (names.includes('xl/workbook.bin')) return '这是 Excel 二进制工作簿（.xlsb），本工具读不了这种格式';
  if (names.some((n) => n.startsWith('word/'))) return '这是 Word 文档';
  if (names.some((n) => n.startsWith('ppt/'))) return '这是 PowerPoint 演示文稿';
  return '这是普通压缩包';
}

// a workbook inside an archive; Office lock files and macOS resource forks are not
const WORKBOOK_ENTRY = /\.(?:xlsx|xlsm|xls|et)$/i;
const JUNK_ENTRY = /(?:^|\/)(?:~\$|\._)|^__MACOSX\//;
export const ARCHIVE_NAME = /\.(?:zip|rar|7z)$/i;

/**
 * The error for a zip without xl/workbook.xml. A zip of submitted workbooks (or any file named
 * .zip) is said to be an archive to unzip first: the usual advice, 另存为 .xlsx, would be wrong.
 */
export function notWorkbookZip(file: string, names: string[]): ReadError {
  const workbooks = names.filter((n) => WORKBOOK_ENTRY.test(n) && !JUNK_ENTRY.test(n)).length;
  if (workbooks > 0 || ARCHIVE_NAME.test(file)) return archiveError(file, workbooks);
  return readError('NOT_XLSX', file, zipKind(names));
}
