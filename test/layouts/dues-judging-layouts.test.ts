/**
 * Dues ledgers that check said too much or too little about, as branches write them (title rows, a
 * merged title, a 合计 row, numbers as text), read back from real files.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeBranchReport } from '../../generator/report/compose-report.js';
import type { ParagraphBlock } from '../../generator/report/document-model.js';
import { loadTemplateBank } from '../../generator/report/load-template-bank.js';
import { checkFile } from '../../generator/pipeline/check-file.js';
import { tempDir, writeXlsx } from '../../generator/read/test-support/workbook-files.js';
import { PEOPLE, checkLayout, infoVertical, plainRoster, type SheetIn } from './layout-support.js';

const M = Array.from({ length: 12 }, (_, i) => i + 1);
const text = (n: number | null) => (n == null ? null : String(n));
const info = (year: number | null): SheetIn => ({
  ...infoVertical(),
  rows: infoVertical().rows.flatMap((r) => (r[0] !== '统计年度' ? [r] : year == null ? [] : [[r[0], year]])),
});
const rules = (r: Awaited<ReturnType<typeof checkLayout>>, prefix: string) => r.findings.filter((f) => f.rule.startsWith(prefix));

describe('dues judged across New Year', () => {
  it('a sheet of 2025 and 2026 blocks, 李四 unpaid October 2025 – March 2026: D04 from October 2025, no D03', async () => {
    const top = ['序号', '姓名', '缴费基数', '月应交', '2025年', ...Array(11).fill(null), '2026年', ...Array(11).fill(null)];
    const sub = [null, null, null, null, ...M.map((m) => `${m}月`), ...M.map((m) => `${m}月`)];
    const rows = PEOPLE.map((p, i) => [text(i + 1), p.name, text(p.base), text(p.due),
      ...M.map((m) => (m < p.from && !p.full ? null : p.name === '李四' && m >= 10 ? null : text(p.due))),
      ...M.map((m) => (m > 6 || (p.name === '李四' && m <= 3) ? null : text(p.due)))]);
    const dues: SheetIn = {
      name: '党费收缴台账',
      rows: [['XX局第一党支部党费收缴台账'], top, sub, ...rows, ['合计']],
      merges: ['A1:AB1', 'E2:P2', 'Q2:AB2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3'],
    };
    const r = await checkLayout([info(2026), plainRoster(), dues], { today: '2026-06-30' });
    expect(r.asOf).toBe('2026-06-30');
    expect(rules(r, 'D').map((f) => [f.rule, f.member, f.cell])).toEqual([['D04', '李四', 'N5']]);
    expect(rules(r, 'D')[0].message).toContain('李四自2025年10月至2026年3月连续6个月未交纳党费');
    // the stats stay the ledger year's: six months of 2026
    expect(r.stats.dues.due).toBeCloseTo(6 * PEOPLE.reduce((s, p) => s + p.due, 0), 2);
  });
});

describe('a member whose 入党时间 cannot be read', () => {
  const roster = (join: string): SheetIn => {
    const r = plainRoster();
    return { ...r, rows: r.rows.map((row) => (row[0] === '赵六' ? row.map((c, j) => (j === 4 ? join : j === 5 ? null : j === 6 ? '正式党员' : c)) : row)) };
  };
  const dues = (zhao: (m: number) => string | null): SheetIn => ({
    name: '党费收缴台账',
    rows: [['2025年党费收缴台账'], ['序号', '姓名', '缴费基数', '月应交', ...M.map((m) => `${m}月`), '合计'],
      ...PEOPLE.map((p, i) => [text(i + 1), p.name, text(p.base), text(p.due),
        ...M.map((m) => (p.name === '赵六' ? zhao(m) : text(p.due))), p.name === '赵六' ? null : text(p.due * 12)]),
      ['合计']],
    merges: ['A1:Q1'],
  });
  it('who paid nothing all year: the W03 asks for the date, and no month is judged unpaid (no D03, no D04)', async () => {
    const r = await checkLayout([info(2025), roster('春季'), dues(() => null)]);
    expect(rules(r, 'W03').map((f) => [f.member, f.cell])).toEqual([['赵六', 'E5']]);
    expect(rules(r, 'D')).toEqual([]);
    // the same row with a readable date: twelve months unpaid
    const dated = await checkLayout([info(2025), roster('2015-03-01'), dues(() => null)]);
    expect(rules(dated, 'D').map((f) => f.rule)).toEqual(['D04']);
  });
  it('whose unreadable date still names an earlier year ("2015年春"): admitted before this year, the year is judged', async () => {
    const r = await checkLayout([info(2025), roster('2015年春'), dues(() => null)]);
    expect(rules(r, 'W03').map((f) => [f.member, f.cell])).toEqual([['赵六', 'E5']]);
    expect(rules(r, 'D').map((f) => f.rule)).toEqual(['D04']);
  });
  it('whose 入党时间 is "待查" but whose 转正时间 is 2012: admitted before this year, the year is judged', async () => {
    const r0 = roster('待查');
    const r1 = { ...r0, rows: r0.rows.map((row) => (row[0] === '赵六' ? row.map((c, j) => (j === 5 ? '2012-06-01' : c)) : row)) };
    const r = await checkLayout([info(2025), r1, dues(() => null)]);
    expect(rules(r, 'W03').map((f) => [f.member, f.cell])).toEqual([['赵六', 'E5']]);
    expect(rules(r, 'D').map((f) => f.rule)).toEqual(['D04']);
  });
  it('who paid from May: judged from May', async () => {
    const r = await checkLayout([info(2025), roster('春季'), dues((m) => (m >= 5 && m !== 8 ? '0.2' : null))]);
    expect(rules(r, 'D').map((f) => [f.rule, f.period])).toEqual([['D03', '2025-08']]);
  });
});

describe('a payment export without 应交 or 缴费基数', () => {
  const exported = (extra: string | null): SheetIn => {
    const rows: (string | null)[][] = [['XX局第一党支部2025年党费交纳明细'], ['序号', '姓名', '交纳月份', '交纳金额', '交纳时间', ...(extra ? [extra] : [])]];
    let n = 0;
    for (const p of PEOPLE) for (const m of M) if (m >= p.from) rows.push([text(++n), p.name, `2025年${m}月`, text(p.due), `2025-${String(m).padStart(2, '0')}-10`, ...(extra ? [text(extra === '月应交' ? p.due : p.base)] : [])]);
    rows.push(['合计', null, null, text(PEOPLE.reduce((s, p) => s + p.due * (13 - p.from), 0)), null]);
    return { name: '党费交纳明细', rows, merges: ['A1:E1'] };
  };
  it('one W02 提示 for the sheet, not counted as a problem; none where the sheet has either column', async () => {
    const r = await checkLayout([info(2025), plainRoster(), exported(null)]);
    const w02 = rules(r, 'W02');
    expect(w02.map((f) => [f.severity, f.sheet, f.row])).toEqual([['提示', '党费交纳明细', 2]]);
    expect(w02[0].message).toContain('无法核对应交党费是否按比例计算、各月是否足额交纳');
    expect(r.findings.filter((f) => f.severity !== '提示' && f.sheet === '党费交纳明细')).toEqual([]);
    for (const col of ['月应交', '缴费基数']) expect(rules(await checkLayout([info(2025), plainRoster(), exported(col)]), 'W02')).toEqual([]);
  });
});

describe('dues months written "1月" … "12月" with no year in the cell', () => {
  const longForm = (title: string): SheetIn => {
    const rows: (string | null)[][] = [[title], ['序号', '姓名', '月份', '缴费基数', '应交党费', '实交党费', '备注']];
    let n = 0;
    for (const p of PEOPLE) for (const m of M) if (m >= p.from) rows.push([text(++n), p.name, `${m}月`, text(p.base), text(p.due), text(p.due), null]);
    rows.push(['合计', null, null, null, null, text(PEOPLE.reduce((s, p) => s + p.due * (13 - p.from), 0)), null]);
    return { name: '党费收缴台账', rows, merges: ['A1:G1'] };
  };
  const wideForm = (title: string): SheetIn => ({
    name: '党费收缴台账',
    rows: [[title], ['序号', '姓名', '缴费基数', '月应交', ...M.map((m) => `${m}月`), '合计'],
      ...PEOPLE.map((p, i) => [text(i + 1), p.name, text(p.base), text(p.due), ...M.map((m) => (m >= p.from ? text(p.due) : null)), text(p.due * (13 - p.from))]),
      ['合计']],
    merges: ['A1:Q1'],
  });
  const dues = (r: Awaited<ReturnType<typeof checkLayout>>) => r.findings.filter((f) => f.sheet === '党费收缴台账');

  it('no year anywhere: one W02 for the sheet, no W03, no D finding; the report says the dues cannot be counted', async () => {
    const bank = await loadTemplateBank();
    for (const [form, cell] of [[longForm, 'C2'], [wideForm, 'E2']] as const) {
      const r = await checkLayout([info(null), plainRoster(), form('XX局第一党支部党费收缴台账')]);
      expect(dues(r).map((f) => [f.rule, f.severity, f.cell])).toEqual([['W02', '错误', cell]]);
      expect(dues(r)[0].message).toContain('都没有写年份');
      expect(r.stats.uncountable?.dues).toBe('month');
      const doc = composeBranchReport({ file: 'x.xlsx', stats: { ...r.stats, branch: '甲党支部' }, findings: r.findings }, bank);
      const point = doc.sections[0].blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph')
        .map((p) => p.runs.map((x) => x.text).join('')).find((p) => p.startsWith('第三，'))!;
      expect(point).toContain('该支部党费收缴台账中没有可识别的缴费月份，应交、实交党费和收缴率无法统计');
      expect(point).not.toContain('未登记');
    }
  });

  it('the year in the title or the 支部信息 sheet: "3月" is that year\'s March', async () => {
    for (const sheets of [[info(null), plainRoster(), longForm('2025年度党费收缴台账')], [info(2025), plainRoster(), wideForm('党费收缴台账')]]) {
      const r = await checkLayout(sheets);
      expect(dues(r)).toEqual([]);
      expect(r.ledger.dues!.records.filter((x) => x.name.value === '张三').flatMap((x) => x.months.map((m) => m.month))).toEqual(M.map((m) => `2025-${String(m).padStart(2, '0')}`));
    }
  });

  it('the year only in the file name ("2025年XX局第一党支部台账.xlsx"): read as that year', async () => {
    const dir = await tempDir('dangjian-dues-');
    try {
      const file = join(dir, '2025年XX局第一党支部台账.xlsx');
      await writeXlsx(file, (wb) => {
        for (const s of [info(null), plainRoster(), longForm('党费收缴台账')]) {
          const ws = wb.addWorksheet(s.name);
          for (const row of s.rows) ws.addRow(row);
          for (const m of s.merges ?? []) ws.mergeCells(m);
        }
      });
      const r = (await checkFile(file, { asOf: '2025-12-31' })).result!;
      expect(r.findings.filter((f) => f.sheet === '党费收缴台账')).toEqual([]);
      expect(r.ledger.year).toBe(2025);
      expect(r.stats.dues.paid).toBeCloseTo(PEOPLE.reduce((s, p) => s + p.due * (13 - p.from), 0), 2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a year the file name gives as the branch\'s history ("…党支部（2019年成立）台账.xlsx"): not the ledger\'s, the months have no year (one W02)', async () => {
    const dir = await tempDir('dangjian-dues-');
    try {
      const file = join(dir, 'XX供销社党支部（2019年成立）台账.xlsx');
      await writeXlsx(file, (wb) => {
        for (const s of [info(null), plainRoster(), longForm('党费收缴台账')]) {
          const ws = wb.addWorksheet(s.name);
          for (const row of s.rows) ws.addRow(row);
        }
      });
      const r = (await checkFile(file, { today: '2026-11-25' })).result!;
      expect(r.ledger.year).not.toBe(2019);
      expect(r.findings.filter((f) => f.sheet === '党费收缴台账').map((f) => f.rule)).toEqual(['W02']);
      expect(r.findings.filter((f) => f.rule === 'M08')).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
