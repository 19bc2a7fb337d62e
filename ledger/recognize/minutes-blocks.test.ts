import { describe, expect, it } from 'vitest';
import { dateCell, gridFromRows } from '../grid/grid-from-rows.js';
import type { Finding } from '../findings/finding.js';
import { findMinutes, isMinutesSheet, minutesHint, minutesReadable, readMinutes } from './minutes-blocks.js';
import { RosterNames } from './roster-names.js';
import { SheetView } from './sheet-view.js';

const view = (rows: unknown[][]) => new SheetView(gridFromRows('会议记录', rows as never));

describe('minutes blocks', () => {
  it('reads each block, a line a cell, several labels in one cell, the topic\'s next lines', () => {
    const v = view([
      ['会议名称：支委会'], ['会议时间：2025年3月5日上午9:00', null, '会议地点：二楼'], ['主持人：张三  记录人：李四'], ['应到：3人 实到：2人'],
      ['缺席人员：王五（病假）'], ['会议议题：1.研究发展党员'], ['2.部署下月工作'], [],
      ['会议名称：第一党小组会'], ['会议时间：3月12日'], ['主持人：'], ['参会人员：张三、李四'],
    ]);
    const found = findMinutes([v], new Set())!;
    expect(minutesReadable(found)).toBe(true);
    const issues: Finding[] = [];
    const l = readMinutes(found, issues, new RosterNames(['张三', '李四', '王五']), 2025);
    expect(issues).toEqual([]);
    const [a, b] = l.meetings;
    expect([a.row, a.date.ref?.address, a.date.value?.date, a.types, a.host.value, a.recorder.value, a.expected.value, a.present.value, a.absentees, a.topic.value])
      .toEqual([2, 'A2', '2025-03-05', ['committee'], '张三', '李四', 3, 2, ['王五'], '1.研究发展党员；2.部署下月工作']);
    expect([b.date.value?.date, b.types, b.group, b.host.value, b.host.ref?.address, b.present.value]).toEqual(['2025-03-12', ['group'], '第一党小组', null, 'A11', 2]);
  });

  it('label and value side by side, a real date; a sheet of such blocks is minutes, not a table', () => {
    const rows = [
      ['会议类型', '党课', '会议地点', '活动室'], ['会议时间', dateCell('2025-03-20'), '主讲人', '张三'], ['应到人数', 4, '实到人数', 4], [],
      ['会议类型', '主题党日', '会议地点', '活动室'], ['会议时间', dateCell('2025-03-25'), '主持人', null], [],
    ];
    expect(isMinutesSheet(view(rows))).toBe(true);
    const l = readMinutes(findMinutes([view(rows)], new Set())!, [], new RosterNames([]), null);
    expect(l.meetings.map((m) => [m.date.value?.date, m.types[0], m.speaker.value, m.expected.value, m.host.ref?.address ?? null]))
      .toEqual([['2025-03-20', 'lecture', '张三', 4, null], ['2025-03-25', 'themeDay', null, null, 'D6']]);
  });

  it('finds nothing in a table, a review sheet\'s one dated line, or one block alone', () => {
    expect(findMinutes([view([['日期', '会议类型', '主题'], ['2025-01-05', '支委会', '学习']])], new Set())).toBeNull();
    expect(findMinutes([view([['民主评议党员测评表'], ['评议时间：2025年12月26日'], ['姓名', '等次']])], new Set())).toBeNull();
    expect(findMinutes([view([['会议名称：支委会'], ['会议时间：2025-01-05']])], new Set())).toBeNull();
  });

  it('blocks naming no known type are found but not readable', () => {
    const found = findMinutes([view([['会议名称：碰头会'], ['会议时间：2025-01-05'], [], ['会议名称：碰头会'], ['会议时间：2025-02-05']])], new Set())!;
    expect([found.blocks.length, found.readable, minutesReadable(found)]).toEqual([2, 0, false]);
  });

  it('reads the sheet\'s 会议时间 by the order its blocks show: one 15/03/2025 makes 03/04/2025 the 3rd of April', () => {
    const rows = (first: string) => [
      ['会议名称：支委会'], [`会议时间：${first}`], [],
      ['会议名称', '党课'], ['会议时间', '03/04/2025'], [],
    ];
    const read = (first: string) => {
      const issues: Finding[] = [];
      const l = readMinutes(findMinutes([view(rows(first))], new Set())!, issues, new RosterNames([]), 2025);
      return [l.meetings.map((m) => m.date.value?.date ?? null), issues.map((f) => f.cell)];
    };
    expect(read('15/03/2025')).toEqual([['2025-03-15', '2025-04-03'], []]);
    expect(read('2025-03-15')).toEqual([['2025-03-15', null], ['B5']]);
  });

  it('the hint names what was found: 谈心谈话 records are called so, not 会议纪要', () => {
    const talks = (name: string) => new SheetView(gridFromRows(name, [
      ['谈心谈话记录'], ['时间：2025年3月10日', null, '地点：党员活动室'], ['谈话人：张三', null, '谈话对象：李四'], [],
      ['时间：2025年4月10日', null, '地点：党员活动室'], ['谈话人：张三', null, '谈话对象：王五'],
    ] as never));
    const hint = minutesHint(findMinutes([talks('谈心谈话')], new Set())!);
    expect(hint).toContain('工作表“谈心谈话”中有2段谈心谈话记录');
    expect(hint).toContain('不属于三会一课');
    expect(hint).not.toContain('会议纪要');
    // minutes of an unknown meeting type are still minutes
    const found = findMinutes([view([['会议名称：碰头会'], ['会议时间：2025-01-05'], [], ['会议名称：碰头会'], ['会议时间：2025-02-05']])], new Set())!;
    expect(minutesHint(found)).toContain('会议纪要');
  });
});
