/**
 * A ledger whose required column is missing (W02), read from real files: only W02 speaks for that
 * column; the rules that judge by it stay quiet (they would report every period, every member).
 */
import { describe, expect, it } from 'vitest';
import { PEOPLE, checkLayout, infoVertical, meetingList, plainDues, plainMeetings, plainRoster, type SheetIn } from './layout-support.js';

const rules = (r: Awaited<ReturnType<typeof checkLayout>>, area: RegExp) => r.findings.filter((f) => area.test(f.rule)).map((f) => f.rule);

describe('a required column missing (W02)', () => {
  it('三会一课 without 会议类型, or without 日期: W02 and no C01–C07, C11 (also re-saved by LibreOffice)', async () => {
    const without = (drop: number): SheetIn => {
      const rows = [['日期', '会议类型', '主题', '主持人', '缺席人员', '记录人'],
        ...meetingList().map(([d, t], i) => [d, t, '学习', '张三', i % 2 ? PEOPLE[1].name : null, '李四'])];
      return { name: '三会一课', rows: rows.map((r) => r.filter((_, j) => j !== drop)) };
    };
    for (const [drop, soffice] of [[1, false], [1, true], [0, false]] as const) {
      const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), without(drop)], { soffice });
      expect(r.findings.filter((f) => f.rule === 'W02').map((f) => f.sheet)).toEqual(['三会一课']);
      expect(rules(r, /^C/)).toEqual([]);
    }
  });

  it('a long-form 党费 ledger without 实交 (its 交纳日期 kept): W02 and no D03, D04', async () => {
    const rows: (string | number | null)[][] = [['姓名', '月份', '缴费基数', '应交党费', '交纳日期']];
    for (const p of PEOPLE) for (let m = p.from; m <= 12; m++) rows.push([p.name, `2025年${m}月`, p.base, p.due, `2025-${String(m).padStart(2, '0')}-10`]);
    const r = await checkLayout([infoVertical(), plainRoster(), { name: '党费', rows }, plainMeetings()]);
    expect(r.findings.filter((f) => f.rule === 'W02').map((f) => f.sheet)).toEqual(['党费']);
    expect(rules(r, /^D0[34]/)).toEqual([]);
  });
});
