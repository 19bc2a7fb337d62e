import { describe, expect, it } from 'vitest';
import { gridFromRows } from '../grid/grid-from-rows.js';
import { saysPlanned } from './planned-row.js';
import { SheetView } from './sheet-view.js';

describe('a 三会一课 row that says it is planned', () => {
  const view = new SheetView(gridFromRows('三会一课', [
    ['日期', '会议类型', '主题', '备注'],
    ['2026-12-06', '支委会', '研究年底工作', '计划'],
    ['2026-12-08', '支部党员大会', '拟于12月8日召开，审议年度总结', null],
    ['2026-12-10', '支委会（待召开）', '学习', null],
    ['2026-12-05', '支委会', '研究2027年工作计划', null],
    ['2026-11-05', '支委会', '学习', '按计划召开'],
  ]));
  const topic = [3];

  it('is one whose 备注, 主题 or type says so', () => {
    expect([2, 3, 4].map((r) => saysPlanned(view, r, topic))).toEqual([true, true, true]);
  });
  it('is not one whose topic is about a plan, nor one held as planned (按计划召开)', () => {
    expect([5, 6].map((r) => saysPlanned(view, r, topic))).toEqual([false, false]);
  });
});
