/** Workbooks holding two years' ledgers (a 2024 and a 2025 sheet of each, or one sheet running on), read from real files. */
import { describe, expect, it } from 'vitest';
import {
  EXPECTED, PEOPLE, checkLayout, infoVertical, meetingList, plainDues, plainMeetings, plainRoster, stats, wFindings, type SheetIn,
} from './layout-support.js';

const infoNoYear = (): SheetIn => ({ ...infoVertical(), rows: infoVertical().rows.filter((r) => r[0] !== '统计年度') });

/** Last year's dues: the three members of 2024 paid every month. */
const dues2024 = (): SheetIn => ({
  name: '2024年党费',
  rows: [
    ['姓名', '缴费基数', '月应交', ...Array.from({ length: 12 }, (_, i) => `${i + 1}月`)],
    ...PEOPLE.filter((p) => p.full).map((p) => [p.name, p.base, p.due, ...Array.from({ length: 12 }, () => p.due)]),
  ],
});
const meetings2024 = (): [string, string][] => meetingList().map(([d, t]) => [d.replace(/^2025/, '2024'), t]);
const meetingSheet = (name: string, list: [string, string][]): SheetIn => ({
  name, rows: [['日期', '会议类型', '主题', '主持人', '记录人'], ...list.map(([d, t]) => [d, t, '学习', '张三', '李四'])],
});
/** 2024's sheets first, as a branch that adds a year's sheets behind the old ones keeps them. */
const twoYears = (info: SheetIn): SheetIn[] => [
  info, plainRoster(), dues2024(), { ...plainDues(), name: '2025年党费' },
  meetingSheet('2024年三会一课', meetings2024()), { ...plainMeetings(), name: '2025年三会一课' },
];

describe('two years in one workbook', () => {
  it('2024 and 2025 sheets of each ledger, 统计年度 2025: the 2025 sheets are checked', async () => {
    const r = await checkLayout(twoYears(infoVertical()));
    expect(wFindings(r)).toEqual([]);
    expect(r.ledger.dues!.sheet).toBe('2025年党费');
    expect(r.ledger.meetings!.sheet).toBe('2025年三会一课');
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings).toEqual([]);
  });

  it('sheets named by year and branch without 年 (2024党支部党费, 2025党支部党费): two years of one branch, not two branches', async () => {
    const sheets = twoYears(infoVertical()).map((s) => ({ ...s, name: s.name.replace(/^(\d{4})年/, '$1党支部') }));
    const r = await checkLayout(sheets);
    expect(wFindings(r)).toEqual([]);
    expect(r.ledger.dues!.sheet).toBe('2025党支部党费');
    expect(r.ledger.meetings!.sheet).toBe('2025党支部三会一课');
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('the same without a 统计年度: the latest year the sheet names name is the ledger year', async () => {
    const r = await checkLayout(twoYears(infoNoYear()));
    expect(r.ledger.year).toBe(2025);
    expect(r.ledger.dues!.sheet).toBe('2025年党费');
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings).toEqual([]);
  });

  it('2025 and 2026 sheets without a 统计年度, checked at 2025-12-31: the 2025 sheets are the ledger, not a 2026 ledger left uncounted', async () => {
    // the same workbook a year on: 2025's sheets and this year's, 2026 running to October
    const dues2026 = { name: '2026年党费', rows: dues2024().rows.map((row) => row.slice(0, 13)) };
    const meetings2026 = meetingSheet('2026年三会一课', meetingList().filter(([d]) => d < '2025-11').map(([d, t]) => [d.replace(/^2025/, '2026'), t]));
    const r = await checkLayout([infoNoYear(), plainRoster(), { ...plainDues(), name: '2025年党费' }, dues2026, { ...plainMeetings(), name: '2025年三会一课' }, meetings2026]);
    expect(r.ledger.year).toBe(2025);
    expect(r.ledger.dues!.sheet).toBe('2025年党费');
    expect(r.ledger.meetings!.sheet).toBe('2025年三会一课');
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings).toEqual([]);
  });

  it('one meetings sheet running from January 2024 to December 2025, no 统计年度: judged as 2025', async () => {
    const r = await checkLayout([infoNoYear(), plainRoster(), plainDues(), meetingSheet('三会一课', [...meetings2024(), ...meetingList()])]);
    expect(r.ledger.year).toBe(2025);
    expect(stats(r)).toEqual(EXPECTED);
    // last year's rows are said once, not as one error each
    expect(r.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([['C12', '提示', 'A2']]);
  });

  it('only last year\'s dues sheet handed in with a 2025 ledger: said as a missing 2025 dues ledger (W01)', async () => {
    const r = await checkLayout([infoVertical(), plainRoster(), dues2024(), plainMeetings()]);
    const w = wFindings(r);
    expect(w.map((f) => [f.rule, f.sheet])).toEqual([['W01', '2024年党费']]);
    expect(w[0].message).toMatch(/^工作簿中未找到2025年的党费收缴台账：工作表“2024年党费”记录的是2024年的党费/);
  });

  it('an export stamp above the headers (导出时间：2026年1月5日) is not the ledger year', async () => {
    const stamp = ['导出时间：2026年1月5日 10:23'];
    const roster = plainRoster(), dues = plainDues();
    const r = await checkLayout([infoNoYear(), { ...roster, rows: [stamp, ['共4条记录'], ...roster.rows] }, { ...dues, rows: [stamp, ...dues.rows] }, plainMeetings()]);
    expect(r.ledger.year).toBe(2025);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('one dues sheet, a 2024 block of 1月 … 12月 then a 2025 block, the year in a row above (merged, or written once): each block is its year\'s', async () => {
    const M = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
    for (const merged of [true, false]) {
      // 2024: 赵六 not yet a member, the others paid a smaller due, 李四 nothing after June
      const rows = [
        ['姓名', '缴费基数', '月应交', '2024年', ...Array(11).fill(null), '2025年', ...Array(11).fill(null)],
        [null, null, null, ...M, ...M],
        ...PEOPLE.map((p) => [p.name, p.base, p.due,
          ...M.map((_, i) => (!p.full ? null : p.name === '李四' && i >= 6 ? null : p.due - 5)),
          ...M.map((_, i) => (i + 1 >= p.from ? p.due : null))]),
      ];
      const dues: SheetIn = { name: '党费收缴台账', rows, merges: merged ? ['D1:O1', 'P1:AA1', 'A1:A2', 'B1:B2', 'C1:C2'] : [] };
      const r = await checkLayout([infoVertical(), plainRoster(), dues, plainMeetings()]);
      expect(wFindings(r)).toEqual([]);
      expect(stats(r)).toEqual(EXPECTED);
      expect(r.findings.filter((f) => f.rule.startsWith('D'))).toEqual([]);
      expect(r.ledger.dues!.records[0].months.map((m) => m.month).slice(11, 13)).toEqual(['2024-12', '2025-01']);
    }
  });
});
