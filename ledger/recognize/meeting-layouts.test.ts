import { describe, expect, it } from 'vitest';
import { gridFromRows } from '../grid/grid-from-rows.js';
import type { Finding } from '../findings/finding.js';
import { otherMeetingLayout } from './meeting-layouts.js';
import { RosterNames } from './roster-names.js';
import { SheetView } from './sheet-view.js';

const M12 = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
const grid = (title: string, cell: (m: number) => string) => new SheetView(gridFromRows('三会一课', [
  [title], ['会议类型', ...M12], ['支委会', ...M12.map((_, i) => cell(i + 1))], ['主题党日', ...M12.map((_, i) => cell(i + 1))],
] as never));

function read(view: SheetView, others: { year: number; from: string[] } | null): [string[], Finding[]] {
  const layout = otherMeetingLayout([view], new Set(), others?.year ?? null, others)!;
  const issues: Finding[] = [];
  const l = layout.read(issues, new RosterNames([]));
  return [[...new Set(l.meetings.map((m) => m.date.value!.date.slice(0, 4)))], issues];
}

describe('a calendar grid titled with a stale year', () => {
  const others = { year: 2025, from: ['工作表“支部信息”的统计年度', '工作表“党费”的标题'] };

  it('the other ledgers agreeing on 2025, a grid titled 2024 writing month and day only is read as 2025, with a 警告 at the title cell', () => {
    const [years, issues] = read(grid('2024年度三会一课开展情况', (m) => `${m}月5日`), others);
    expect(years).toEqual(['2025']);
    expect(issues.map((f) => `${f.rule} ${f.severity} ${f.sheet}!${f.cell}`)).toEqual(['W03 警告 三会一课!A1']);
    expect(issues[0].message).toContain('标题“2024年度三会一课开展情况”写的是2024年，但工作表“支部信息”的统计年度、工作表“党费”的标题都是2025年');
  });

  it('the title the only year evidence, the others agreeing with it, or cells writing their own year: read as the title says, no finding', () => {
    expect(read(grid('2024年度三会一课开展情况', (m) => `${m}月5日`), null)).toEqual([['2024'], []]);
    expect(read(grid('2025年度三会一课开展情况', (m) => `${m}月5日`), others)).toEqual([['2025'], []]);
    expect(read(grid('2024年度三会一课开展情况', (m) => `2024年${m}月5日`), others)).toEqual([['2024'], []]);
  });
});

describe('a quarter grid', () => {
  const quarters = (cell: string) => new SheetView(gridFromRows('三会一课', [
    ['2025年三会一课开展情况统计表'], ['会议类型', '第一季度', '第二季度', '第三季度', '第四季度'], ['支委会', cell, cell, cell, cell], ['党课', cell, cell, cell, cell],
  ] as never));

  it('of counts: not readable, W01\'s hint says it records counts, not dates, and how to keep it', () => {
    const layout = otherMeetingLayout([quarters('3次')], new Set(), 2025)!;
    expect(layout.readable).toBe(false);
    expect(layout.hint).toContain('工作表“三会一课”是按季度登记的三会一课开展情况表，但各格只写了召开次数');
    expect(layout.hint).toContain('请在各季度格内写明每次会议的日期');
  });

  it('of dates: read', () => {
    expect(otherMeetingLayout([quarters('3月15日')], new Set(), 2025)!.readable).toBe(true);
  });
});
