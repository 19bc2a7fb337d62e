/**
 * 写入问题清单: creates the 问题清单 sheet, or empties and refills it, with one row per finding.
 * Cells are formatted as text first so that a period, a cell address or a name stays as written (Excel would turn "2025-07" or "3/5" into a date).
 * Two syncs, or more for thousands of findings: rows go in blocks that keep each sync well under
 * Excel on the web's 5 MB request limit.
 */
import type { Finding } from '../../ledger/findings/finding.js';
import { a1 } from '../../ledger/grid/address.js';
import { issueRows } from './issue-rows.js';
import { ISSUE_SHEET_NAME } from './issue-sheet-name.js';
import { jsonBytes, SYNC_BUDGET_BYTES } from './payload.js';
import { errorCode, ProtectionError } from './office-error.js';

export async function writeIssueSheet(context: Excel.RequestContext, findings: readonly Finding[]): Promise<number> {
  // the sheet list, not getItemOrNullObject: that needs ExcelApi 1.4, Excel 2016 MSI has 1.2
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility,items/protection/protected');
  await context.sync();

  const existing = sheets.items.find((s) => s.name === ISSUE_SHEET_NAME);
  // Excel would refuse every write (AccessDenied): say which sheet, before changing anything
  if (existing?.protection.protected) throw new ProtectionError('sheet', ISSUE_SHEET_NAME);
  try {
    await fill(context, existing ?? sheets.add(ISSUE_SHEET_NAME), Boolean(existing), issueRows(findings), Boolean(existing && existing.visibility !== 'Visible'));
  } catch (e) {
    // adding a sheet is what a protected workbook structure refuses
    if (!existing && errorCode(e) === 'AccessDenied') throw new ProtectionError('structure', ISSUE_SHEET_NAME);
    throw e;
  }
  return findings.length;
}

async function fill(context: Excel.RequestContext, ws: Excel.Worksheet, used: boolean, rows: string[][], hidden: boolean): Promise<void> {
  if (used) ws.getRange().clear();
  const width = rows[0].length;
  ws.getRange(`A1:${a1(1, width)}`).format.font.bold = true;
  for (const [first, block] of rowBlocks(rows)) {
    const range = ws.getRange(`A${first}:${a1(first + block.length - 1, width)}`);
    range.numberFormat = block.map((r) => r.map(() => '@'));
    range.values = block;
    if (first + block.length - 1 < rows.length) await context.sync();
  }
  ws.getRange(`A1:${a1(rows.length, width)}`).format.autofitColumns();
  // the user hid the list (to print, say): show it again, or Excel refuses to activate it and the pane
  // reported a baffling failure after writing; a protected workbook structure keeps it hidden
  const shown = !hidden || await unhide(context, ws);
  if (shown) ws.activate();
  await context.sync();
}

async function unhide(context: Excel.RequestContext, ws: Excel.Worksheet): Promise<boolean> {
  await context.sync(); // the rows first: a refused unhide must not take them with it
  ws.visibility = 'Visible' as Excel.SheetVisibility;
  try {
    await context.sync();
    return true;
  } catch (e) {
    if (errorCode(e) === 'AccessDenied') return false;
    throw e;
  }
}

/** The rows in blocks of at most SYNC_BUDGET_BYTES (values and their "@" formats), with each block's 1-based first row. */
export function rowBlocks(rows: readonly string[][]): [number, string[][]][] {
  const out: [number, string[][]][] = [];
  let block: string[][] = [];
  let bytes = 0;
  let first = 1;
  rows.forEach((r, i) => {
    const b = jsonBytes(r) + 4 * r.length;
    if (block.length && bytes + b > SYNC_BUDGET_BYTES) {
      out.push([first, block]);
      block = [];
      bytes = 0;
      first = i + 1;
    }
    block.push(r);
    bytes += b;
  });
  if (block.length) out.push([first, block]);
  return out;
}
