/**
 * Meeting records kept other than as one table of rows: 党小组会 named by group (C03 judges each
 * group), minutes written as blocks of "会议时间：…" lines, a calendar grid of types by month.
 */
import { describe, expect, it } from 'vitest';
import {
  EXPECTED, PEOPLE, checkLayout, ids, infoVertical, meetingList, plainDues, plainMeetings, stats, wFindings, type SheetIn,
} from './layout-support.js';

const GROUP_OF = ['第一党小组', '第一党小组', '第二党小组', '第二党小组'];

const groupRoster = (): SheetIn => ({
  name: '党员名册',
  rows: [
    ['姓名', '性别', '身份证号', '出生日期', '入党时间', '转正时间', '党员类别', '党内职务', '在职状态', '党小组'],
    ...PEOPLE.map((p, i) => [p.name, p.gender, ids[i], p.birth, p.join, p.full, p.full ? '正式党员' : '预备党员', p.role, p.status, GROUP_OF[i]]),
  ],
});

const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);

describe('党小组会 named by group', () => {
  it('a sheet of blocks headed "第二党小组会议记录（组长：…）": the month group two missed is its C03', async () => {
    const rows: (string | number | null)[][] = [];
    for (const [g, head] of [['第一党小组', '张三'], ['第二党小组', '王五']]) {
      rows.push([`${g}会议记录（组长：${head}）`], ['日期', '学习内容', '主持人', '应到人数', '实到人数', '记录人']);
      for (const m of months) if (!(g === '第二党小组' && m === '2025-10')) rows.push([`${m}-20`, '学习交流', head, 2, 2, head]);
      rows.push([]);
    }
    const r = await checkLayout([infoVertical(), groupRoster(), plainDues(), plainMeetings(), { name: '党小组会记录', rows, merges: ['A1:F1', 'A16:F16'] }]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r).meetings.group).toBe(23);
    const c03 = r.findings.filter((f) => f.rule === 'C03');
    expect(c03.map((f) => [f.sheet, f.period])).toEqual([['党小组会记录', '2025-10']]);
    expect(c03[0].message).toContain('第二党小组2025年10月未召开党小组会');
  });

  it('a 党小组 column and type words naming the group ("第二党小组党小组会"), the roster writing 一组/二组', async () => {
    const roster = groupRoster();
    roster.rows.slice(1).forEach((row, i) => { row[9] = i < 2 ? '一组' : '二组'; });
    const rows = [...plainMeetings().rows.map((r) => [...r, null])];
    rows[0][5] = '党小组';
    for (const m of months) {
      rows.push([`${m}-18`, '党小组会', '学习', '张三', '李四', '第一党小组']);
      if (m !== '2025-04') rows.push([`${m}-19`, '第二党小组党小组会', '学习', '王五', '赵六', null]);
    }
    const r = await checkLayout([infoVertical(), roster, plainDues(), { name: '三会一课', rows }]);
    expect(wFindings(r)).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'C03').map((f) => f.message.slice(0, 24))).toEqual(['三会一课：第二党小组2025年4月未召开党小组会']);
  });

  it('records naming no group: the branch is judged as a whole, as before', async () => {
    const rows = [...plainMeetings().rows];
    for (const m of months) if (m !== '2025-06') rows.push([`${m}-18`, '党小组会', '学习', '张三', '李四']);
    const r = await checkLayout([infoVertical(), groupRoster(), plainDues(), { name: '三会一课', rows }]);
    const c03 = r.findings.filter((f) => f.rule === 'C03');
    expect(c03.map((f) => f.period)).toEqual(['2025-06']);
    expect(c03[0].message).toContain('2025年6月没有党小组会记录');
  });
});
