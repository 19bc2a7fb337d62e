import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../generator/read/read-workbook.js';
import { recognize } from '../../ledger/recognize/index.js';
import { buildLedgerTemplate, SHEET_NAMES } from './build-template.js';
import { dueFormula } from './due-formula.js';

const dir = mkdtempSync(join(tmpdir(), 'ledger-template-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeBlank(): Promise<string> {
  const file = join(dir, 'blank.xlsx');
  await buildLedgerTemplate().xlsx.writeFile(file);
  return file;
}

function headerOf(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.getRow(1).eachCell((c) => out.push(String(c.value)));
  return out;
}

describe('the blank ledger template', () => {
  it('has the five sheets, frozen headers, a text ID column and drop-downs', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await writeBlank());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['支部信息', '党员名册', '党费', '三会一课', '填表说明']);
    const members = wb.getWorksheet(SHEET_NAMES.members)!;
    const head = headerOf(members);
    expect(head).toEqual(expect.arrayContaining(['姓名', '身份证号', '入党时间', '转正时间', '党员类别', '党内职务', '在职状态']));
    const idCol = head.indexOf('身份证号') + 1;
    expect(members.getColumn(idCol).numFmt).toBe('@');
    expect(members.getColumn(head.indexOf('入党时间') + 1).numFmt).toBe('yyyy-mm-dd');
    expect(members.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const category = members.getCell(2, head.indexOf('党员类别') + 1).dataValidation;
    expect(category).toMatchObject({ type: 'list', formulae: ['"正式党员,预备党员"'] });
    expect(members.getCell(300, head.indexOf('在职状态') + 1).dataValidation?.formulae?.[0]).toContain('离退休');
    expect(members.getCell(2, head.indexOf('党内职务') + 1).dataValidation?.formulae?.[0]).toContain('书记');
    const meetings = wb.getWorksheet(SHEET_NAMES.meetings)!;
    const mh = headerOf(meetings);
    expect(meetings.getCell(2, mh.indexOf('会议类型') + 1).dataValidation?.formulae?.[0]).toBe('"支部党员大会,支委会,党小组会,党课,主题党日,组织生活会,民主评议党员"');
    const dues = wb.getWorksheet(SHEET_NAMES.dues)!;
    const dh = headerOf(dues);
    expect(dh).toEqual(expect.arrayContaining(['姓名', '在职状态', '缴费基数', '月应交', '1月', '12月', '合计']));
    const due = dues.getCell(2, dh.indexOf('月应交') + 1).value as { formula: string };
    expect(due.formula).toContain('0.015');
  });

  it('read back as it is, finds every ledger (W01 none), no missing columns, and an empty roster', async () => {
    const ledger = recognize(await readWorkbookFile(await writeBlank()));
    expect(ledger.issues).toEqual([]);
    expect(ledger.members?.sheet).toBe('党员名册');
    expect(ledger.members?.members).toEqual([]);
    expect(ledger.dues?.form).toBe('wide');
    expect(ledger.dues?.records).toEqual([]);
    expect(ledger.meetings?.meetings).toEqual([]);
    expect(ledger.branch.sheet).toBe('支部信息');
  });

  it('filled with a few correct rows gives no W findings and reads every row', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await writeBlank());
    const info = wb.getWorksheet(SHEET_NAMES.branch)!;
    const put = (label: string, value: ExcelJS.CellValue) => {
      info.eachRow((row) => { if (row.getCell(1).value === label) row.getCell(2).value = value; });
    };
    put('支部名称', 'XX局机关第一党支部');
    put('支部类型', '机关');
    put('统计年度', 2025);
    put('上次换届时间', new Date(Date.UTC(2023, 5, 30)));

    const fill = (ws: ExcelJS.Worksheet, rows: Record<string, ExcelJS.CellValue>[]) => {
      const head = headerOf(ws);
      rows.forEach((values, i) => {
        for (const [label, v] of Object.entries(values)) ws.getCell(i + 2, head.indexOf(label) + 1).value = v;
      });
    };
    fill(wb.getWorksheet(SHEET_NAMES.members)!, [
      { 序号: 1, 姓名: '张三', 性别: '男', 身份证号: '110101199001011237', 入党时间: new Date(Date.UTC(2015, 6, 1)), 转正时间: new Date(Date.UTC(2016, 6, 1)), 党员类别: '正式党员', 党内职务: '书记', 在职状态: '在职' },
      { 序号: 2, 姓名: '李四', 性别: '女', 身份证号: '11010119920202124X', 入党时间: new Date(Date.UTC(2024, 9, 1)), 党员类别: '预备党员', 在职状态: '离退休' },
    ]);
    fill(wb.getWorksheet(SHEET_NAMES.dues)!, [
      { 序号: 1, 姓名: '张三', 在职状态: '在职', 缴费基数: 6000, '1月': 90, '2月': 90 },
      { 序号: 2, 姓名: '李四', 在职状态: '离退休', 缴费基数: 4000, '1月': 20 },
    ]);
    fill(wb.getWorksheet(SHEET_NAMES.meetings)!, [
      { 序号: 1, 日期: new Date(Date.UTC(2025, 0, 10)), 会议类型: '支委会', 主题: '研究年度计划', 主持人: '张三', 应到人数: 3, 实到人数: 3, 记录人: '李四' },
      { 序号: 2, 日期: new Date(Date.UTC(2025, 2, 20)), 会议类型: '支部党员大会', 主题: '学习党章', 主持人: '张三', 应到人数: 2, 实到人数: 2, 缺席人员: '', 记录人: '李四' },
    ]);
    // Excel or WPS saves each formula with its result; exceljs keeps none of the empty ones it read,
    // and a formula saved without a result is unreadable (W03): save them as Excel would
    const calculated: Record<number, { due: number; total: number }> = { 2: { due: 90, total: 180 }, 3: { due: 20, total: 20 } };
    wb.getWorksheet(SHEET_NAMES.dues)!.eachRow((row, r) => {
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellFormulaValue;
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const c = calculated[r];
        cell.value = { formula: v.formula, result: c ? (v.formula.startsWith('IF(COUNT') ? c.total : c.due) : '' };
      });
    });
    const file = join(dir, 'filled.xlsx');
    await wb.xlsx.writeFile(file);

    const ledger = recognize(await readWorkbookFile(file));
    expect(ledger.issues).toEqual([]);
    expect(ledger.year).toBe(2025);
    expect(ledger.branch.name.value).toBe('XX局机关第一党支部');
    expect(ledger.branch.lastElection.value?.date).toBe('2023-06-30');
    expect(ledger.members!.members.map((m) => [m.nameKey, m.idNumber.value?.text, m.joinDate.value?.date, m.effectiveCategory, m.status.value]))
      .toEqual([['张三', '110101199001011237', '2015-07-01', '正式党员', '在职'], ['李四', '11010119920202124X', '2024-10-01', '预备党员', '离退休']]);
    expect(ledger.dues!.records.map((r) => r.months.filter((m) => m.paid.value != null).map((m) => `${m.month}:${m.paid.value}`)))
      .toEqual([['2025-01:90', '2025-02:90'], ['2025-01:20']]);
    expect(ledger.meetings!.meetings.map((m) => m.types)).toEqual([['committee'], ['general']]);
  });
});

