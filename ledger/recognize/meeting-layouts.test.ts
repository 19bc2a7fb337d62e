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
