import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { cellAt, type Grid, type GridSheet } from '../../ledger/grid/grid.js';
import { readWorkbookBuffer, readWorkbookFile } from './read-workbook.js';
import { patchZip, sha256File, tempDir, writeXlsx, xlsxBytes, zipText } from './test-support/workbook-files.js';

let dir: string;
beforeAll(async () => { dir = await tempDir(); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

const sheet = (g: Grid, name: string): GridSheet => {
  const s = g.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const v = (s: GridSheet, addr: string): unknown => {
  const m = /^([A-Z]+)(\d+)$/.exec(addr)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return cellAt(s, Number(m[2]), col)?.v ?? null;
};

/** 2024-03-01 as a 1900-system serial (Excel shows 45352 for it). */
const MAR_1_2024 = 45352;

function traps(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('党员名册');
  ws.getCell('A1').value = '第一党支部党员名册';
  ws.mergeCells('A1:D1');
  ws.getCell('A2').value = { richText: [{ text: '张' }, { text: '三', font: { bold: true } }] };
  ws.getCell('B2').value = new Date(Date.UTC(2024, 2, 1));
  ws.getCell('B2').numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell('C2').value = new Date(Date.UTC(2024, 2, 1, 18, 0, 0));
  ws.getCell('C2').numFmt = 'yyyy-mm-dd hh:mm';
  ws.getCell('D2').value = { text: '学习强国', hyperlink: 'https://www.xuexi.cn/' };
  ws.getCell('E2').value = true;
  ws.getCell('A3').value = 5;
  ws.getCell('B3').value = { formula: 'A3*2', result: 10 };
  ws.getCell('A4').value = 6;
  ws.getCell('B4').value = { sharedFormula: 'B3', result: 12 } as ExcelJS.CellValue;
  ws.getCell('C3').value = { formula: '#REF!+1', result: { error: '#REF!' } } as ExcelJS.CellValue;
  ws.getCell('C4').value = { formula: 'NA()', result: { error: '#N/A' } } as ExcelJS.CellValue;
  ws.getCell('D3').value = { error: '#DIV/0!' } as ExcelJS.CellValue;
  ws.getCell('D4').value = { formula: 'TEXT(1,"0")', result: '1' };
  ws.getCell('A5').value = 1234.5;
  ws.getCell('A5').numFmt = '0.00';
  ws.getCell('Z5').numFmt = '@'; // styled but empty: not part of the extent
  ws.getRow(3).hidden = true;
  ws.getRow(40).hidden = true; // hidden, beyond the data: says nothing
  ws.getColumn(3).hidden = true;
  ws.getColumn(30).hidden = true;
  // a list over a whole column: exceljs would expand it to a million entries if it parsed it
  (ws as unknown as { dataValidations: { add(ref: string, dv: object): void } }).dataValidations.add('E2:E1048576', { type: 'list', allowBlank: true, formulae: ['"是,否"'] });
  const hidden = wb.addWorksheet('参数');
  hidden.state = 'hidden';
  hidden.getCell('C7').value = '隐藏表';
  const very = wb.addWorksheet('veryHidden表');
  very.state = 'veryHidden';
  very.getCell('A1').value = 1;
  wb.addWorksheet('空表');
}

describe('readWorkbookFile on an exceljs-written workbook', () => {
  let grid: Grid;
  let ws: GridSheet;
  let file: string;
  let hash: string;
  beforeAll(async () => {
    file = join(dir, 'traps.xlsx');
    await writeXlsx(file, traps);
    hash = await sha256File(file);
    grid = await readWorkbookFile(file);
    ws = sheet(grid, '党员名册');
  });

  it('keeps sheet names as written, in order, and flags hidden and veryHidden sheets', () => {
    expect(grid.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['党员名册', false], ['参数', true], ['veryHidden表', true], ['空表', false],
    ]);
  });

  it('lists merges and leaves only the master cell with the value', () => {
    expect(ws.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }]);
    expect(v(ws, 'A1')).toBe('第一党支部党员名册');
    expect(cellAt(ws, 1, 2)).toBeNull();
    expect(cellAt(ws, 1, 4)).toBeNull();
  });

  it('concatenates rich text and gives a hyperlink its text', () => {
    expect(v(ws, 'A2')).toBe('张三');
    expect(v(ws, 'D2')).toBe('学习强国');
  });

  it('turns dates into 1900-system serials, keeping the time fraction, with display text and format', () => {
    expect(cellAt(ws, 2, 2)).toEqual({ v: MAR_1_2024, t: '2024年3月1日', f: 'yyyy"年"m"月"d"日"' });
    expect(v(ws, 'C2')).toBeCloseTo(MAR_1_2024 + 0.75, 10);
    expect(cellAt(ws, 2, 3)?.t).toBe('2024-03-01 18:00');
  });

  it('gives formula cells their cached result, shared formulas too, and error results as text', () => {
    expect(v(ws, 'B3')).toBe(10);
    expect(v(ws, 'B4')).toBe(12);
    expect(v(ws, 'C3')).toBe('#REF!');
    expect(v(ws, 'C4')).toBe('#N/A');
    expect(v(ws, 'D3')).toBe('#DIV/0!');
    expect(v(ws, 'D4')).toBe('1');
  });

  it('keeps booleans and numbers with their number format', () => {
    expect(cellAt(ws, 2, 5)).toEqual({ v: true, t: 'TRUE' });
    expect(cellAt(ws, 5, 1)).toEqual({ v: 1234.5, f: '0.00' });
  });

  it('lists hidden rows and columns within the data only', () => {
    expect(ws.hiddenRows).toEqual([3]);
    expect(ws.hiddenCols).toEqual([3]);
  });

  it('uses the actual extent: ragged rows, trailing empties trimmed, offset sheets keep top/left', () => {
    expect([ws.top, ws.left, ws.rows.length]).toEqual([1, 1, 5]);
    expect(ws.rows[0].length).toBe(1);
    expect(ws.rows[4].length).toBe(1); // Z5 is styled only
    const p = sheet(grid, '参数');
    expect([p.top, p.left, p.rows]).toEqual([7, 3, [[{ v: '隐藏表' }]]]);
    const empty = sheet(grid, '空表');
    expect(empty.rows).toEqual([]);
  });

  it('does not change the input file', async () => {
    expect(await sha256File(file)).toBe(hash);
  });
});

