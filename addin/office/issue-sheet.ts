/**
 * 写入问题清单: creates the 问题清单 sheet, or empties and refills it, with one row per finding.
 * Cells are formatted as text first so that "2025-07" stays a period and is not turned into a date.
 * Two syncs.
 */
import type { Finding } from '../../ledger/findings/finding.js';
import { a1 } from '../../ledger/grid/address.js';
import { issueRows } from './issue-rows.js';
import { ISSUE_SHEET_NAME } from './issue-sheet-name.js';

export async function writeIssueSheet(context: Excel.RequestContext, findings: readonly Finding[]): Promise<number> {
  // the sheet list, not getItemOrNullObject: that needs ExcelApi 1.4, Excel 2016 MSI has 1.2
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();

  let ws: Excel.Worksheet;
  const existing = sheets.items.find((s) => s.name === ISSUE_SHEET_NAME);
  if (!existing) ws = sheets.add(ISSUE_SHEET_NAME);
  else {
    ws = existing;
    ws.getRange().clear();
  }
  const rows = issueRows(findings);
  const range = ws.getRange(`A1:${a1(rows.length, rows[0].length)}`);
  range.numberFormat = rows.map((r) => r.map(() => '@'));
  range.values = rows;
  ws.getRange(`A1:${a1(1, rows[0].length)}`).format.font.bold = true;
  range.format.autofitColumns();
  ws.activate();
  await context.sync();
  return findings.length;
}
