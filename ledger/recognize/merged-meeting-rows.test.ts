import { describe, expect, it } from 'vitest';
import { checkGrid } from '../check.js';
import { gridFromRows, gridOf } from '../grid/grid-from-rows.js';
import type { GridRange } from '../grid/grid.js';
import { recognize } from './index.js';
import { infoSheet, rosterSheet } from './recognize-test-data.js';

const HEAD = ['日期', '会议类型', '议题', '主持人', '应到人数', '实到人数', '记录人'];
/** Columns A, B, D–G merged from `top` down over `n` rows: one meeting written over n rows. */
const mergedDown = (top: number, n: number, cols = [1, 2, 4, 5, 6, 7]): GridRange[] =>
  cols.map((c) => ({ top, left: c, bottom: top + n - 1, right: c }));

const meetingsOf = (rows: (string | number | null)[][], merges: GridRange[]) =>
  recognize(gridOf(infoSheet(), gridFromRows('三会一课', [HEAD, ...rows], { merges }))).meetings!.meetings;

describe('one meeting written over several rows with merged cells', () => {
  const rows = [
    ['2025-01-05', '支部党员大会', '1.传达学习上级会议精神', '张三', 3, 3, '王五'],
    [null, null, '2.选举产生出席上级党代会代表', null, null, null, null],
    [null, null, '3.学习《中国共产党纪律处分条例》第二编', null, null, null, null],
    ['2025-01-10', '支委会', '研究工作', '张三', 3, 3, '王五'],
  ];

  it('is one meeting: its continuation lines are no meetings, their 议题 join its topic', () => {
    const m = meetingsOf(rows, mergedDown(2, 3));
    expect(m.map((x) => x.row)).toEqual([2, 5]);
    // the third line is longer than any name: a lone long text, read as a note outside a merge
    expect(m[0].topic.value).toBe('1.传达学习上级会议精神；2.选举产生出席上级党代会代表；3.学习《中国共产党纪律处分条例》第二编');
    expect(m[0].topic.ref?.address).toBe('C2');
    expect(m[0].isElection).toBe(true);
    expect(m[0].host.value).toBe('张三');
    // without the merges nothing ties the lines to the meeting: the short one is a record of its own
    expect(meetingsOf(rows, []).map((x) => x.row)).toEqual([2, 3, 5]);
  });

  it('raises no C10 for the 主持人 and 记录人 of its continuation lines', () => {
    const sheet = gridFromRows('三会一课', [HEAD, ...rows], { merges: mergedDown(2, 3) });
    const r = checkGrid(gridOf(infoSheet(), rosterSheet(), sheet), { asOf: '2025-12-31' });
    expect(r.findings.filter((f) => f.rule === 'C10' || f.rule === 'W03')).toEqual([]);
  });

  it('two meetings of one day under a merged 日期, and one 主持人 merged over both, each keep their type', () => {
    const m = meetingsOf([
      ['2025-03-05', '支委会', '研究发展党员', '张三', 3, 3, '王五'],
      [null, '党课', '学习党章', null, null, null, '王五'],
    ], [{ top: 2, left: 1, bottom: 3, right: 1 }, { top: 2, left: 4, bottom: 3, right: 4 }]);
    expect(m.map((x) => [x.row, x.types, x.date.value?.date, x.host.value])).toEqual([
      [2, ['committee'], '2025-03-05', '张三'],
      [3, ['lecture'], '2025-03-05', '张三'],
    ]);
    expect(m[1].date.ref?.address).toBe('A2');
  });
});