describe('date systems', () => {
  const dated = (wb: ExcelJS.Workbook): void => {
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('日期');
    ws.getCell('A1').value = new Date(Date.UTC(2024, 2, 1));
    ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    ws.getCell('A2').value = 100; // a plain number is not a date and is left alone
  };

  it('reads date1904="1" as 1900-system serials', async () => {
    const buf = await xlsxBytes(dated);
    expect(zipText(buf, 'xl/workbook.xml')).toMatch(/date1904="1"/);
    const g = await readWorkbookBuffer(buf, '1904.xlsx');
    expect(g.sheets[0].rows.map((r) => r[0]?.v)).toEqual([MAR_1_2024, 100]);
  });

  it('reads date1904="true" (LibreOffice) as 1900-system serials', async () => {
    const buf = patchZip(await xlsxBytes(dated), {
      'xl/workbook.xml': (x) => x.replace(/date1904="1"/, 'date1904="true"'),
    });
    expect(zipText(buf, 'xl/workbook.xml')).toMatch(/date1904="true"/);
    const file = join(dir, '1904-true.xlsx');
    await writeFile(file, buf);
    const g = await readWorkbookFile(file);
    expect(g.sheets[0].rows.map((r) => r[0]?.v)).toEqual([MAR_1_2024, 100]);
    expect(g.sheets[0].rows[0][0]?.t).toBe('2024-03-01');
  });

  it('reads a 1900 workbook date unchanged', async () => {
    const g = await readWorkbookBuffer(await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = new Date(Date.UTC(2024, 2, 1));
    }), 'x.xlsx');
    expect(g.sheets[0].rows[0][0]?.v).toBe(MAR_1_2024);
  });
});

