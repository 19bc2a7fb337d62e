import { describe, expect, it } from 'vitest';
import { gridFromRows } from '../grid/grid-from-rows.js';
import type { Finding } from '../findings/finding.js';
import { countsOnly, findCalendarGrid, readCalendarGrid } from './calendar-grid.js';
import { SheetView } from './sheet-view.js';

const M12 = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
const view = (name: string, rows: unknown[][]) => new SheetView(gridFromRows(name, rows as never));

describe('calendar grid', () => {
  it('reads days, several days a cell, ticks and counts as meetings of the row\'s type in the column\'s month', () => {
    const v = view('三会一课', [
      ['2025年三会一课开展情况登记表'],
      ['会议类型', ...M12, '全年次数'],
      ['支委会', '1月6日', '2/3、2/20', '√', '已开', 2, '—', '未开', null, null, null, null, null, 6],
      ['党课', null, null, '3.25', null, null, null, null, null, null, null, null, '待定', 1],
      ['填表人：李四'],
    ]);
    const grid = findCalendarGrid([v], new Set())!;
    expect([grid.headerRow, grid.year, grid.rows.length]).toEqual([2, 2025, 2]);
    const issues: Finding[] = [];
    const l = readCalendarGrid(grid, issues, grid.year!);
    expect(l.meetings.map((m) => [m.date.ref?.address, m.date.value?.date ?? null, m.date.value?.precision ?? null, m.types[0]])).toEqual([
      ['B3', '2025-01-06', 'day', 'committee'], ['C3', '2025-02-03', 'day', 'committee'], ['C3', '2025-02-20', 'day', 'committee'],
      ['D3', '2025-03-01', 'month', 'committee'], ['E3', '2025-04-01', 'month', 'committee'],
      ['F3', '2025-05-01', 'month', 'committee'], ['F3', '2025-05-01', 'month', 'committee'],
      ['D4', '2025-03-25', 'day', 'lecture'], ['M4', null, null, 'lecture'],
    ]);
    expect(issues.map((f) => `${f.rule} ${f.cell}`)).toEqual(['W03 M4']);
  });

  it('reads the grid\'s dates by the order its cells show: one 15/03/2025 makes 03/04/2025 the 3rd of April; a grid showing both orders keeps it unread', () => {
    const rows = (other: string) => [
      ['2025年三会一课开展情况登记表'],
      ['会议类型', ...M12],
      ['支委会', null, null, '15/03/2025', '03/04/2025', null, null, null, null, null, null, null, null],
      ['党课', null, null, other, null, null, null, null, null, null, null, null, null],
    ];
    const read = (other: string) => {
      const grid = findCalendarGrid([view('三会一课', rows(other))], new Set())!;
      const issues: Finding[] = [];
      const l = readCalendarGrid(grid, issues, 2025);
      return [l.meetings.map((m) => m.date.value?.date ?? null), issues.map((f) => f.cell)];
    };
    expect(read('28/03/2025')).toEqual([['2025-03-15', '2025-04-03', '2025-03-28'], []]);
    // 03/28/2025 is month first (itself unread, as in a table): the grid's order is a guess again
    expect(read('03/28/2025')).toEqual([['2025-03-15', null, null], ['E3', 'D4']]);
  });

  it('reads quarter columns (第一季度…第四季度) like month columns where the cells give days; a count among them is W03 at its cell', () => {
    const v = view('三会一课', [
      ['2025年三会一课开展情况统计表'],
      ['会议类型', '第一季度', '第二季度', '三季度', '第四季度（10-12月）', '合计'],
      ['支部党员大会', '3月15日', '6.20', '9月20日', '12.20', 4],
      ['支委会', '1.5、2.5、3.5', '4月5日、5月5日、6月5日', '3次', '—', 9],
    ]);
    const grid = findCalendarGrid([v], new Set())!;
    expect([grid.unit, [...grid.periods.values()], grid.rows.length, countsOnly(grid)]).toEqual(['quarter', [1, 2, 3, 4], 2, false]);
    const issues: Finding[] = [];
    const l = readCalendarGrid(grid, issues, 2025);
    expect(l.meetings.map((m) => [m.date.ref?.address, m.date.value?.date ?? null, m.types[0]])).toEqual([
      ['B3', '2025-03-15', 'general'], ['C3', '2025-06-20', 'general'], ['D3', '2025-09-20', 'general'], ['E3', '2025-12-20', 'general'],
      ['B4', '2025-01-05', 'committee'], ['B4', '2025-02-05', 'committee'], ['B4', '2025-03-05', 'committee'],
      ['C4', '2025-04-05', 'committee'], ['C4', '2025-05-05', 'committee'], ['C4', '2025-06-05', 'committee'], ['D4', null, 'committee'],
    ]);
    expect(issues.map((f) => `${f.rule} ${f.cell}`)).toEqual(['W03 D4']);
    expect(issues[0].message).toContain('支委会第三季度写作“3次”，只有次数、没有会议日期');
  });

  it('a tick under a quarter for a meeting held once a quarter or a year (党员大会, 党课, 组织生活会) is that quarter\'s meeting, not W03', () => {
    const v = view('三会一课', [
      ['会议类型', '第一季度', '第二季度', '第三季度', '第四季度'],
      ['支委会', '1.5、2.5、3.5', '4.5、5.5、6.5', '7.5、8.5、9.5', '√'],
      ['支部党员大会', '√', '已召开', '√', '√'],
      ['组织生活会', '/', '/', '/', '√'],
    ]);
    const issues: Finding[] = [];
    const l = readCalendarGrid(findCalendarGrid([v], new Set())!, issues, 2025);
    expect(l.meetings.filter((m) => m.types[0] !== 'committee').map((m) => [m.date.ref?.address, m.date.value])).toEqual([
      ['B3', { date: '2025-01-01', precision: 'month' }], ['C3', { date: '2025-04-01', precision: 'month' }],
      ['D3', { date: '2025-07-01', precision: 'month' }], ['E3', { date: '2025-10-01', precision: 'month' }],
      ['E4', { date: '2025-10-01', precision: 'month' }],
    ]);
    // the monthly 支委会's tick still says no month
    expect(issues.map((f) => `${f.rule} ${f.cell}`)).toEqual(['W03 E2']);
  });

  it('a quarter grid of counts and ticks only gives no dates (countsOnly); a month grid\'s counts do', () => {
    const quarters = view('三会一课', [
      ['会议类型', '第一季度', '第二季度', '第三季度', '第四季度'], ['支委会', '3次', '3次', 3, '3次'], ['党课', '√', '√', '√', '0次'],
    ]);
    expect(countsOnly(findCalendarGrid([quarters], new Set())!)).toBe(true);
    const months = view('三会一课', [['会议类型', ...M12], ['支委会', ...M12.map(() => '1次')], ['党课', ...M12.map(() => '√')]]);
    expect(countsOnly(findCalendarGrid([months], new Set())!)).toBe(false);
  });

  it('is no dues sheet: month columns over members\' names', () => {
    expect(findCalendarGrid([view('党费', [['姓名', ...M12], ['张三', ...M12.map(() => 90)], ['李四', ...M12.map(() => 40)]])], new Set())).toBeNull();
  });
});
