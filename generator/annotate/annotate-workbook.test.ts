import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../ledger/findings/finding.js';
import { annotateWorkbook, SEVERITY_FILL } from './annotate-workbook.js';

const f = (over: Partial<Finding>): Finding => ({
  rule: 'M02', severity: '错误', sheet: '党员名册', cell: 'B2', row: 2, period: null, member: '张三',
  message: '身份证号码校验位不对，请核对后改正。', ...over,
});

async function input(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'dj-annotate-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('党员名册');
  ws.addRow(['姓名', '身份证号', '联系电话']);
  ws.addRow(['张三', '110101199003071234', '12345']);
  ws.getCell('A2').note = '支部自己的批注';
  wb.addWorksheet('三会一课').addRow(['日期', '会议类型']);
  const path = join(d, '第一支部.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const noteOf = (c: ExcelJS.Cell) => (typeof c.note === 'string' ? c.note : (c.note?.texts ?? []).map((t) => t.text).join(''));
const fillOf = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe('annotateWorkbook', () => {
  it('fills each bad cell by severity and notes the rule and the fix, keeping the data', async () => {
    const path = await input();
    const wb = await load(await annotateWorkbook(path, [
      f({}),
      f({ rule: 'M09', severity: '警告', cell: 'C2', message: '联系电话“12345”既不是手机号也不是带区号的固话。' }),
    ], { branch: '第一支部', file: path }));
    const ws = wb.getWorksheet('党员名册')!;
    expect(ws.getCell('B2').value).toBe('110101199003071234');
    expect(fillOf(ws.getCell('B2'))).toBe(SEVERITY_FILL.错误);
    expect(fillOf(ws.getCell('C2'))).toBe(SEVERITY_FILL.警告);
    expect(noteOf(ws.getCell('B2'))).toContain('M02');
    expect(noteOf(ws.getCell('B2'))).toContain('校验位不对');
    expect(noteOf(ws.getCell('C2'))).toMatch(/^【警告】M09 .+：联系电话/);
    expect(fillOf(ws.getCell('A2'))).toBeUndefined();
  });

  it('fills only the flagged cell where a whole column shares one cell format', async () => {
    const d = await mkdtemp(join(tmpdir(), 'dj-annotate-'));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('党员名册');
    ws.addRow(['姓名', '入党时间']);
    for (let i = 0; i < 6; i++) ws.addRow([`党员${i}`, new Date(Date.UTC(2015, i, 1))]);
    for (let r = 2; r <= 7; r++) ws.getCell(`B${r}`).numFmt = 'yyyy-mm-dd';
    const path = join(d, '同格式.xlsx');
    await wb.xlsx.writeFile(path);
    const out = await load(await annotateWorkbook(path, [f({ cell: 'B4', severity: '警告' })], { branch: 'x', file: path }));
    const sheet = out.getWorksheet('党员名册')!;
    expect([2, 3, 4, 5, 6, 7].map((r) => fillOf(sheet.getCell(`B${r}`)) ?? null)).toEqual([null, null, SEVERITY_FILL['警告'], null, null, null]);
    expect(sheet.getCell('B3').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('B4').numFmt).toBe('yyyy-mm-dd');
  });

  it('puts several findings of one cell in one note, filled by the worst', async () => {
    const path = await input();
    const wb = await load(await annotateWorkbook(path, [
      f({ rule: 'M09', severity: '警告', message: '甲' }), f({ rule: 'M02', severity: '错误', message: '乙' }),
    ], { branch: '第一支部', file: path }));
    const cell = wb.getWorksheet('党员名册')!.getCell('B2');
    expect(fillOf(cell)).toBe(SEVERITY_FILL.错误);
    expect(noteOf(cell).split('\n')).toHaveLength(2);
  });

  it('keeps a note the branch wrote and adds ours after it', async () => {
    const path = await input();
    const wb = await load(await annotateWorkbook(path, [f({ cell: 'A2', rule: 'M04' })], { branch: '第一支部', file: path }));
    const note = noteOf(wb.getWorksheet('党员名册')!.getCell('A2'));
    expect(note.startsWith('支部自己的批注\n')).toBe(true);
    expect(note).toContain('M04');
  });

  it('adds a 问题清单 sheet listing every finding, cell or not', async () => {
    const path = await input();
    const wb = await load(await annotateWorkbook(path, [
      f({}), f({ rule: 'C01', sheet: '三会一课', cell: null, row: null, period: '2025-Q1', member: null, message: '第一季度没有召开支部党员大会。' }),
    ], { branch: '第一支部', file: path }));
    const list = wb.getWorksheet('问题清单')!;
    expect(list.rowCount).toBe(3);
    expect(list.getCell('A1').value).toBe('序号');
    expect(list.getCell('J3').value).toBe('C01');
    expect(list.getCell('H3').value).toBe('2025年第一季度');
    expect(list.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(wb.worksheets.map((w) => w.name)).toEqual(['党员名册', '三会一课', '问题清单']);
  });

  it('never touches the input file', async () => {
    const path = await input();
    const before = createHash('sha256').update(await readFile(path)).digest('hex');
    await annotateWorkbook(path, [f({})], { branch: '第一支部', file: path });
    expect(createHash('sha256').update(await readFile(path)).digest('hex')).toBe(before);
  });

  it('skips a finding whose sheet the workbook does not have, but still lists it', async () => {
    const path = await input();
    const wb = await load(await annotateWorkbook(path, [f({ sheet: '不存在' })], { branch: '第一支部', file: path }));
    expect(wb.getWorksheet('问题清单')!.rowCount).toBe(2);
  });
});