describe('files that look unusual but are fine', () => {
  it('reads an .xlsx named .xls', async () => {
    const file = join(dir, '名册.xls');
    await writeXlsx(file, (wb) => { wb.addWorksheet('名册').getCell('A1').value = '姓名'; });
    const g = await readWorkbookFile(file);
    expect(g.sheets[0].rows).toEqual([[{ v: '姓名' }]]);
  });

  it('ignores a declared dimension of A1:XFD1048576', async () => {
    const buf = patchZip(await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('B2').value = 'x';
      ws.getCell('C3').value = 2;
    }), {
      'xl/worksheets/sheet1.xml': (x) => x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'),
    });
    expect(zipText(buf, 'xl/worksheets/sheet1.xml')).toContain('A1:XFD1048576');
    const s = (await readWorkbookBuffer(buf, 'dim.xlsx')).sheets[0];
    expect([s.top, s.left, s.rows]).toEqual([2, 2, [[{ v: 'x' }], [null, { v: 2 }]]]);
  });

  it('nulls a merged slave cell even when the file stores a value in it', async () => {
    const buf = patchZip(await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = '主';
      ws.getCell('B1').value = '从';
      ws.getCell('A2').value = 1;
    }), {
      'xl/worksheets/sheet1.xml': (x) => x.includes('<mergeCells')
        ? x : x.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>'),
    });
    const s = (await readWorkbookBuffer(buf, 'm.xlsx')).sheets[0];
    expect(s.rows[0]).toEqual([{ v: '主' }]);
    expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  });

  it('reads a 100,000-row sheet', async () => {
    const file = join(dir, 'big.xlsx');
    const wb = await import('exceljs');
    const w = new wb.default.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
    const ws = w.addWorksheet('党费');
    for (let r = 1; r <= 100_000; r++) ws.addRow([`党员${r}`, r, r % 12 + 1, 30.5]).commit();
    ws.commit();
    await w.commit();
    const s = (await readWorkbookFile(file)).sheets[0];
    expect(s.rows.length).toBe(100_000);
    expect(s.rows[99_999]).toEqual([{ v: '党员100000' }, { v: 100_000 }, { v: 5 }, { v: 30.5 }]);
  }, 120_000);
});

describe('built-in date formats as Chinese Excel writes them', () => {
  it('reads numFmtId 31 (yyyy"年"m"月"d"日") as a date and id 14 as yyyy/m/d', async () => {
    const buf = patchZip(await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = new Date(Date.UTC(2024, 2, 1));
      ws.getCell('A1').numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell('A2').value = new Date(Date.UTC(2024, 2, 1)); // exceljs gives it built-in id 14
    }), {
      // make A1's style use the built-in id 31 instead of the custom code, as Excel zh-CN does
      'xl/styles.xml': (x) => x
        .replace(/<numFmt numFmtId="(\d+)" formatCode="yyyy&quot;年[^"]*"\/>/, (_m, id: string) => `<!--${id}-->`)
        .replace(/<!--(\d+)-->([\s\S]*)numFmtId="\1"/, (_m, _id: string, mid: string) => `${mid}numFmtId="31"`),
    });
    const styles = zipText(buf, 'xl/styles.xml');
    expect(styles).toMatch(/<xf [^>]*numFmtId="31"/);
    expect(styles).toMatch(/<xf [^>]*numFmtId="14"/);
    expect(styles).not.toMatch(/年/);
    const s = (await readWorkbookBuffer(buf, 'zh.xlsx')).sheets[0];
    expect(s.rows[0][0]).toEqual({ v: MAR_1_2024, t: '2024年3月1日', f: 'yyyy"年"m"月"d"日"' });
    expect(s.rows[1][0]).toEqual({ v: MAR_1_2024, t: '2024/3/1', f: 'yyyy/m/d' });
  });
});
