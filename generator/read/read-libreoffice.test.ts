import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import type { Grid } from '../../ledger/grid/grid.js';
import { readWorkbookFile } from './read-workbook.js';
import { sha256File, sofficeConvert, tempDir, writeXlsx, zipText } from './test-support/workbook-files.js';

let dir: string;
beforeAll(async () => { dir = await tempDir(); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

function ledger(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('党费收缴');
  ws.getCell('A1').value = '2024年党费收缴台账';
  ws.mergeCells('A1:D1');
  ws.addRow(['姓名', '月份', '应缴', '实缴']);
  ws.addRow(['张三', new Date(Date.UTC(2024, 0, 1)), 30, { formula: 'C3', result: 30 }]);
  ws.addRow([{ richText: [{ text: '李' }, { text: '四', font: { italic: true } }] }, new Date(Date.UTC(2024, 1, 1)), 12.5, true]);
  ws.getCell('B3').numFmt = 'yyyy-mm';
  ws.getCell('B4').numFmt = 'yyyy-mm';
  ws.getRow(4).hidden = true;
  ws.getColumn(3).hidden = true;
  const h = wb.addWorksheet('说明');
  h.state = 'hidden';
  h.getCell('B2').value = '填表说明';
}

/** Values only: LibreOffice rewrites formats and display details. */
const values = (g: Grid): unknown =>
  g.sheets.map((s) => ({
    name: s.name, hidden: s.hidden, top: s.top, left: s.left, merges: s.merges,
    hiddenRows: s.hiddenRows, hiddenCols: s.hiddenCols,
    rows: s.rows.map((r) => r.map((c) => c?.v ?? null)),
  }));

describe('a workbook re-saved by LibreOffice', () => {
  it('reads the same values as the exceljs original', async () => {
    const original = join(dir, 'ledger.xlsx');
    await writeXlsx(original, ledger);
    const outDir = join(dir, 'lo');
    const resaved = await sofficeConvert(original, 'xlsx', outDir);
    const hash = await sha256File(resaved);
    expect((await readFile(resaved)).equals(await readFile(original))).toBe(false);
    const a = await readWorkbookFile(original);
    const b = await readWorkbookFile(resaved);
    expect(values(b)).toEqual(values(a));
    expect(a.sheets[0].rows[2][1]?.v).toBe(45292); // 2024-01-01
    expect(await sha256File(resaved)).toBe(hash);
  }, 120_000);

  it('reads a 1904 workbook re-saved by LibreOffice (date1904="true") as 1900 serials', async () => {
    const original = join(dir, 'ledger1904.xlsx');
    await writeXlsx(original, (wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('日期');
      ws.getCell('A1').value = new Date(Date.UTC(2024, 2, 1));
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    });
    const resaved = await sofficeConvert(original, 'xlsx', join(dir, 'lo1904'));
    const wbXml = zipText(await readFile(resaved), 'xl/workbook.xml');
    expect(wbXml).toMatch(/date1904="true"/); // the form exceljs 4.4.0 does not recognise
    const g = await readWorkbookFile(resaved);
    expect(g.sheets[0].rows[0][0]?.v).toBe(45352);
  }, 120_000);
});
