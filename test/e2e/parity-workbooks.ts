/**
 * Messy workbooks for the CLI ↔ task pane parity test, made from the examples with exceljs into a
 * temporary folder (the examples themselves are never changed): a branch with no 支部基本信息 sheet
 * under a numbered file name, meetings written over merged rows, hidden ledger sheets.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ROOT } from './harness.js';

const EXAMPLES = join(ROOT, 'examples');

async function variant(from: string, to: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(EXAMPLES, from));
  change(wb);
  await wb.xlsx.writeFile(to);
}

/** Each 支部党员大会 over three rows: two more agenda items below, the other columns merged down. */
function mergeMeetingRows(wb: ExcelJS.Workbook): void {
  const ws = wb.getWorksheet('三会一课')!;
  const rows: number[] = [];
  ws.eachRow((row, r) => { if (row.getCell(3).value === '支部党员大会') rows.push(r); });
  for (const r of rows.reverse()) {
    ws.spliceRows(r + 1, 0, [null, null, null, '2.讨论党员发展工作'], [null, null, null, '3.其他事项']);
    ws.getCell(r, 4).value = `1.${String(ws.getCell(r, 4).value)}`;
    for (const c of [1, 2, 3, 5, 6, 7, 8, 9]) ws.mergeCells(r, c, r + 2, c);
  }
}

/** The folder and its workbooks, each a file a user could open in Excel and give the CLI. */
export async function parityWorkbooks(): Promise<{ dir: string; files: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'dangjian-parity-'));
  const files = [
    join(dir, '县住房和城乡建设局党支部（问题示例）.xlsx'),
    join(dir, '07_县财政局机关党支部台账.xlsx'),
    join(dir, '县财政局机关党支部（会议合并行）.xlsx'),
    join(dir, '县住房和城乡建设局党支部（隐藏台账）.xlsx'),
  ];
  copyFileSync(join(EXAMPLES, '县住房和城乡建设局党支部（问题示例）.xlsx'), files[0]);
  await variant('县财政局机关党支部.xlsx', files[1], (wb) => wb.removeWorksheet(wb.getWorksheet('支部基本信息')!.id));
  await variant('县财政局机关党支部.xlsx', files[2], mergeMeetingRows);
  await variant('县住房和城乡建设局党支部（问题示例）.xlsx', files[3], (wb) => {
    wb.getWorksheet('党员名册')!.state = 'hidden';
    wb.getWorksheet('党费收缴台账')!.state = 'veryHidden';
  });
  return { dir, files };
}
