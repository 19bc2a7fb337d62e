/**
 * 三会一课 records kept as no table of rows: a calendar grid (calendar-grid.ts) or minutes written as
 * blocks of "会议时间：…" lines (minutes-blocks.ts). Looked for only where no 三会一课 table was found.
 * Read when they can be read with confidence; otherwise W01 keeps saying the records were not found,
 * with what was found and how to lay it out. A plan (年度计划 grid) is never read: it says what was to be held.
 * Nor is a quarter grid of counts (第一季度 | 3次): it cannot say in which month a meeting was held.
 */
import type { Finding } from '../findings/finding.js';
import type { MeetingsLedger } from '../model/ledger.js';
import type { AgreedYear } from './agreed-year.js';
import { cellsWriteYears, countsOnly, findCalendarGrid, readCalendarGrid } from './calendar-grid.js';
import { staleTitleYear } from './issues.js';
import { findMinutes, minutesHint, minutesReadable, readMinutes } from './minutes-blocks.js';
import type { RosterNames } from './roster-names.js';
import type { SheetView } from './sheet-view.js';

export interface OtherMeetings {
  /** readable with confidence: no W01, read() gives the ledger */
  readable: boolean;
  /** for W01 where not readable: what was found and how to lay it out */
  hint: string;
  read(issues: Finding[], roster: RosterNames): MeetingsLedger;
}

/**
 * `read`: the sheets already read as ledgers; `year`: the 统计年度 or another ledger's title year;
 * `others`: the year the workbook's other ledgers agree on (agreed-year.ts).
 */
export function otherMeetingLayout(views: SheetView[], read: ReadonlySet<string>, year: number | null, others: AgreedYear | null = null): OtherMeetings | null {
  const found = findCalendarGrid(views, read);
  // a quarter grid of counts gives no dates: minutes elsewhere may still be the records
  const counted = found && !found.plan && countsOnly(found) ? found : null;
  const grid = found && !found.plan && !counted ? found : null;
  if (grid) {
    // a title's year the other ledgers all contradict, over cells writing none, is last year's title
    // kept: the evidence outweighs it; the title alone is still taken at its word
    const stale = grid.year != null && others != null && others.year !== grid.year && !cellsWriteYears(grid);
    const y = stale ? others!.year : grid.year ?? year;
    return {
      readable: y != null,
      hint: `工作表“${grid.view.name}”似乎是按${grid.unit === 'quarter' ? '季度' : '月份'}登记的三会一课开展情况表，但没有写明年度，无法判断会议日期。请在标题中写明年度（如“2025年度三会一课开展情况登记表”）。`,
      read: (issues) => {
        if (stale) issues.push(staleTitleYear(grid.yearRef!, grid.view.text(grid.yearRef!.row, grid.yearRef!.col), grid.year!, y!, others!.from));
        return readCalendarGrid(grid, issues, y!);
      },
    };
  }
  const minutes = findMinutes(views, read);
  if (minutes && (minutesReadable(minutes) || !found)) {
    return {
      readable: minutesReadable(minutes),
      hint: minutesHint(minutes),
      read: (issues, roster) => readMinutes(minutes, issues, roster, year),
    };
  }
  if (counted) {
    return {
      readable: false,
      hint: `工作表“${counted.view.name}”是按季度登记的三会一课开展情况表，但各格只写了召开次数（如“3次”）或打勾，没有会议日期：支委会、主题党日等按月检查的会议无法判断在哪个月召开，未作为会议记录读取。` +
        '请在各季度格内写明每次会议的日期（如“3月15日、3月28日”），或改为每次会议一行的表格（日期、会议类型、主题等）；次数统计表可以保留，另附会议记录。',
      read: () => { throw new Error('counts give no dates'); },
    };
  }
  // a plan (年度计划) says when meetings were to be held, not that they were
  if (found) {
    return {
      readable: false,
      hint: `工作表“${found.view.name}”是三会一课的计划安排（计划召开的时间），不是会议记录，未作为已召开的会议读取。`,
      read: () => { throw new Error('a plan is not read as records'); },
    };
  }
  return null;
}
