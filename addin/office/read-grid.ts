/**
 * The open workbook → Grid, in two syncs whatever its size: one for the sheet list, one for every
 * sheet's used range (values, text, numberFormat together) and its merged areas. Never a sync per
 * cell or per sheet. Excel on the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded,
 * some 12,000 members of roster and dues); only then is the workbook read again in row blocks.
 */
import type { Grid } from '../../ledger/grid/grid.js';
import { a1 } from '../../ledger/grid/address.js';
import type { Capabilities } from './capabilities.js';
import { gridSheetFromRange, type UsedRangeData } from './grid-from-range.js';
import { ISSUE_SHEET_NAME } from './issue-sheet-name.js';
import { errorCode } from './office-error.js';

type Caps = Pick<Capabilities, 'mergedAreas'> & Partial<Pick<Capabilities, 'workbookName'>>;

/** The open workbook as the engine reads it, and its file name when Excel can tell (ExcelApi 1.7). */
export interface WorkbookRead {
  grid: Grid;
  /** Workbook.name, e.g. '09_县档案馆党支部.xlsx'; null where Excel cannot say */
  fileName: string | null;
}

/** Cells per block of the fallback read: values, text and formats of 20,000 cells stay far under 5 MB. */
export const BLOCK_CELLS = 20_000;

export async function readWorkbookGrid(context: Excel.RequestContext, caps: Caps = { mergedAreas: false }): Promise<Grid> {
  return (await readWorkbook(context, caps)).grid;
}

/** readWorkbookGrid and the workbook's file name, in the same two syncs. */
export async function readWorkbook(context: Excel.RequestContext, caps: Caps = { mergedAreas: false }): Promise<WorkbookRead> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  const book = caps.workbookName ? context.workbook.load('name') : null;
  await context.sync();
  const fileName = book?.name || null;

  // our own output sheet is not a ledger: leave it out, or re-checking would read it
  const wanted = sheets.items.filter((ws) => ws.name !== ISSUE_SHEET_NAME);
  const ranges = wanted.map((ws) => {
    const r = ws.getUsedRange(true);
    r.load('values,text,numberFormat,rowIndex,columnIndex');
    return r;
  });
  // Excel 2016/2019 (before ExcelApi 1.13) cannot list merged areas: recognition then reads without them
  const merged = caps.mergedAreas ? ranges.map((r) => r.getMergedAreasOrNullObject().load('address')) : [];
  try {
    await context.sync();
  } catch (e) {
    if (errorCode(e) !== 'ResponsePayloadSizeLimitExceeded') throw e;
    return { grid: { sheets: (await readInBlocks(context, wanted, caps)).map(gridSheetFromRange) }, fileName };
  }

  return { fileName, grid: {
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
  } };
}

/**
 * The same data, each sheet's used range in blocks of whole rows of at most BLOCK_CELLS cells: one sync
 * for the ranges' sizes (and merged areas), then one per BLOCK_CELLS cells, blocks of small sheets together.
 */
async function readInBlocks(context: Excel.RequestContext, sheets: Excel.Worksheet[], caps: Caps): Promise<UsedRangeData[]> {
  const used = sheets.map((ws) => ws.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount'));
  const merged = caps.mergedAreas ? used.map((r) => r.getMergedAreasOrNullObject().load('address')) : [];
  await context.sync();

  const out: UsedRangeData[] = sheets.map((ws, i) => ({
    name: ws.name, visibility: ws.visibility, rowIndex: used[i].rowIndex, columnIndex: used[i].columnIndex,
    values: [], text: [], numberFormat: [],
    mergedAddress: merged[i] && !merged[i].isNullObject ? merged[i].address : '',
  }));
  let pending: { sheet: number; range: Excel.Range }[] = [];
  let cells = 0;
  const flush = async () => {
    await context.sync();
    for (const { sheet, range } of pending) {
      out[sheet].values.push(...range.values);
      out[sheet].text.push(...range.text);
      out[sheet].numberFormat.push(...range.numberFormat);
    }
    pending = [];
    cells = 0;
  };
  for (const [i, r] of used.entries()) {
    const rowsPerBlock = Math.max(1, Math.floor(BLOCK_CELLS / r.columnCount));
    const top = r.rowIndex + 1;
    const left = r.columnIndex + 1;
    const right = left + r.columnCount - 1;
    for (let first = top; first < top + r.rowCount; first += rowsPerBlock) {
      const last = Math.min(first + rowsPerBlock, top + r.rowCount) - 1;
      const range = sheets[i].getRange(`${a1(first, left)}:${a1(last, right)}`).load('values,text,numberFormat');
      pending.push({ sheet: i, range });
      cells += (last - first + 1) * r.columnCount;
      if (cells >= BLOCK_CELLS) await flush();
    }
  }
  if (pending.length) await flush();
  return out;
}
