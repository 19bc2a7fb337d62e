/**
 * A 三会一课 table none of whose dates could be read (a W03 at each, or one W03 for days written
 * without a year): as good as one without a 日期 column, and said as such (W02). No period is judged
 * by it, else every month and quarter would lack every meeting; the W03s stay at their cells.
 */
import type { Finding } from '../findings/finding.js';
import type { MeetingsLedger } from '../model/ledger.js';
import { a1 } from '../grid/address.js';

export function withoutReadableDates(meetings: MeetingsLedger, issues: Finding[]): MeetingsLedger {
  const rows = meetings.meetings;
  if (rows.length === 0 || meetings.missingColumns?.includes('date')) return meetings;
  if (rows.some((m) => m.date.value != null) || !rows.some((m) => m.date.unreadable)) return meetings;
  // at the 日期 header; 月 | 日 columns: the header row, as a missing column
  const col = meetings.columns.date;
  const cell = col === undefined ? null : a1(meetings.headerRow, col);
  const at = cell ? `${meetings.sheet} ${cell} “日期”列` : `${meetings.sheet} 第${meetings.headerRow}行以下`;
  issues.push({
    rule: 'W02', severity: '错误', sheet: meetings.sheet, cell, row: meetings.headerRow, period: null, member: null,
    message: `${at}的${rows.length}条会议记录的日期都无法识别，无法判断各月、各季度是否按规定召开了会议，本次未检查（C01–C07、C11）。` +
      '请把日期写成 2025-01-05 这样的完整日期；只写“1月5日”的，请在支部信息表填写统计年度，或在标题中写明年度（如“2025年三会一课记录”）。',
  });
  return { ...meetings, missingColumns: [...(meetings.missingColumns ?? []), 'date'] };
}
