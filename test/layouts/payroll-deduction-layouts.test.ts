/**
 * Dues deducted from pay by the unit's finance office: the month cells left empty, a note saying so
 * (on each row, merged down the 备注 column, under the table, in the title). The months count as paid at
 * the due, with one 提示; a note does not hide real gaps where a member's months hold amounts.
 */
import { describe, expect, it } from 'vitest';
import {
  EXPECTED, PEOPLE, checkLayout, infoVertical, plainMeetings, plainRoster, stats, type CellIn, type SheetIn,
} from './layout-support.js';
import type { CheckResult } from '../../ledger/check.js';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const HEAD = ['姓名', '缴费基数', '月应交', ...MONTHS.map((m) => `${m}月`), '备注'];
const NOTE = '党费由单位财务每月从工资中代扣';

const withDues = (dues: SheetIn) => checkLayout([infoVertical(), plainRoster(), dues, plainMeetings()]);
/** a member's row: months from `cell` (null: left empty) */
const row = (p: typeof PEOPLE[number], cell: (m: number) => CellIn = () => null, note: string | null = null): CellIn[] =>
  [p.name, p.base, p.due, ...MONTHS.map(cell), note];
const dues = (r: CheckResult, rule: string) => r.findings.filter((f) => f.rule === rule).map((f) => f.member);
const tips = (r: CheckResult) => r.findings.filter((f) => f.rule === 'W03');

describe('dues deducted from pay, month cells empty', () => {
  it.each<[string, () => SheetIn]>([
    ['the note on every row (备注)', () => ({ name: '党费收缴台账', rows: [HEAD, ...PEOPLE.map((p) => row(p, undefined, NOTE))] })],
    ['the 备注 merged down over all rows', () => ({ name: '党费收缴台账', rows: [HEAD, ...PEOPLE.map((p, i) => row(p, undefined, i === 0 ? '党费由财务代扣代缴' : null))], merges: ['P2:P5'] })],
    ['a note row under the table', () => ({ name: '党费收缴台账', rows: [HEAD.slice(0, -1), ...PEOPLE.map((p) => row(p).slice(0, -1)), [`注：${NOTE}。`]] })],
    ['a title line above the header', () => ({ name: '党费收缴台账', rows: [['2025年党费收缴台账（工资代扣）'], HEAD.slice(0, -1), ...PEOPLE.map((p) => row(p).slice(0, -1))] })],
  ])('%s: paid at the due, one 提示, no D03/D04', async (_, sheet) => {
    const r = await withDues(sheet());
    expect(r.findings.filter((f) => f.rule === 'D03' || f.rule === 'D04')).toEqual([]);
    // 赵六, admitted in March: January and February are not counted paid
    expect(stats(r)).toEqual(EXPECTED);
    const w = tips(r);
    expect(w.map((f) => f.severity)).toEqual(['提示']);
    expect(w[0].message).toContain('4名党员的空白月份按月应交党费计为已交纳');
    expect(w[0].message).toContain('无法据本台账核实');
  });

  it('long form, a row a member-month with 实交 empty and the note in 备注', async () => {
    const rows: CellIn[][] = [['姓名', '缴费月份', '应交金额', '实交金额', '备注']];
    for (const p of PEOPLE) for (const m of MONTHS) if (m >= p.from) rows.push([p.name, `2025-${String(m).padStart(2, '0')}`, p.due, null, '工资代扣']);
    const r = await withDues({ name: '党费', rows });
    expect(r.findings.filter((f) => f.rule.startsWith('D'))).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(tips(r).map((f) => f.cell)).toEqual(['E2']);
  });

  it('no 月应交 written: the months are neither paid nor unpaid, and the 提示 says the amount is unknown', async () => {
    const rows = [['姓名', ...MONTHS.map((m) => `${m}月`), '备注'], ...PEOPLE.map((p) => [p.name, ...MONTHS.map(() => null), NOTE])];
    const r = await withDues({ name: '党费', rows });
    expect(r.findings.filter((f) => f.rule === 'D03' || f.rule === 'D04')).toEqual([]);
    expect(tips(r).map((f) => f.severity)).toEqual(['提示']);
    expect(tips(r)[0].message).toContain('其中4人未填写月应交党费');
  });

  it('a row\'s own note covers that member only', async () => {
    const rows = [HEAD, ...PEOPLE.map((p) => (p.name === '李四' ? row(p, undefined, '工资代扣') : row(p, (m) => (m >= p.from ? p.due : null))))];
    const r = await withDues({ name: '党费', rows });
    expect(r.findings.filter((f) => f.rule.startsWith('D'))).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(tips(r).map((f) => [f.cell, f.severity])).toEqual([['P3', '提示']]);
    // without the note the same row is six months unpaid
    const bare = [HEAD, ...PEOPLE.map((p) => (p.name === '李四' ? row(p) : row(p, (m) => (m >= p.from ? p.due : null))))];
    expect(dues(await withDues({ name: '党费', rows: bare }), 'D04')).toEqual(['李四']);
  });

  it('a sheet-wide note does not hide the gaps of a member whose months hold amounts', async () => {
    // 李四 paid January to June, nothing after: the note covers 张三 (nothing written) but not 李四's gap
    const rows = [HEAD.slice(0, -1), ...PEOPLE.map((p) => row(p, (m) => (p.name === '张三' ? null : p.name === '李四' && m > 6 ? null : m >= p.from ? p.due : null)).slice(0, -1)), [`注：${NOTE}`]];
    const r = await withDues({ name: '党费', rows });
    expect(dues(r, 'D04')).toEqual(['李四']);
    expect(tips(r)[0].message).toContain('1名党员');
  });

  it('a note deducting something else, or no longer deducting, changes nothing', async () => {
    for (const note of ['注：工会会费由财务代扣，不在本表登记', '注：自2025年起党费不再由工资代扣，由党员自行交纳']) {
      const rows = [HEAD.slice(0, -1), ...PEOPLE.map((p) => row(p).slice(0, -1)), [note]];
      const r = await withDues({ name: '党费', rows });
      expect(dues(r, 'D04')).toEqual(PEOPLE.map((p) => p.name));
      expect(tips(r)).toEqual([]);
    }
  });

  it('"7月起工资代扣" covers July on: a member whose first half-year is empty is still six months unpaid', async () => {
    const note = '7月起工资代扣';
    const paidFirstHalf = [HEAD, ...PEOPLE.map((p) => row(p, (m) => (m <= 6 && m >= p.from ? p.due : null), note))];
    const ok = await withDues({ name: '党费', rows: paidFirstHalf });
    expect(ok.findings.filter((f) => f.rule.startsWith('D'))).toEqual([]);
    expect(stats(ok)).toEqual(EXPECTED);
    const empty = [HEAD, ...PEOPLE.map((p) => row(p, () => null, p.name === '张三' ? note : null))];
    const r = await withDues({ name: '党费', rows: empty });
    expect(dues(r, 'D04')).toEqual(['张三', '李四', '王五', '赵六']);
    expect(r.findings.find((f) => f.rule === 'D04' && f.member === '张三')!.message).toContain('自2025年1月至2025年6月');
  });
});
