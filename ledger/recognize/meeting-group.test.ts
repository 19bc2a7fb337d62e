import { describe, expect, it } from 'vitest';
import { gridFromRows } from '../grid/grid-from-rows.js';
import { findHeaderBlocks } from './header-match.js';
import { blockGroups, meetingGroup } from './meeting-group.js';
import { SheetView } from './sheet-view.js';

describe('the 党小组 a meeting record names', () => {
  const view = new SheetView(gridFromRows('三会一课', [
    ['第二党小组会议记录（组长：王五）'],
    ['日期', '会议类型', '主题', '主持人', '党小组'],
    ['2025-01-10', '党小组会', '学习', '张三', '第一党小组'],
    ['2025-01-11', '党小组会', '学习', '张三', '全体'],
    ['2025-01-12', '党小组会', '第三党小组会：学习', '张三', null],
    ['2025-01-13', '支委会', '学习', '张三', '第一党小组'],
    ['2025-01-14', '党小组会', '学习', '张三', '否'],
  ]));
  const block = findHeaderBlocks(view).find((b) => b.kind === 'meetings')!;
  const groups = blockGroups(view, block);

  it('finds the block\'s 党小组 column and the group its title names', () => {
    expect(groups).toEqual({ col: 5, title: '第二党小组' });
  });
  it('reads the column first, "全体" as no one group, then type, title, a topic naming the group\'s meeting', () => {
    expect(meetingGroup(view, 3, groups, ['group'], '党小组会', '学习')).toBe('第一党小组');
    expect(meetingGroup(view, 4, groups, ['group'], '党小组会', '学习')).toBeNull();
    expect(meetingGroup(view, 5, groups, ['group'], '第四党小组党小组会', '学习')).toBe('第四党小组');
    expect(meetingGroup(view, 5, groups, ['group'], '党小组会', '学习')).toBe('第二党小组');
    expect(meetingGroup(view, 5, { col: undefined, title: null }, ['group'], '党小组会', '第三党小组会：学习')).toBe('第三党小组');
    expect(meetingGroup(view, 5, { col: undefined, title: null }, ['group'], '党小组会', '学习第三党小组经验')).toBeNull();
  });
  it('a 党小组 cell holding a placeholder ("否") names no group, as the roster\'s does (values/group-name.ts namesGroup)', () => {
    expect(meetingGroup(view, 8, { col: 5, title: null }, ['group'], '党小组会', '学习')).toBeNull();
  });
  it('names none for a meeting of another type', () => {
    expect(meetingGroup(view, 6, groups, ['committee'], '支委会', '学习')).toBeNull();
  });
});
