/**
 * Date columns written day/month/year with the year last (15/03/2025), as exported from systems set
 * up for day-first dates: a column whose dates show only that order where the order shows is read
 * day first throughout (its 03/04/2025 too); a column showing both orders keeps those unread.
 */
import { describe, expect, it } from 'vitest';
import {
  EXPECTED, PEOPLE, checkLayout, idFor, ids, infoVertical, meetingList, plainDues, plainMeetings, plainRoster, stats, wFindings, type SheetIn,
} from './layout-support.js';

/** 2025-03-05 → 05/03/2025 */
const dmy = (iso: string | null) => (iso ? `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : null);

/** The meetings, odd months day first (05/01/2025, 15/01/2025), even ones year first (2025/02/05). */
const mixedMeetings = (monthFirst: string | null = null): SheetIn => ({
  name: '三会一课',
  rows: [['日期', '会议类型', '主题', '主持人', '记录人'], ...meetingList().map(([d, t]) => {
    const text = d === monthFirst ? `${d.slice(5, 7)}/${d.slice(8)}/2025` : Number(d.slice(5, 7)) % 2 ? dmy(d) : d.replace(/-/g, '/');
    return [text, t, '学习', '张三', '李四'];
  })],
});

describe('day/month/year decided per column', () => {
  it('a 日期 column mixing 15/01/2025 and 2025/02/06, none month first: 05/01/2025 is 5 January, every meeting read', async () => {
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), mixedMeetings()]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings).toEqual([]);
    expect(r.ledger.meetings!.meetings[0].date.value?.date).toBe('2025-01-05');
  });

  it('one month-first date (03/20/2025) in the column: the order is unclear again, 05/01/2025 stays a W03 saying so', async () => {
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), mixedMeetings('2025-03-20')]);
    const w03 = wFindings(r).filter((f) => f.rule === 'W03');
    expect(w03.length).toBeGreaterThan(0);
    expect(w03[0].message).toContain('日和月的先后不清楚');
    expect(w03.map((f) => f.message)).not.toContainEqual(expect.stringContaining('“15/'));
  });

  it('a roster exported with 出生日期/入党时间/转正时间 all day first (01/03/2025): read, 赵六 admitted in March, no finding', async () => {
    // 张三's days are past 12, so each column shows its order
    const people = PEOPLE.map((p, i) => (i === 0 ? { ...p, birth: '1980-05-21', join: '2010-07-15', full: '2011-07-15' } : p));
    const id = people.map((p, i) => (i === 0 ? idFor(p.birth, 11) : ids[i]));
    const roster: SheetIn = {
      name: '党员名册',
      rows: [plainRoster().rows[0], ...people.map((p, i) => [p.name, p.gender, id[i], dmy(p.birth), dmy(p.join), dmy(p.full), p.full ? '正式党员' : '预备党员', p.role, p.status])],
    };
    const r = await checkLayout([infoVertical(), roster, plainDues(), plainMeetings()]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings).toEqual([]);
    const members = r.ledger.members!.members;
    expect(members.map((m) => m.joinDate.value?.date)).toEqual(people.map((p) => p.join));
    expect(members[1].birthDate.value?.date).toBe('1985-03-02');
  });

  it('a long-form dues ledger dated only by 交纳日期 written day first: each row is its payment date\'s month', async () => {
    const rows = [['姓名', '月应交', '实交', '交纳日期'],
      ...Array.from({ length: 12 }, (_, k) => k + 1).flatMap((m) => PEOPLE.filter((p) => m >= p.from).map((p) => [p.name, p.due, p.due, `${p.name === '张三' ? 20 : 10}/${String(m).padStart(2, '0')}/2025`]))];
    const r = await checkLayout([infoVertical(), plainRoster(), { name: '党费收缴明细', rows }, plainMeetings()]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings.filter((f) => f.rule.startsWith('D'))).toEqual([]);
  });

  it('a probationary member whose 入党时间 cannot be read (01/03/2025 in a column showing no order): the W03, and no D03 for the months before his first payment', async () => {
    const roster = plainRoster();
    roster.rows[4][4] = '01/03/2025';
    const r = await checkLayout([infoVertical(), roster, plainDues(), plainMeetings()]);
    expect(wFindings(r).map((f) => `${f.rule} ${f.cell}`)).toEqual(['W03 E5']);
    expect(r.findings.filter((f) => f.rule.startsWith('D'))).toEqual([]);
  });

  it('…nor, where he paid nothing all year, for any month (no payment says when he came: the W03 asks for the date)', async () => {
    const roster = plainRoster();
    roster.rows[4][4] = '01/03/2025';
    const dues = plainDues();
    dues.rows[4] = dues.rows[4].map((c, j) => (j >= 3 ? null : c));
    const r = await checkLayout([infoVertical(), roster, dues, plainMeetings()]);
    expect(r.findings.filter((f) => f.rule.startsWith('D') && f.member === '赵六')).toEqual([]);
    expect(wFindings(r).map((f) => `${f.rule} ${f.cell}`)).toEqual(['W03 E5']);
  });
});
