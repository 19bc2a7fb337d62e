/**
 * The one error type for a workbook that cannot be read. It keeps its cause and
 * carries the Chinese message shown to the user (script-lab style).
 */
export type ReadErrorCode =
  | 'NOT_FOUND'      // the path does not exist or is not a file
  | 'EMPTY_FILE'     // zero bytes
  | 'NOT_XLSX'       // not a zip at all (text, image, …)
  | 'CSV'            // a text/CSV file renamed .xlsx
  | 'XLS_BIFF'       // a real Excel 97-2003 .xls file: save as .xlsx
  | 'ENCRYPTED'      // password-protected workbook
  | 'ZIP_BOMB'       // declared uncompressed size or ratio too large
  | 'CORRUPT'        // truncated or damaged zip / xml
  | 'TOO_LARGE'      // beyond the sizes we accept (cells, xml depth)
  | 'NO_SHEETS'      // a workbook without any worksheet content
  | 'NO_LEDGER'      // none of the ledgers (members, dues, meetings) found
  | 'IO';            // any other file-system failure

export class ReadError extends Error {
  readonly code: ReadErrorCode;
  /** path as given or found */
  readonly file: string;

  constructor(code: ReadErrorCode, file: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReadError';
    this.code = code;
    this.file = file;
  }
}
