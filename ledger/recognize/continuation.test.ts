import { describe, expect, it } from 'vitest';
import { gridFromRows, gridOf, type RowInput } from '../grid/grid-from-rows.js';
import type { GridSheet } from '../grid/grid.js';
import { recognize } from './index.js';
import { sheetBranch } from './continuation.js';
import { infoSheet } from './recognize-test-data.js';

const ROSTER_HEAD = ['姓名', '性别', '身份证号', '出生日期', '入党时间', '转正时间', '党员类别'];
const person = (name: string, n: number): RowInput => [name, '男', `11010119800101${String(n).padStart(3, '0')}1`, '1980-01-01', '2010-07-01', '2011-07-01', '正式党员'];
const roster = (name: string, people: [string, number][], options: { hidden?: boolean; title?: string } = {}): GridSheet =>
  gridFromRows(name, [...(options.title ? [[options.title]] : []), ROSTER_HEAD, ...people.map(([p, n]) => person(p, n))], { hidden: options.hidden });

const MEETING_HEAD = ['日期', '会议类型', '主题', '主持人', '记录人'];
const meetings = (name: string, dates: string[]): GridSheet =>
  gridFromRows(name, [MEETING_HEAD, ...dates.map((d) => [d, '支委会', '研究工作', '张三', '李四'])]);

const DUES_HEAD = (months: number[]) => ['姓名', '缴费基数', '月应交', ...months.map((m) => `${m}月`)];
const dues = (name: string, months: number[], people: string[]): GridSheet =>
  gridFromRows(name, [DUES_HEAD(months), ...people.map((p) => [p, 4000, 40, ...months.map(() => 40)])]);

const QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度'];
const quarterDates = (q: number) => [1, 2, 3].map((i) => `2025-${String(q * 3 + i).padStart(2, '0')}-05`);

describe('a ledger split over several sheets', () => {
  it('reads 三会一课 kept one sheet a quarter as one ledger, each meeting with its own sheet and cells', () => {
    const q3 = meetings('第三季度', quarterDates(2));
    q3.rows[2][0] = { v: '八月初' };
    const l = recognize(gridOf(infoSheet(), roster('党员名册', [['张三', 1]]), meetings('第一季度', quarterDates(0)),
      meetings('第二季度', quarterDates(1)), q3, meetings('第四季度', quarterDates(3))));
    const m = l.meetings!;
    expect(m.sheet).toBe('第一季度');
    expect(m.sheets).toEqual(QUARTERS);
    expect(m.meetings).toHaveLength(12);
    expect(m.meetings.map((x) => x.sheet)).toEqual(QUARTERS.flatMap((q) => [q, q, q]));
    expect(m.meetings[4].date.ref).toEqual({ sheet: '第二季度', row: 3, col: 1, address: 'A3' });
    expect(m.meetings[4].date.value?.date).toBe('2025-05-05');
    // a finding about a later sheet names that sheet and cell
    expect(l.issues.filter((f) => f.rule === 'W03').map((f) => `${f.sheet}!${f.cell}`)).toEqual(['第三季度!A3']);
  });

  it('takes a sheet named for one meeting type, without a 会议类型 column, as meetings of that type', () => {
    const lectures = gridFromRows('党课', [['时间', '党课题目', '主讲人'], ['2025-03-20', '学习党章', '张三'], ['2025-06-20', '学习条例', '张三']]);
    const other = gridFromRows('学习计划', [['时间', '学习内容', '主讲人'], ['2025-04-01', '自学', '张三']]);
    const l = recognize(gridOf(infoSheet(), roster('党员名册', [['张三', 1]]), meetings('三会一课', quarterDates(0)), lectures, other));
    const m = l.meetings!;
    expect(m.sheets).toEqual(['三会一课', '党课']);
    expect(m.meetings.filter((x) => x.sheet === '党课').map((x) => [x.date.value?.date, x.types, x.speaker.value])).toEqual([
      ['2025-03-20', ['lecture'], '张三'], ['2025-06-20', ['lecture'], '张三'],
    ]);
  });

  it('reads dues kept one sheet a half-year: each member has 1月…12月 from two sheets', () => {
    const l = recognize(gridOf(infoSheet(), roster('党员名册', [['张三', 1], ['李四', 2]]),
      dues('党费（上半年）', [1, 2, 3, 4, 5, 6], ['张三', '李四']), dues('党费（下半年）', [7, 8, 9, 10, 11, 12], ['张三', '李四'])));
    const d = l.dues!;
    expect(d.sheet).toBe('党费（上半年）');
    expect(d.sheets).toEqual(['党费（上半年）', '党费（下半年）']);
    expect(d.records.map((r) => `${r.sheet}:${r.row}:${r.nameKey}`)).toEqual(['党费（上半年）:2:张三', '党费（上半年）:3:李四', '党费（下半年）:2:张三', '党费（下半年）:3:李四']);
    expect(d.records[2].months.map((m) => m.month)).toEqual(['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12']);
    expect(d.records[2].months[0].paid.ref).toEqual({ sheet: '党费（下半年）', row: 2, col: 4, address: 'D2' });
    // a ledger of one sheet keeps its shape: no sheets list
    expect(l.members!.sheets).toBeUndefined();
  });

  it('reads a roster kept in two sheets with the same header, in workbook order', () => {
    const l = recognize(gridOf(infoSheet(), roster('在职党员', [['张三', 1], ['李四', 2]]), roster('党员名册（离退休）', [['王五', 3]])));
    const m = l.members!;
    // the sheet named like a roster is the one recognised; the ledger is read in workbook order
    expect(m.sheet).toBe('党员名册（离退休）');
    expect(m.sheets).toEqual(['在职党员', '党员名册（离退休）']);
    expect(m.members.map((x) => `${x.sheet}:${x.row}:${x.nameKey}`)).toEqual(['在职党员:2:张三', '在职党员:3:李四', '党员名册（离退休）:2:王五']);
  });

  it('reads an export paged over sheets named by their row ranges (no year in 1001-2000)', () => {
    const l = recognize(gridOf(infoSheet(), roster('导出数据(1-1000)', [['张三', 1]]), roster('导出数据(1001-2000)', [['李四', 2]])));
    expect(l.members!.sheets).toEqual(['导出数据(1-1000)', '导出数据(1001-2000)']);
  });
});

