/**
 * What the running Excel supports, by requirement set (Excel 2016/2019 lack the newer ones).
 * https://learn.microsoft.com/office/dev/add-ins/reference/requirement-sets/excel/excel-api-requirement-sets
 */
export interface Capabilities {
  /** ExcelApi 1.10: threaded comments, used as the notes on marked cells */
  comments: boolean;
  /** ExcelApi 1.15: RangeFill.pattern tells "no fill" from a white fill */
  fillPattern: boolean;
  /** ExcelApi 1.9: worksheets.onChanged, to re-check after the user edits */
  changeEvents: boolean;
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject, the merged cells recognition reads (two-row headers, one meeting over several rows) */
  mergedAreas: boolean;
  /** ExcelApi 1.7: Workbook.name, the file name a branch goes by when its workbook names none (as in the CLI) */
  workbookName: boolean;
}

export function detectCapabilities(isSetSupported: (name: string, version: string) => boolean): Capabilities {
  return {
    comments: isSetSupported('ExcelApi', '1.10'),
    fillPattern: isSetSupported('ExcelApi', '1.15'),
    changeEvents: isSetSupported('ExcelApi', '1.9'),
    mergedAreas: isSetSupported('ExcelApi', '1.13'),
    workbookName: isSetSupported('ExcelApi', '1.7'),
  };
}
