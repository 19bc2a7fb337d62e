import { describe, expect, it } from 'vitest';
import { gridFromRows, gridOf } from '../grid/grid-from-rows.js';
import { recognize } from './index.js';
import { RosterNames } from './roster-names.js';

describe('RosterNames', () => {
  const roster = new RosterNames(['方霞', '许娜（女）', '张伟（大）', '张伟（小）', '李四']);
  it.each([
    ['方霞（预备）', '方霞'], ['许娜', '许娜（女）'], ['许娜(女)', '许娜（女）'], ['张伟（小）', '张伟（小）'], ['李四', '李四'], ['王五', '王五'], ['', ''],
  ])('%j meets the roster as %j', (key, want) => expect(roster.match(key)).toBe(want));
  it('leaves a bare name two noted roster names share alone', () => {
    expect(roster.match('张伟')).toBe('张伟');
    expect(roster.withNotes()).toEqual(['许娜（女）', '张伟（大）', '张伟（小）']);
  });
});

describe('the ledgers meet the roster by its names', () => {
  it('reads the dues row and the absentee 许娜 as the roster\'s 许娜（女）', () => {
    const l = recognize(gridOf(
      gridFromRows('党员名册', [['姓名', '身份证号', '入党时间'], ['许娜（女）', '110101199001011234', '2015-07-01']]),
      gridFromRows('党费', [['2025年党费收缴台账'], ['姓名', '1月', '2月', '3月'], ['许娜', 10, 10, 10]]),
      gridFromRows('三会一课', [['日期', '会议类型', '缺席人员'], ['2025-01-05', '支委会', '许娜（病假）']]),
    ));
    const key = l.members!.members[0].nameKey;
    expect(key).toMatch(/^许娜[(（]女[)）]$/);
    expect(l.dues!.records[0].nameKey).toBe(key);
    expect(l.meetings!.meetings[0].absentees).toEqual([key]);
  });
});
