/** Name of the sheet 写入问题清单 creates; the reader skips it. */
export const ISSUE_SHEET_NAME = '问题清单';
