import { describe, expect, it } from 'vitest';
import { gridFromRows, gridOf } from '../grid/grid-from-rows.js';
import { recognize } from './index.js';

const ID = '110101199001011234';

describe('effective 党员类别 (党章第七条: 预备党员 until 转正)', () => {
  it('a roster keeping 转正时间 but no category column: an empty 转正时间 is a 预备党员', () => {
    const l = recognize(gridOf(gridFromRows('党员名册', [
      ['姓名', '公民身份号码', '入党日期', '转为正式党员日期'],
      ['张三', ID, '2015-07-01', '2016-07-01'],
      ['李四', ID, '2025-03-01', ''],
    ])));
    expect(l.members!.members.map((m) => m.effectiveCategory)).toEqual(['正式党员', '预备党员']);
  });

  it('an unreadable 转正时间 decides nothing', () => {
    const l = recognize(gridOf(gridFromRows('党员名册', [
      ['姓名', '公民身份号码', '入党日期', '转正时间'],
      ['李四', ID, '2025-03-01', '去年'],
    ])));
    expect(l.members!.members[0].effectiveCategory).toBeNull();
  });

  it('a roster without 转正时间 nor category: unknown', () => {
    const l = recognize(gridOf(gridFromRows('党员名册', [
      ['姓名', '公民身份号码', '入党日期'],
      ['李四', ID, '2025-03-01'],
    ])));
    expect(l.members!.members[0].effectiveCategory).toBeNull();
  });

  it('a category column that names categories: an empty cell stays unknown (M01 asks for it)', () => {
    const l = recognize(gridOf(gridFromRows('党员名册', [
      ['姓名', '公民身份号码', '入党日期', '转正时间', '党员类别'],
      ['张三', ID, '2015-07-01', '', '正式党员'],
      ['李四', ID, '2025-03-01', '', ''],
    ])));
    expect(l.members!.members.map((m) => m.effectiveCategory)).toEqual(['正式党员', null]);
  });

  it('national-system words: 正式/预备 in 人员类别; 党籍状态 of 正常 says nothing of the category', () => {
    const l = recognize(gridOf(gridFromRows('党员名册', [
      ['姓名', '公民身份号码', '入党日期', '转为正式党员日期', '人员类别'],
      ['张三', ID, '2015-07-01', '', '正式'],
      ['李四', ID, '2025-03-01', '', '预备'],
    ])));
    expect(l.members!.members.map((m) => m.effectiveCategory)).toEqual(['正式党员', '预备党员']);
    const s = recognize(gridOf(gridFromRows('党员名册', [
      ['姓名', '公民身份号码', '入党日期', '转为正式党员日期', '党籍状态'],
      ['张三', ID, '2015-07-01', '2016-07-01', '正常'],
      ['李四', ID, '2025-03-01', '', '正常'],
    ])));
    expect(s.members!.members.map((m) => m.effectiveCategory)).toEqual(['正式党员', '预备党员']);
  });
});

describe('the ledger year inferred from data', () => {
  const fmt = (v: number) => ({ v, f: '0.00' });
  it('a 合计 row of amounts under a wide dues header is no month header (3324.92 is not 1909-02)', () => {
    const dues = gridFromRows('党费交纳登记表', [
      ['序号', '姓名', '计算基数', '应交党费', '1月', '2月', '3月'],
      [1, '张三', 6748, fmt(67.48), fmt(68), fmt(68), fmt(68)],
      [2, '李四', 3884, fmt(38.84), fmt(38.84), fmt(38.84), fmt(38.84)],
      [null, '合计', null, fmt(3324.4), fmt(3324.92), fmt(3324.92), fmt(3324.92)],
    ]);
    const meetings = gridFromRows('三会一课', [
      ['日期', '会议类型', '主题'],
      ['2025-01-06', '支委会', '学习'],
      ['2025-02-06', '支委会', '学习'],
    ]);
    const l = recognize(gridOf(dues, meetings));
    expect(l.year).toBe(2025);
    expect(l.dues!.records.map((r) => r.nameKey)).toEqual(['张三', '李四']);
    expect(l.dues!.records[0].months.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03']);
  });

  it('an implausible year in the data is not the ledger year', () => {
    const meetings = gridFromRows('三会一课', [
      ['日期', '会议类型', '主题'],
      [{ v: 3324.92, f: 'yyyy-mm-dd' }, '支委会', '学习'],
      [{ v: 3324.92, f: 'yyyy-mm-dd' }, '支委会', '学习'],
      ['2025-02-06', '支委会', '学习'],
    ]);
    expect(recognize(gridOf(meetings)).year).toBe(2025);
    expect(recognize(gridOf(meetings), { latestYear: 2024 }).year).toBeNull();
  });
});

describe('a workbook of two years\' sheets and the cutoff', () => {
  const meetings = (year: number) => gridFromRows(`${year}年三会一课`, [
    [`${year}年度三会一课记录`],
    ['日期', '会议类型', '主题'],
    [`${year}-01-06`, '支委会', '学习'],
    [`${year}-02-06`, '支委会', '学习'],
  ]);
  it('takes the latest year not after the cutoff\'s; a later year only where nothing is of the cutoff\'s year or before', () => {
    const both = gridOf(meetings(2025), meetings(2026));
    expect(recognize(both, { latestYear: 2026, cutoffYear: 2025 }).meetings!.sheet).toBe('2025年三会一课');
    expect(recognize(both, { latestYear: 2027, cutoffYear: 2026 }).meetings!.sheet).toBe('2026年三会一课');
    expect(recognize(gridOf(meetings(2026)), { latestYear: 2026, cutoffYear: 2025 }).year).toBe(2026);
  });
});
