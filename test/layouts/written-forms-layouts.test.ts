/**
 * Values written as people write them by hand, read from real files: amounts in Chinese numerals
 * (伍拾元整), dates day/month/year (15/03/2025), a death or an admission in the year, and a sheet
 * keeping two years' dues side by side under year-prefixed headers (2024年月应交 | 2025年月应交).
 */
import { describe, expect, it } from 'vitest';
import {
  DUES_TOTAL, EXPECTED, MEETING_COUNTS, PEOPLE, checkLayout, infoVertical, meetingList, plainDues, plainMeetings, plainRoster, stats, wFindings, type SheetIn,
} from './layout-support.js';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const DIGITS = '零壹贰叁肆伍陆柒捌玖';
/** 90 → 玖拾元整, 15 → 壹拾伍元整, 0.2 → 贰角整, 6000 → 陆仟元整 (the amounts of PEOPLE) */
const daxie = (n: number): string => {
  if (n < 1) return `${DIGITS[Math.round(n * 10)]}角整`;
  const thousands = Math.floor(n / 1000), tens = Math.floor(n / 10) % 10, ones = n % 10;
  return `${thousands ? `${DIGITS[thousands]}仟` : ''}${tens ? `${DIGITS[tens]}拾` : ''}${ones ? DIGITS[ones] : ''}元整`;
};
const dues = (rows: SheetIn['rows'], name = '党费'): SheetIn => ({ name, rows });
const onlyD = (r: Awaited<ReturnType<typeof checkLayout>>) => r.findings.filter((f) => f.rule.startsWith('D')).map((f) => `${f.rule} ${f.member} ${f.period ?? ''}`);

describe('amounts in Chinese numerals (大写金额)', () => {
  it('月应交, 缴费基数 and the month cells written 玖拾元整, 陆仟元整, 人民币…, 五十元: read as yuan, no W03', async () => {
    const rows = [['姓名', '缴费基数', '月应交', ...MONTHS.map((m) => `${m}月`)],
      ...PEOPLE.map((p, i) => [p.name, p.base ? daxie(p.base) : 0, daxie(p.due),
        ...MONTHS.map((m) => (m < p.from ? null : i === 0 && m === 1 ? `人民币${daxie(p.due)}` : i === 1 && m === 2 ? '四十元' : daxie(p.due)))])];
    const r = await checkLayout([infoVertical(), plainRoster(), dues(rows), plainMeetings()]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.ledger.dues!.records[0].base.value).toBe(6000);
    expect(onlyD(r)).toEqual([]);
  });

  it('an amount that is not complete (伍拾, 壹佰伍元) stays a W03 with its message', async () => {
    const rows = [['姓名', '缴费基数', '月应交', ...MONTHS.map((m) => `${m}月`)],
      ...PEOPLE.map((p, i) => [p.name, p.base, p.due, ...MONTHS.map((m) => (m < p.from ? null : i === 0 && m === 3 ? '玖拾' : p.due))])];
    const r = await checkLayout([infoVertical(), plainRoster(), dues(rows), plainMeetings()]);
    expect(wFindings(r).map((f) => [f.rule, f.cell, f.message])).toEqual([
      ['W03', 'F2', '党费 F2 的3月党费“玖拾”无法识别为金额，请填写数字金额，如 12.50（免交的填 0 并在备注中注明）。']]);
  });
});

describe('dates written day/month/year', () => {
  const dmy = (iso: string, sep: string) => { const [y, m, d] = iso.split('-'); return `${d}${sep}${m}${sep}${y}`; };

  it('15/03/2025, 15-03-2025, 15.03.2025 where the day is over 12: read, and the meetings count as before', async () => {
    const seps = ['/', '-', '.'];
    const list = meetingList().map(([d, t], i) => [Number(d.slice(8)) > 12 ? dmy(d, seps[i % 3]) : d, t]);
    expect(list.filter(([d]) => /^\d{2}[/.-]\d{2}[/.-]2025$/.test(d)).length).toBeGreaterThan(10);
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(),
      { name: '三会一课', rows: [['日期', '会议类型', '主题', '主持人', '记录人'], ...list.map(([d, t]) => [d, t, '学习', '张三', '李四'])] }]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r).meetings).toEqual(MEETING_COUNTS);
  });

  it('03/04/2025, which may be either order: W03 saying the order of 日/月 is unclear and how to write it', async () => {
    const list = meetingList().map(([d, t]) => [d === '2025-01-05' ? '05/01/2025' : d, t]);
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(),
      { name: '三会一课', rows: [['日期', '会议类型', '主题', '主持人', '记录人'], ...list.map(([d, t]) => [d, t, '学习', '张三', '李四'])] }]);
    expect(wFindings(r).map((f) => [f.rule, f.cell, f.message])).toEqual([['W03', 'A2',
      '三会一课 A2 的日期“05/01/2025”无法确定是哪一天：日和月的先后不清楚，可能是2025年5月1日，也可能是2025年1月5日。请按实际日期写成 2025-05-01 或 2025年5月1日 这样年份在前的形式。']]);
  });
});

