import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../ledger/findings/finding.js';
import type { BranchDigest } from '../../ledger/stats/stats-types.js';
import { writeFindingsWorkbook } from './write-findings-workbook.js';

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'M02', severity: '错误', sheet: '党员名册', cell: 'D5', row: 5, period: null, member: '张三',
  message: '身份证号码校验位不对，请核对。', ...over,
});
const digest = (branch: string, file: string, findings: Finding[]) =>
  ({ file, stats: { branch }, findings }) as unknown as BranchDigest;

async function written(digests: BranchDigest[]) {
  const d = await mkdtemp(join(tmpdir(), 'dj-findings-'));
  const path = join(d, '问题清单.xlsx');
  const count = await writeFindingsWorkbook(path, digests);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return { d, path, count, ws: wb.getWorksheet('问题清单')! };
}

describe('writeFindingsWorkbook', () => {
  it('writes one row per finding under the agreed header, numbered across branches', async () => {
    const { ws, count, d } = await written([
      digest('第一支部', 'in/a.xlsx', [finding({}), finding({ rule: 'C01', severity: '错误', sheet: '三会一课', cell: null, row: null, period: '2025-Q1', member: null, message: '第一季度没有召开支部党员大会。' })]),
      digest('第二支部', 'in/b.xlsx', [finding({ rule: 'M09', severity: '警告', cell: 'L9', row: 9, message: '联系电话“12345”不是有效号码。' })]),
    ]);
    expect(count).toBe(3);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      '序号', '支部', '文件', '台账', '工作表', '单元格', '行', '期间', '党员', '规则', '规则名称', '严重程度', '问题说明',
    ]);
    expect(ws.rowCount).toBe(4);
    const r2 = (ws.getRow(2).values as unknown[]).slice(1);
    expect(r2.slice(0, 10)).toEqual([1, '第一支部', 'in/a.xlsx', '党员名册', '党员名册', 'D5', 5, undefined, '张三', 'M02']);
    expect(r2[11]).toBe('错误');
    expect(typeof r2[10]).toBe('string');
    expect((ws.getRow(3).values as unknown[])[8]).toBe('2025年第一季度');
    expect((ws.getRow(4).values as unknown[]).slice(1, 3)).toEqual([3, '第二支部']);
    expect(await readdir(d)).toEqual(['问题清单.xlsx']);
  });

  it('does not repeat in the message the place its sheet and cell columns show', async () => {
    const { ws } = await written([digest('支部', 'a.xlsx', [
      finding({ rule: 'B05', severity: '警告', sheet: '支部基本信息', cell: 'B6', row: 6, member: null, message: '支部基本信息 B6：上次换届时间为2019年4月10日，已届满未换届。' }),
      finding({ rule: 'C02', sheet: '三会一课', cell: null, row: null, period: '2025-08', member: null, message: '三会一课：2025年8月没有支委会记录。' }),
    ])]);
    expect((ws.getRow(2).values as unknown[]).slice(5, 7)).toEqual(['支部基本信息', 'B6']);
    expect(ws.getRow(2).getCell(13).value).toBe('上次换届时间为2019年4月10日，已届满未换届。');
    expect(ws.getRow(3).getCell(8).value).toBe('2025年8月');
    expect(ws.getRow(3).getCell(13).value).toBe('2025年8月没有支委会记录。');
  });

  it('names the ledger of a W02/W03 on a ledger sheet by that sheet; a whole-workbook W01 is the workbook\'s', async () => {
    const sheets = { info: ['支部信息'], members: ['党员名册'], dues: ['党费（上半年）', '党费（下半年）'], meetings: ['三会一课'] };
    const d = { file: 'a.xlsx', stats: { branch: '支部', sheets }, findings: [
      finding({ rule: 'W02', sheet: '党员名册', cell: 'A1', row: 1, member: null, message: '党员名册缺少“入党时间”列。' }),
      finding({ rule: 'W03', sheet: '党费（下半年）', cell: 'H4', row: 4, message: '党费（下半年） H4 的实交金额“八十”无法识别为金额。' }),
      finding({ rule: 'W03', sheet: '支部信息', cell: 'B5', row: 5, member: null, message: '支部信息 B5 的日期无法识别。' }),
      finding({ rule: 'W01', sheet: null, cell: null, row: null, member: null, message: '没有找到三会一课记录。' }),
      finding({ rule: 'W03', sheet: '说明', cell: 'A2', row: 2, member: null, message: '说明 A2 无法识别。' }),
    ] } as unknown as BranchDigest;
    const { ws } = await written([d]);
    expect([2, 3, 4, 5, 6].map((r) => ws.getRow(r).getCell(4).value)).toEqual(['党员名册', '党费收缴台账', '支部基本情况', '工作簿', '工作簿']);
  });

  it('freezes the header row and puts a filter over all rows', async () => {
    const { ws, path } = await written([digest('支部', 'a.xlsx', [finding({}), finding({ cell: 'D6', row: 6 })])]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const xml = strFromU8(unzipSync(new Uint8Array(await readFile(path)))['xl/worksheets/sheet1.xml']);
    expect(xml).toMatch(/<autoFilter ref="A1:M3"\s*\/>/);
  });

  it('writes formula-like values as text, never as formulas', async () => {
    const evil = ['=HYPERLINK("http://x","点我")', '+1+2', '-3+4', '@SUM(A1)'];
    const { path } = await written([
      digest(evil[0], evil[1], [finding({ member: evil[2], message: evil[3] })]),
    ]);
    const zip = unzipSync(new Uint8Array(await readFile(path)));
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']);
    expect(sheet).not.toContain('<f>');
    const styles = strFromU8(zip['xl/styles.xml']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const row = wb.getWorksheet('问题清单')!.getRow(2);
    for (const [col, text] of [[2, evil[0]], [3, evil[1]], [9, evil[2]], [13, evil[3]]] as const) {
      expect(row.getCell(col).value).toBe(text);
      expect(row.getCell(col).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(col).numFmt).toBe('@');
    }
    expect(styles).toMatch(/numFmtId="49"/);
  });

  it('masks any full ID number a message or name still carries', async () => {
    const id = '110101199003071234';
    const { path } = await written([digest('支部', 'a.xlsx', [finding({ message: `身份证号 ${id} 有误`, member: id })])]);
    const zip = unzipSync(new Uint8Array(await readFile(path)));
    for (const data of Object.values(zip)) expect(strFromU8(data)).not.toContain(id);
  });
});
