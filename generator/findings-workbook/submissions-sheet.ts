/**
 * 报送情况: the second sheet of 问题清单.xlsx, one row per workbook received in input order — read or
 * not, counted or not, at which 统计截止日期, with the report written for it — so that every report
 * can be traced to its source file and no unreadable submission goes unnoticed.
 */
import type ExcelJS from 'exceljs';
import type { SubmissionNotes } from '../report/compose-intake.js';
import { reasonText, type Submission } from '../report/intake.js';
import { cellText, type FindingRowValue } from './finding-rows.js';

export const SUBMISSIONS_SHEET_NAME = '报送情况';

export const SUBMISSION_COLUMNS = [
  { header: '序号', width: 8 },
  { header: '文件', width: 40 },
  { header: '支部', width: 24 },
  { header: '读取情况', width: 10 },
  { header: '统计截止日期', width: 13 },
  { header: '问题数', width: 8 },
  { header: '报告文件', width: 30 },
  { header: '说明', width: 70 },
] as const;

export function submissionRow(index: number, { submission: s, digest, notes }: SubmissionNotes): FindingRowValue[] {
  return [
    index, cellText(s.file), cellText(s.branch), s.error ? '无法读取' : '已读取',
    digest?.stats.asOf ?? null, digest ? digest.findings.length : null, s.report == null ? null : cellText(s.report),
    notes.length ? cellText(notes.join('；')) : null,
  ];
}

/** A workbook that could not be read, as a row of the 问题清单 sheet (FINDING_COLUMNS), after the findings. */
export function unreadableFindingRow(index: number, s: Submission): FindingRowValue[] {
  return [index, cellText(s.branch), cellText(s.file), '工作簿', null, null, null, null, null, null, '工作簿无法读取', '错误', cellText(reasonText(s))];
}