describe('the months owed in a year of joining or dying', () => {
  const roster = (notes: Record<string, string>, join: Record<string, string> = {}): SheetIn => {
    const r = plainRoster();
    return { ...r, rows: [[...r.rows[0], '备注'], ...r.rows.slice(1).map((row) => {
      const name = String(row[0]);
      return [...row.slice(0, 4), join[name] ?? row[4], ...row.slice(5), notes[name] ?? null];
    })] };
  };

  it('a member who died on 3 July owes up to June: no D03 for July, no D04, the 收缴率 base without July–December', async () => {
    const base = plainDues();
    const rows = base.rows.map((row, i) => (i > 0 && row[0] === '李四' ? row.map((c, j) => (j >= 3 + 6 ? null : c)) : row));
    const r = await checkLayout([infoVertical(), roster({ 李四: '2025年7月3日因病去世' }), { ...base, rows }, plainMeetings()]);
    expect(wFindings(r)).toEqual([]);
    expect(onlyD(r)).toEqual([]);
    expect(stats(r).dues).toEqual({ due: DUES_TOTAL - 6 * 40, paid: DUES_TOTAL - 6 * 40 });
  });

  it('a member admitted on 18 March owes March (中组发〔2008〕3号): a D03 when March is unpaid', async () => {
    const base = plainDues();
    const rows = base.rows.map((row, i) => (i > 0 && row[0] === '赵六' ? row.map((c, j) => (j === 3 + 2 ? null : c)) : row));
    const r = await checkLayout([infoVertical(), roster({}, { 赵六: '2025-03-18' }), { ...base, rows }, plainMeetings()]);
    expect(onlyD(r)).toEqual(['D03 赵六 2025-03']);
  });

  it('a note of a relative\'s death ("2025年6月父亲病故") is no death of the member: June–December unpaid is D04', async () => {
    const base = plainDues();
    const rows = base.rows.map((row, i) => (i > 0 && row[0] === '李四' ? row.map((c, j) => (j >= 3 + 5 ? null : c)) : row));
    const r = await checkLayout([infoVertical(), roster({ 李四: '2025年6月父亲病故，家庭困难' }), { ...base, rows }, plainMeetings()]);
    expect(onlyD(r)).toEqual(['D04 李四 ']);
    expect(stats(r).dues.due).toBe(DUES_TOTAL);
  });

  it('a member who left on 2024-12-31 has no dues row and no D01; one who left on 2025-01-01 still owes January', async () => {
    const base = plainDues();
    const rows = base.rows.filter((row) => row[0] !== '王五' && row[0] !== '李四');
    const r = await checkLayout([infoVertical(), roster({ 王五: '2024年12月31日转出', 李四: '2025年1月1日转出' }), { ...base, rows }, plainMeetings()]);
    expect(onlyD(r)).toEqual(['D01 李四 ']);
    expect(stats(r).members.total).toBe(3);
    // its month unwritten: "2024年底转出"
    const late = await checkLayout([infoVertical(), roster({ 王五: '2024年底转出' }), { ...base, rows: base.rows.filter((row) => row[0] !== '王五') }, plainMeetings()]);
    expect(onlyD(late)).toEqual([]);
    expect(stats(late).members.total).toBe(3);
  });

  it('去年/今年/前年 in 备注 are of the ledger year (统计年度 2025), not today\'s: 去年12月转出 and 前年病故 are gone before it, 今年3月转入 owes from March', async () => {
    const base = plainDues();
    const rows = base.rows.filter((row) => row[0] !== '王五' && row[0] !== '张三')
      .map((row, i) => (i > 0 && row[0] === '李四' ? row.map((c, j) => (j === 3 || j === 4 ? null : c)) : row));
    const r = await checkLayout([infoVertical(), roster({ 王五: '去年12月转出至市财政局', 张三: '前年病故', 李四: '今年3月由XX局第二党支部转入' }), { ...base, rows }, plainMeetings()]);
    expect(onlyD(r)).toEqual([]);
    expect(stats(r).members.total).toBe(2);
  });

  it('a 停止党籍 undone by a 恢复党籍 in March: January and February are not owed', async () => {
    const base = plainDues();
    const rows = base.rows.map((row, i) => (i > 0 && row[0] === '李四' ? row.map((c, j) => (j === 3 || j === 4 ? null : c)) : row));
    const r = await checkLayout([infoVertical(), roster({ 李四: '2023年停止党籍，2025年3月恢复党籍' }), { ...base, rows }, plainMeetings()]);
    expect(onlyD(r)).toEqual([]);
  });
});

