/**
 * 问题清单.xlsx over all branches: one row per finding, streamed to disk (exceljs WorkbookWriter) so
 * 150,000 findings do not have to sit in memory as cells; written to a temp file, then renamed.
 * With what the run received, a row for each workbook that could not be read follows the findings,
 * and a second sheet 报送情况 lists every workbook and the report made from it.
 */
import ExcelJS from 'exceljs';
import type { BranchDigest } from '../../ledger/stats/stats-types.js';
import { withTempFile } from '../output/atomic-write.js';
import { intakeFactsOf, submissionNotes } from '../report/compose-intake.js';
import type { Intake } from '../report/intake.js';
import { findingRow } from './finding-rows.js';
import { addFindingRow, addHeaderRow, FINDINGS_SHEET_OPTIONS, finishFindingsSheet, prepareFindingsSheet, SHEET_NAME } from './findings-sheet.js';
import { SUBMISSION_COLUMNS, SUBMISSIONS_SHEET_NAME, submissionRow, unreadableFindingRow } from './submissions-sheet.js';

export const FINDINGS_WORKBOOK_NAME = '问题清单.xlsx';

export interface Received {
  intake: Intake;
  /** every branch read, in input order (which of them the summary counts is worked out from these) */
  digests: BranchDigest[];
}

/** Returns the number of finding rows (unreadable workbooks not included). */
export async function writeFindingsWorkbook(target: string, digests: Iterable<BranchDigest>, received?: Received): Promise<number> {
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
        addFindingRow(ws, findingRow(count, d.stats.branch, d.file, f, d.stats.sheets)).commit();
      }
    }
    let rows = count;
    const unreadable = received?.intake.submissions.filter((s) => s.error) ?? [];
    for (const s of unreadable) addFindingRow(ws, unreadableFindingRow(++rows, s)).commit();
    finishFindingsSheet(ws, rows);
    ws.commit();
    if (received) {
      const sub = wb.addWorksheet(SUBMISSIONS_SHEET_NAME, { views: FINDINGS_SHEET_OPTIONS.views?.map((v) => ({ ...v })) });
      sub.columns = SUBMISSION_COLUMNS.map((c) => ({ width: c.width }));
      addHeaderRow(sub, SUBMISSION_COLUMNS.map((c) => c.header)).commit();
      submissionNotes(intakeFactsOf(received.intake, received.digests))
        .forEach((n, i) => addFindingRow(sub, submissionRow(i + 1, n)).commit());
      sub.autoFilter = { from: { row: 1, column: 1 }, to: { row: received.intake.submissions.length + 1, column: SUBMISSION_COLUMNS.length } };
      sub.commit();
    }
    await wb.commit();
  });
  return count;
}
