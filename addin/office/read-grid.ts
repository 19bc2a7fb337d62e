/**
 * The open workbook → Grid, in two syncs whatever its size: one for the sheet list, one for every
 * sheet's used range (values, text, numberFormat together) and its merged areas. Never a sync per
 * cell or per sheet.
 */
import type { Grid } from '../../ledger/grid/grid.js';
import type { Capabilities } from './capabilities.js';
import { gridSheetFromRange } from './grid-from-range.js';
import { ISSUE_SHEET_NAME } from './issue-sheet-name.js';

export async function readWorkbookGrid(context: Excel.RequestContext, caps: Pick<Capabilities, 'mergedAreas'> = { mergedAreas: false }): Promise<Grid> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();

  // our own output sheet is not a ledger: leave it out, or re-checking would read it
  const wanted = sheets.items.filter((ws) => ws.name !== ISSUE_SHEET_NAME);
  const ranges = wanted.map((ws) => {
    const r = ws.getUsedRange(true);
    r.load('values,text,numberFormat,rowIndex,columnIndex');
    return r;
  });
  // Excel 2016/2019 (before ExcelApi 1.13) cannot list merged areas: recognition then reads without them
  const merged = caps.mergedAreas ? ranges.map((r) => r.getMergedAreasOrNullObject().load('address')) : [];
  await context.sync();

  return {
    sheets: wanted.map((ws, i) => gridSheetFromRange({
      name: ws.name,
      visibility: ws.visibility,
      rowIndex: ranges[i].rowIndex,
      columnIndex: ranges[i].columnIndex,
      values: ranges[i].values,
      text: ranges[i].text,
      numberFormat: ranges[i].numberFormat,
      mergedAddress: merged[i] && !merged[i].isNullObject ? merged[i].address : '',
    })),
  };
}