describe('two years side by side, field headers with the year in front', () => {
  /** 2024年月应交 | 2025年缴费基数 | 2025年月应交 | 2024年 over 1月…12月 | 2025年 over 1月…12月 */
  const twoBlocks = (order: 'old-first' | 'new-first'): SheetIn => {
    const years = order === 'old-first' ? [2024, 2025] : [2025, 2024];
    const fields = order === 'old-first' ? ['2024年月应交', '2025年缴费基数', '2025年月应交'] : ['2025年月应交', '2025年缴费基数', '2024年月应交'];
    // last year's due was 10 less: read as this year's, it would make D02/D03 findings and other sums
    const value = (p: (typeof PEOPLE)[number], f: string) => (f.startsWith('2024') ? (p.full ? p.due - 10 : null) : f.endsWith('基数') ? p.base : p.due);
    const month = (p: (typeof PEOPLE)[number], y: number, m: number) => (y === 2024 ? (p.full ? p.due - 10 : null) : m >= p.from ? p.due : null);
    return {
      name: '党费收缴台账',
      rows: [
        ['姓名', ...fields, `${years[0]}年`, ...Array(11).fill(null), `${years[1]}年`, ...Array(11).fill(null), '备注'],
        [null, null, null, null, ...MONTHS.map((m) => `${m}月`), ...MONTHS.map((m) => `${m}月`), null],
        ...PEOPLE.map((p) => [p.name, ...fields.map((f) => value(p, f)), ...years.flatMap((y) => MONTHS.map((m) => month(p, y, m))), null]),
      ],
      merges: ['E1:P1', 'Q1:AB1', 'A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'AC1:AC2'],
    };
  };

  it.each(['old-first', 'new-first'] as const)('%s: the 2025 columns are read, the 2024 ones neither read nor missing', async (order) => {
    const r = await checkLayout([infoVertical(), plainRoster(), twoBlocks(order), plainMeetings()]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.ledger.dues!.records.map((x) => x.due.value)).toEqual(PEOPLE.map((p) => p.due));
    expect(r.ledger.dues!.records.map((x) => x.base.value)).toEqual(PEOPLE.map((p) => p.base));
    expect(r.findings.filter((f) => f.rule.startsWith('D'))).toEqual([]);
  });

  it('only another year\'s 月应交 (2024年月应交) beside 2025\'s months: not read as 2025\'s due', async () => {
    const sheet = twoBlocks('old-first');
    const rows = sheet.rows.map((row) => [row[0], row[1], ...row.slice(4)]);
    const r = await checkLayout([infoVertical(), plainRoster(), { ...sheet, rows, merges: ['C1:N1', 'O1:Z1', 'A1:A2', 'B1:B2', 'AA1:AA2'] }, plainMeetings()]);
    expect(r.ledger.dues!.records.every((x) => x.due.value == null)).toBe(true);
    expect(stats(r).dues.paid).toBe(DUES_TOTAL);
  });

  it('a lone 2024年缴费基数 | 2024年月应交 over this year\'s 1月…12月 only (a header not updated): read as the sheet\'s own', async () => {
    const base = plainDues();
    const rows = [['姓名', '2024年缴费基数', '2024年月应交', ...base.rows[0].slice(3)], ...base.rows.slice(1)];
    const r = await checkLayout([infoVertical(), plainRoster(), { ...base, name: '2025年党费', rows }, plainMeetings()]);
    expect(r.ledger.dues!.records.map((x) => x.due.value)).toEqual(PEOPLE.map((p) => p.due));
    expect(r.findings).toEqual([]);
    expect(stats(r).dues).toEqual({ due: DUES_TOTAL, paid: DUES_TOTAL });
  });
});