describe('what does not continue a ledger (beside a sheet that does)', () => {
  const names = (sheets: GridSheet[]) => recognize(gridOf(infoSheet(), ...sheets)).members!.members.map((m) => `${m.sheet}:${m.nameKey}`);
  const more = () => roster('预备党员', [['王五', 3]]);

  it('a hidden sheet never joins', () => {
    expect(names([roster('党员名册', [['张三', 1]]), roster('其他党员', [['李四', 2]], { hidden: true }), more()]))
      .toEqual(['党员名册:张三', '预备党员:王五']);
  });

  it('a sheet whose name or title names another year than the ledger\'s', () => {
    expect(names([roster('2025年党员名册', [['张三', 1]]), roster('2024年党员名册', [['李四', 2]]), roster('2025年预备党员', [['王五', 3]])]))
      .toEqual(['2025年党员名册:张三', '2025年预备党员:王五']);
    expect(names([roster('党员名册', [['张三', 1]]), roster('名册', [['李四', 2]], { title: '2024年党员名册' }), more()]))
      .toEqual(['党员名册:张三', '预备党员:王五']);
  });

  it('a sheet of meetings all of another year, with its W findings', () => {
    const old = meetings('Sheet3', ['2024-01-05', '2024-02-05', '2024-03-05']);
    old.rows[3][0] = { v: '三月初' };
    const l = recognize(gridOf(infoSheet(), meetings('Sheet2', quarterDates(0)), old, meetings('Sheet4', quarterDates(1))));
    expect(l.meetings!.sheets).toEqual(['Sheet2', 'Sheet4']);
    expect(l.meetings!.meetings.map((m) => m.date.value?.date.slice(0, 4))).toEqual(Array(6).fill('2025'));
    expect(l.issues.filter((f) => f.rule === 'W03')).toEqual([]);
  });

  it('a copy or a sub-list of the roster (every member already listed)', () => {
    expect(names([roster('党员名册', [['张三', 1], ['李四', 2]]), roster('预备党员', [['李四', 2]]), roster('离退休党员', [['王五', 3]])]))
      .toEqual(['党员名册:张三', '党员名册:李四', '离退休党员:王五']);
    expect(names([roster('党员名册', [['张三', 1]]), roster('党员名册 (2)', [['张三', 1]]), more()])).toEqual(['党员名册:张三', '预备党员:王五']);
  });

  it('a table with other columns: a list of applicants without 入党时间, wide dues beside long dues', () => {
    const applicants = gridFromRows('入党积极分子', [['姓名', '性别', '身份证号', '出生日期', '申请入党时间'], ['赵六', '男', '110101199001010011', '1990-01-01', '2024-03-01']]);
    expect(names([roster('党员名册', [['张三', 1]]), applicants, more()])).toEqual(['党员名册:张三', '预备党员:王五']);
    const long = (name: string, month: string) => gridFromRows(name, [['姓名', '月份', '缴费基数', '应交党费', '实交党费'], ['张三', month, 4000, 40, 40]]);
    const d = recognize(gridOf(infoSheet(), long('党费明细', '2025年1月'), dues('党费', [1, 2, 3], ['张三']), long('党费明细（二）', '2025年7月'))).dues!;
    expect(d.records.map((r) => `${r.sheet}:${r.months[0].month}`)).toEqual(['党费明细:2025-01', '党费明细（二）:2025-07']);
  });
});

describe('sheetBranch', () => {
  it('reads 第一 and 第1 as the same branch, and a year as none', () => {
    expect(sheetBranch('第1党支部党费')).toBe(sheetBranch('第一党支部党员名册'));
    expect(sheetBranch('机关十二支部')).toBe('12');
    expect(sheetBranch('第二党支部')).not.toBe(sheetBranch('第一党支部'));
    expect(sheetBranch('2025党支部党费')).toBeNull();
  });
});
