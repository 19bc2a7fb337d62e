/**
 * Both readers first sniff the bytes (not the extension) and refuse anything that is not an
 * xlsx zip, with the same code and Chinese message whichever reader is in use.
 */
import { archiveError, readError } from './read-messages.js';
import { sniff } from './sniff.js';

export function requireXlsxContent(buf: Uint8Array, file: string): void {
  switch (sniff(buf)) {
    case 'empty': throw readError('EMPTY_FILE', file);
    case 'encrypted': throw readError('ENCRYPTED', file);
    case 'xls': throw readError('XLS_BIFF', file);
    case 'csv': throw readError('CSV', file);
    case 'html': throw readError('NOT_XLSX', file, '这是网页（HTML）格式，只是扩展名像 Excel 文件');
    case 'xml2003': throw readError('NOT_XLSX', file, '这是 Excel 2003 XML 表格格式');
    case 'ole': throw readError('NOT_XLSX', file, '这是其他 Office 文档格式');
    case 'text': throw readError('NOT_XLSX', file, '这是纯文本文件');
    case 'archive': throw archiveError(file, null);
    case 'unknown': throw readError('NOT_XLSX', file);
    case 'zip': return;
  }
}
