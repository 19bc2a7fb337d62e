/**
 * Rosters and records as clerks type or paste them (probe13): an ID after the ‘ a Chinese input
 * method gives for Excel's text mark, names pasted from a web page with zero-width spaces, 参会人员
 * set apart by spaces, a Hong Kong member's 通行证 number, 转入时间 / 转出时间 columns.
 */
import { describe, expect, it } from 'vitest';
import {
  EXPECTED, PEOPLE, checkLayout, idFor, ids, infoVertical, meetingList, plainDues, plainMeetings, plainRoster, stats, wFindings, type SheetIn,
} from './layout-support.js';

const rosterWith = (edit: (row: (string | number | null)[], i: number) => void, head?: (h: (string | number | null)[]) => void): SheetIn => {
  const sheet = plainRoster();
  const rows = sheet.rows.map((r) => [...r] as (string | number | null)[]);
  head?.(rows[0]);
  rows.slice(1).forEach(edit);
  return { ...sheet, rows };
};

describe('pasted and IME-typed text', () => {
  it('身份证号 typed after ‘ or ’ (the text mark as a Chinese input method gives it): read as the ID, no M02', async () => {
    const roster = rosterWith((row, i) => { row[2] = (i % 2 ? '‘' : '’') + ids[i]; });
    const r = await checkLayout([infoVertical(), roster, plainDues(), plainMeetings()]);
    expect(wFindings(r)).toEqual([]);
    expect(r.ledger.members!.members.map((m) => m.idNumber.value?.text)).toEqual(ids);
    expect(r.findings.filter((f) => f.rule.startsWith('M'))).toEqual([]);
  });

  it('roster names pasted with zero-width spaces match the dues and records (no D01), after a LibreOffice save too', async () => {
    const roster = rosterWith((row) => { const n = String(row[0]); row[0] = `${n[0]}\u200b${n.slice(1)}`; });
    for (const soffice of [false, true]) {
      const r = await checkLayout([infoVertical(), roster, plainDues(), plainMeetings()], { soffice });
      expect(wFindings(r)).toEqual([]);
      expect(r.findings.filter((f) => f.rule === 'D01')).toEqual([]);
      expect(stats(r)).toEqual(EXPECTED);
    }
  });

  it('参会人员 names set apart by spaces are counted one by one: no C09 on a meeting everyone came to', async () => {
    const committee = PEOPLE.filter((p) => p.role).map((p) => p.name);
    const rows = [['日期', '会议类型', '主题', '主持人', '参会人员', '记录人'],
      ...meetingList().map(([d, t]) => [d, t, '学习', '张三', (t === '支委会' ? committee : PEOPLE.map((p) => p.name)).join(' '), '李四'])];
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows }]);
    expect(wFindings(r)).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'C09')).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('参会人员 as two-character names padded to line up ("张　三 李　四"), or as "应到4人 实到4人": counted right, no C09', async () => {
    const committee = PEOPLE.filter((p) => p.role).map((p) => p.name);
    const padded = (names: string[]) => names.map((n) => `${n[0]}\u3000${n[1]}`).join(' ');
    const counted = (names: string[]) => `应到${names.length}人 实到${names.length}人`;
    for (const cell of [padded, counted]) {
      const rows = [['日期', '会议类型', '主题', '主持人', '参会人员', '记录人'],
        ...meetingList().map(([d, t]) => [d, t, '学习', '张三', cell(t === '支委会' ? committee : PEOPLE.map((p) => p.name)), '李四'])];
      const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows }]);
      expect(wFindings(r)).toEqual([]);
      expect(r.findings.filter((f) => f.rule === 'C09')).toEqual([]);
      expect(stats(r)).toEqual(EXPECTED);
    }
  });

  it('a Hong Kong member\'s 港澳居民来往内地通行证 number under 证件号码 is not a wrong ID', async () => {
    const roster = rosterWith((row, i) => { if (i === 1) row[2] = 'H60123457'; }, (h) => { h[2] = '证件号码'; });
    const r = await checkLayout([infoVertical(), roster, plainDues(), plainMeetings()]);
    expect(wFindings(r)).toEqual([]);
    expect(r.findings.filter((f) => f.rule.startsWith('M'))).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('转入时间 / 转出时间 columns: the months before the transfer in and after the transfer out are not owed (no D03/D04)', async () => {
    // 李四 came on 2025-05-12, 王五 left on 2025-08-20: dues blank outside their stay
    const roster = rosterWith((row, i) => { row.push(i === 1 ? '2025-05-12' : null, i === 2 ? '2025-08-20' : null); }, (h) => { h.push('转入时间', '转出时间'); });
    const dues = plainDues();
    dues.rows = dues.rows.map((r, k) => (k === 2 ? r.map((v, j) => (j >= 3 && j < 7 ? null : v)) : k === 3 ? r.map((v, j) => (j >= 11 ? null : v)) : r));
    for (const soffice of [false, true]) {
      const r = await checkLayout([infoVertical(), roster, dues, plainMeetings()], { soffice });
      expect(wFindings(r)).toEqual([]);
      expect(r.findings.filter((f) => f.rule.startsWith('D'))).toEqual([]);
      expect(stats(r).dues).toEqual({ due: 1742 - 4 * 40 - 4 * 15, paid: 1742 - 4 * 40 - 4 * 15 });
    }
  });

  it('出生年月 typed as numbers (1985.03): read; 1985.10 shown as 1985.1 against an October ID is explained, not called a wrong date', async () => {
    const roster = rosterWith((row, i) => {
      row[3] = Number(PEOPLE[i].birth.slice(0, 7).replace('-', '.'));
      if (i === 1) { row[2] = idFor('1985-10-02', 12); row[3] = 1985.1; }
    }, (h) => { h[3] = '出生年月'; });
    const r = await checkLayout([infoVertical(), roster, plainDues(), plainMeetings()]);
    expect(wFindings(r)).toEqual([]);
    const m = r.findings.filter((f) => f.rule.startsWith('M'));
    expect(m.map((f) => [f.rule, f.cell])).toEqual([['M03', 'D3']]);
    expect(m[0].message).toContain('出生年月填写为数字1985.1（即1985年1月）');
    expect(m[0].message).toContain('“1985.10”');
  });
});
