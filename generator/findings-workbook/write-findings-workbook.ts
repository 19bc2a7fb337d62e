/**
 * 问题清单.xlsx over all branches: one row per finding, streamed to disk (exceljs WorkbookWriter) so
 * 150,000 findings do not have to sit in memory as cells; written to a temp file, then renamed.
 */
import ExcelJS from 'exceljs';
import type { BranchDigest } from '../../ledger/stats/stats-types.js';
import { withTempFile } from '../output/atomic-write.js';
import { findingRow } from './finding-rows.js';
import { addFindingRow, addHeaderRow, FINDINGS_SHEET_OPTIONS, finishFindingsSheet, prepareFindingsSheet, SHEET_NAME } from './findings-sheet.js';

export const FINDINGS_WORKBOOK_NAME = '问题清单.xlsx';

export async function writeFindingsWorkbook(target: string, digests: Iterable<BranchDigest>): Promise<number> {
  let count = 0;
  await withTempFile(target, async (tmp) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
    wb.creator = '党建台账助手';
    const ws = wb.addWorksheet(SHEET_NAME, FINDINGS_SHEET_OPTIONS);
    prepareFindingsSheet(ws);
    addHeaderRow(ws).commit();
    for (const d of digests) {
      for (const f of d.findings) {
        count++;
        addFindingRow(ws, findingRow(count, d.stats.branch, d.file, f)).commit();
      }
    }
    finishFindingsSheet(ws, count);
    ws.commit();
    await wb.commit();
  });
  return count;
}
