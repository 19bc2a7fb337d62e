/**
 * Ledgers of the year in progress, checked as users check them: without an as-of date, late in
 * the year (today 2026-11-25). Only periods that have ended are judged (DOMAIN.md §3).
 */
import { describe, expect, it } from 'vitest';
import { type CellIn, checkLayout, infoVertical, meetingList, PEOPLE, plainRoster, type SheetIn } from './layout-support.js';

const TODAY = '2026-11-25';

/** The layout branch's info sheet, of 2026. */
const info2026 = (): SheetIn => {
  const s = infoVertical();
  return { ...s, rows: s.rows.map((r) => (r[0] === '统计年度' ? ['统计年度', 2026] : r)) };
};

/** The 2026 meetings up to 20 November. */
function meetings2026(): SheetIn {
  const rows: (string | number)[][] = [['日期', '会议类型', '主题', '主持人', '记录人']];
  for (let m = 1; m <= 11; m++) {
    const mm = String(m).padStart(2, '0');
    rows.push([`2026-${mm}-05`, '支委会', '学习', '张三', '李四'], [`2026-${mm}-15`, '主题党日', '学习', '张三', '李四']);
    if (m % 3 === 0) rows.push([`2026-${mm}-20`, '支部党员大会', '学习', '张三', '李四'], [`2026-${mm}-22`, '党课', '学习', '张三', '李四']);
  }
  return { name: '三会一课', rows };
}

describe('the year in progress (no as-of date, today 2026-11-25)', () => {
  it('dues paid by the quarter, the fourth quarter not yet paid: October is not owed before the quarter ends', async () => {
    const quarterly: SheetIn = {
      name: '党费',
      rows: [
        ['2026年党费收缴台账（按季度交纳）'],
        ['姓名', '缴费基数', '月应交', '第一季度', '第二季度', '第三季度', '第四季度'],
        ...PEOPLE.slice(0, 3).map((p) => [p.name, p.base, p.due, p.due * 3, p.due * 3, p.due * 3, null]),
      ],
    };
    const roster = plainRoster();
    const r = await checkLayout([info2026(), { ...roster, rows: roster.rows.slice(0, 4) }, quarterly, meetings2026()], { today: TODAY });
    expect(r.asOf).toBe(TODAY);
    expect(r.findings.filter((f) => f.rule.startsWith('D'))).toEqual([]);
    // what is owed and paid: the three quarters ended
    expect(r.stats.dues).toMatchObject({ due: (90 + 40 + 15) * 9, paid: (90 + 40 + 15) * 9 });
    // October's dues, not yet owed: the reports name them
    expect(r.stats.dues.pending).toBe(90 + 40 + 15);
  });

  it('last year\'s 组织生活会 and 民主评议 held in January (2025年度): not this year\'s, in the findings or the figures', async () => {
    const m = meetings2026();
    const rows = [m.rows[0], ['2026-01-20', '组织生活会', '2025年度专题组织生活会', '张三', '李四'], ['2026-01-20', '民主评议党员', '2025年度民主评议党员', '张三', '李四'], ...m.rows.slice(1)];
    const roster = plainRoster();
    const r = await checkLayout([info2026(), { ...roster, rows: roster.rows.slice(0, 4) }, { ...m, rows }], { today: TODAY });
    expect(r.findings.filter((f) => f.rule.startsWith('C'))).toEqual([]);
    expect(r.stats.meetings).toMatchObject({ committee: 11, themeDay: 11, lifeMeeting: 0, review: 0 });
  });

  it('meetings planned for December written in ahead: one 提示, not an error a row; a December date with attendance stays an error', async () => {
    const m = meetings2026();
    const rows: CellIn[][] = [[...m.rows[0], '实到人数', '备注'], ...m.rows.slice(1).map((r) => [...r, 3, null])];
    rows.push(
      ['2026-12-05', '支委会', '研究2027年工作计划', '张三', '李四', 3, null],
      ['2026-12-06', '支委会', '研究年底工作', '张三', null, null, '计划'],
      ['2026-12-22', '支部党员大会', '年终总结', null, null, null, null],
      ['2026-12-26', '组织生活会', '2026年度组织生活会', '张三', '李四', 3, '拟召开'],
    );
    const roster = plainRoster();
    const r = await checkLayout([info2026(), { ...roster, rows: roster.rows.slice(0, 4) }, { name: '三会一课', rows }], { today: TODAY });
    const c = r.findings.filter((f) => f.rule.startsWith('C'));
    expect(c.map((f) => [f.rule, f.severity, f.cell])).toEqual([['C12', '错误', `A${rows.length - 3}`], ['C12', '提示', `A${rows.length - 2}`]]);
    expect(c[1].message).toMatch(/^三会一课 A\d+–A\d+：有3条计划召开的会议（12月6日、12月22日、12月26日）晚于统计截止日期2026年11月25日，未计入/);
    expect(r.stats.meetings).toMatchObject({ committee: 11, lifeMeeting: 0 });
  });

  it('a meetings sheet whose dates have no year anywhere: the W03s at their cells and one W02 saying no period was judged, no C01–C05 a period', async () => {
    const rows: CellIn[][] = [['日期', '会议类型', '主题', '主持人', '记录人']];
    for (let m = 1; m <= 10; m++) rows.push([`${m}月6日`, '支委会', '学习', '张三', '李四'], [`${m}月16日`, '主题党日', '学习', '张三', '李四']);
    const roster = plainRoster();
    const r = await checkLayout([{ ...roster, rows: roster.rows.slice(0, 4) }, { name: '三会一课', rows }], { today: TODAY });
    const meetings = r.findings.filter((f) => f.sheet === '三会一课');
    expect(meetings.map((f) => [f.rule, f.cell])).toEqual([['W02', 'A1'], ['W03', 'A2']]);
    expect(meetings[0].message).toMatch(/^三会一课 A1 “日期”列的20条会议记录的日期都无法识别，无法判断各月、各季度是否按规定召开了会议，本次未检查（C01–C07、C11）。请把日期写成/);
    expect(r.findings.filter((f) => f.rule.startsWith('C'))).toEqual([]);
  });

  it('a 2025 ledger sent now, its 组织生活会 not yet held: C06 at 2025-12-31 says one held in 2026年1—3月 counts once recorded as 2025年度', async () => {
    const rows: CellIn[][] = [['日期', '会议类型', '主题', '主持人', '记录人'], ...meetingList().filter(([, t]) => t !== '组织生活会').map(([d, t]) => [d, t, '学习', '张三', '李四'])];
    const roster = plainRoster();
    const r = await checkLayout([infoVertical(), { ...roster, rows: roster.rows.slice(0, 4) }, { name: '三会一课', rows }], { today: TODAY });
    expect(r.asOf).toBe('2025-12-31');
    const c = r.findings.filter((f) => f.rule.startsWith('C'));
    expect(c.map((f) => [f.rule, f.period])).toEqual([['C06', '2025']]);
    expect(c[0].message).toContain('2025年度的组织生活会在2026年1—3月召开的，在本台账中登记并写明“2025年度”（如“2025年度组织生活会”）即计入2025年。');
  });
});