describe('the committed template', () => {
  it('is what the script builds today (regenerate it after changing ledger/schema)', async () => {
    const committed = new ExcelJS.Workbook();
    await committed.xlsx.readFile(fileURLToPath(new URL('../../templates/ledger/党支部台账模板.xlsx', import.meta.url)));
    const fresh = new ExcelJS.Workbook();
    await fresh.xlsx.load(await buildLedgerTemplate().xlsx.writeBuffer());
    const shape = (wb: ExcelJS.Workbook) => wb.worksheets.map((ws) => ({
      name: ws.name,
      header: headerOf(ws),
      column1: ws.getColumn(1).values.filter((v) => v != null).map(String),
      validations: Object.keys((ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model).sort(),
    }));
    expect(shape(committed)).toEqual(shape(fresh));
  });
});

describe('the 月应交 formula', () => {
  it('applies the 中组发〔2008〕3号 brackets in order', () => {
    const f = dueFormula('C2', 'D2');
    expect(f.startsWith('IF(D2="","",IF(C2="离退休",ROUND(D2*IF(D2<=5000,0.005,0.01),2)')).toBe(true);
    expect(f).toContain('IF(D2<=3000,0.005,IF(D2<=5000,0.01,IF(D2<=10000,0.015,0.02)))');
    for (const s of ['农民', '学生', '下岗失业', '低保']) expect(f).toContain(`IF(C2="${s}",0.2,`);
  });
});
