/**
 * Fills a worksheet with the 问题清单 table: bold header, frozen first row, auto filter, and every
 * formula-like text cell kept as text. Works for the streaming writer (5,000+ branches) and for a
 * loaded workbook (the annotated copy) alike: both expose addRow/getCell.
 */
import type ExcelJS from 'exceljs';
import { FINDING_COLUMNS, looksLikeFormula, type FindingRowValue } from './finding-rows.js';

export const SHEET_NAME = '问题清单';

/** Options for addWorksheet: the header row frozen (the streaming writer only takes views here). */
export const FINDINGS_SHEET_OPTIONS: Partial<ExcelJS.AddWorksheetOptions> = {
  views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
};

/** Call before the first row is added. */
export function prepareFindingsSheet(ws: ExcelJS.Worksheet): void {
  ws.columns = FINDING_COLUMNS.map((c) => ({ width: c.width }));
}

export function addHeaderRow(ws: ExcelJS.Worksheet, headers: readonly string[] = FINDING_COLUMNS.map((c) => c.header)): ExcelJS.Row {
  const row = ws.addRow([...headers]);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  return row;
}

export function addFindingRow(ws: ExcelJS.Worksheet, values: FindingRowValue[]): ExcelJS.Row {
  const row = ws.addRow(values);
  values.forEach((v, i) => {
    if (looksLikeFormula(v)) row.getCell(i + 1).numFmt = '@';
  });
  return row;
}

/** The filter spans the header and every data row (set once the row count is known). */
export function finishFindingsSheet(ws: ExcelJS.Worksheet, rowCount: number): void {
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rowCount + 1), column: FINDING_COLUMNS.length } };
}
