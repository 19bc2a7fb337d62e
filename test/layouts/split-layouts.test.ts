/** One ledger split over several sheets (by quarter, by half-year, a roster in parts), read from real files. */
import { describe, expect, it } from 'vitest';
import {
  EXPECTED, PEOPLE, checkLayout, ids, infoVertical, plainDues, plainMeetings, plainRoster, stats, wFindings, type SheetIn,
} from './layout-support.js';

/** The plain sheet's header over some of its data rows, under another name. */
const part = (sheet: SheetIn, name: string, keep: (row: number) => boolean): SheetIn =>
  ({ name, rows: [sheet.rows[0], ...sheet.rows.slice(1).filter((_, i) => keep(i))] });

const QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度'];

describe('a ledger split over several sheets', () => {
  it('三会一课 one sheet a quarter, saved again by LibreOffice: every meeting counts, none is missing', async () => {
    const all = plainMeetings();
    const quarterOf = (i: number) => Math.floor((Number(String(all.rows[i + 1][0]).slice(5, 7)) - 1) / 3);
    const sheets = QUARTERS.map((q, n) => part(all, q, (i) => quarterOf(i) === n));
    const reference = await checkLayout([infoVertical(), plainRoster(), plainDues(), all]);
    for (const soffice of [false, true]) {
      const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), ...sheets], { soffice });
      expect(wFindings(r)).toEqual([]);
      expect(stats(r)).toEqual(EXPECTED);
      expect(r.findings).toEqual(reference.findings);
      expect(r.ledger.meetings!.sheets).toEqual(QUARTERS);
      expect(r.ledger.meetings!.meetings.at(-1)!.date.ref).toEqual({ sheet: '第四季度', row: 11, col: 1, address: 'A11' });
    }
  });

  it('三会一课 one sheet a meeting type (支委会, 党员大会, 党课 …), none with a 会议类型 column: no W02, every meeting counts', async () => {
    const all = plainMeetings();
    const types = [...new Set(all.rows.slice(1).map((r) => String(r[1])))];
    const sheets = types.map((t) => ({ name: t, rows: [['时间', '地点', '主题', '主持人', '记录人'],
      ...all.rows.slice(1).filter((r) => r[1] === t).map((r) => [r[0], '会议室', ...r.slice(2)])] }));
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), ...sheets]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('sheets named for one meeting type, each with columns of its own, two with a type-like column (主题党日活动记录: 活动形式 集中学习; 组织生活会记录: 会议名称): every meeting counts', async () => {
    const all = plainMeetings().rows.slice(1);
    const of = (t: string) => all.filter((r) => r[1] === t);
    const sheets: SheetIn[] = [
      { name: '支部党员大会记录', rows: [['召开时间', '会议议题', '主持人', '应到人数', '实到人数', '缺席人员及原因', '记录人'], ...of('支部党员大会').map((r) => [r[0], '学习', '张三', 4, 4, '无', '李四'])] },
      { name: '支委会记录', rows: [['时间', '议题', '参会支委', '主持人', '记录人'], ...of('支委会').map((r) => [r[0], '研究工作', '张三、李四、王五', '张三', '李四'])] },
      { name: '党课记录', rows: [['日期', '授课人', '授课题目', '听课人数'], ...of('党课').map((r) => [r[0], '张三', '学习党章', 4])] },
      { name: '主题党日活动记录', rows: [['活动时间', '活动主题', '活动形式', '参加人数', '负责人'], ...of('主题党日').map((r, i) => [r[0], '学习贯彻', i % 2 ? '志愿服务' : '集中学习', 4, '张三'])] },
      { name: '组织生活会记录', rows: [['召开时间', '会议名称', '主持人', '应到人数', '实到人数', '记录人'], ['2025-12-25', '2025年度专题组织生活会暨民主评议党员', '张三', 4, 4, '李四']] },
    ];
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), ...sheets]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings.filter((f) => f.rule.startsWith('C'))).toEqual([]);
  });

  it('a 党总支 workbook, each numbered branch\'s ledgers on sheets of their own: one branch checked, one W01 naming the others', async () => {
    const named = (sheet: SheetIn, name: string): SheetIn => ({ ...sheet, name });
    const other = (sheet: SheetIn, name: string): SheetIn => ({ name, rows: [sheet.rows[0], ...sheet.rows.slice(1, 3)] });
    const r = await checkLayout([infoVertical(),
      named(plainRoster(), '第一党支部党员名册'), other(plainRoster(), '第二党支部党员名册'),
      other(plainDues(), '第二党支部党费'), named(plainDues(), '第一党支部党费'),
      named(plainMeetings(), '第一党支部三会一课'), other(plainMeetings(), '第二党支部三会一课')]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.ledger.dues!.sheet).toBe('第一党支部党费');
    const w = wFindings(r);
    expect(w.map((f) => f.rule)).toEqual(['W01']);
    expect(w[0].message).toContain('工作表“第二党支部党员名册”、“第二党支部党费”、“第二党支部三会一课”');
    // a roster kept by 党小组 is one branch's
    const groups = await checkLayout([infoVertical(), part(plainRoster(), '第一党小组', (i) => i < 2), part(plainRoster(), '第二党小组', (i) => i >= 2), plainDues(), plainMeetings()]);
    expect(wFindings(groups)).toEqual([]);
    expect(stats(groups)).toEqual(EXPECTED);
  });

  it('党费 one sheet a half-year: a month missed on the second sheet is found at its cell', async () => {
    const head = (months: number[]) => ['姓名', '缴费基数', '月应交', ...months.map((m) => `${m}月`)];
    const half = (name: string, months: number[]): SheetIn => ({
      name,
      rows: [head(months), ...PEOPLE.map((p) => [p.name, p.base, p.due, ...months.map((m) => (m >= p.from ? p.due : null))])],
    });
    const first = half('党费（上半年）', [1, 2, 3, 4, 5, 6]);
    // a payment missed in November is found on the second sheet, at its cell
    const second = half('党费（下半年）', [7, 8, 9, 10, 11, 12]);
    second.rows[2][3 + 4] = null;
    const r = await checkLayout([infoVertical(), plainRoster(), first, second, plainMeetings()]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r).dues).toEqual({ due: EXPECTED.dues.due, paid: EXPECTED.dues.due - 40 });
    expect(r.findings.filter((f) => f.rule.startsWith('D')).map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.period}`)).toEqual(['D03 党费（下半年）!H3 2025-11']);
  });

  it('党费 one sheet a month (1月 … 12月, or titled 2025年5月党费收缴登记表), no 月份 column, each month paid early the next: the sheet is the month', async () => {
    const paidOn = (m: number) => (m === 12 ? '2026-01-06' : `2025-${String(m + 1).padStart(2, '0')}-06`);
    const monthSheet = (m: number, titled: boolean): SheetIn => ({
      name: titled ? `Sheet${m}` : `${m}月`,
      rows: [...(titled ? [[`2025年${m}月党费收缴登记表`]] : []), ['序号', '姓名', '应交金额（元）', '实交金额（元）', '交纳日期'],
        ...PEOPLE.filter((p) => m >= p.from).map((p, i) => [i + 1, p.name, p.due, p.name === '李四' && m === 5 ? null : p.due, paidOn(m)])],
    });
    for (const titled of [false, true]) {
      const months = Array.from({ length: 12 }, (_, i) => monthSheet(i + 1, titled));
      const r = await checkLayout([infoVertical(), plainRoster(), ...months, plainMeetings()]);
      expect(wFindings(r)).toEqual([]);
      expect(stats(r).dues).toEqual({ due: EXPECTED.dues.due, paid: EXPECTED.dues.due - 40 });
      expect(r.findings.filter((f) => f.rule.startsWith('D')).map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.period}`))
        .toEqual([`D03 ${titled ? 'Sheet5' : '5月'}!D${titled ? 4 : 3} 2025-05`]);
    }
  });

  it('a roster in two sheets, beside a hidden copy and a visible sheet of last year: one roster of this year', async () => {
    const roster = plainRoster();
    const lastYear = part(roster, '2024年党员名册', (i) => i < 3);
    // last year's copy lists a member who has since left: had it joined, there would be five
    const departed = ['钱七', '男', '110101197001010011', '1970-01-01', '2000-07-01', '2001-07-01', '正式党员', '', '在职'];
    const r = await checkLayout([
      infoVertical(), { name: '党员名册（往年）', rows: [...roster.rows, departed], hidden: true }, part(roster, '党员名册（在职）', (i) => i < 2),
      { ...lastYear, rows: [['2024年党员名册'], ...lastYear.rows, departed] }, part(roster, '党员名册（其他）', (i) => i >= 2), plainDues(), plainMeetings(),
    ]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.ledger.members!.sheets).toEqual(['党员名册（在职）', '党员名册（其他）']);
    expect(r.findings.filter((f) => f.rule.startsWith('M') || f.rule === 'D01')).toEqual([]);
  });

  it('a member listed in both parts of a roster is a duplicate (M04), named with both sheets', async () => {
    const roster = plainRoster();
    const r = await checkLayout([infoVertical(), part(roster, '在职党员', (i) => i < 3), part(roster, '其他党员', (i) => i >= 2), plainDues(), plainMeetings()]);
    expect(stats(r).members).toEqual({ total: 5, full: 4, probationary: 1 });
    const m04 = r.findings.filter((f) => f.rule === 'M04');
    expect(m04.map((f) => [f.sheet, f.member])).toEqual([['其他党员', PEOPLE[2].name]]);
    expect(m04[0].message).toContain('在职党员第4行与其他党员第2行的身份证号码相同');
    expect(m04[0].message).not.toContain(ids[2]);
  });
});
