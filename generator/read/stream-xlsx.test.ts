/**
 * The streaming reader gives the Grid the exceljs reader gives, file for file: real workbooks
 * written by exceljs (and patched the ways other writers write), the synthetic corpus, hostile
 * inputs (same ReadError codes). Plus exact values, so a shared mistake cannot hide.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { rm, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { readWorkbookBuffer } from './read-workbook.js';
import { readWorkbookStream } from './stream-xlsx.js';
import { ReadError } from './read-error.js';
import { cellAt, type Grid } from '../../ledger/grid/grid.js';
import { xlsxBytes, patchZip, tempDir, sofficeConvert, zipText } from './test-support/workbook-files.js';
import { writeFile, mkdir } from 'node:fs/promises';
import { truncated, csvBytes, encryptedOoxml, zipBombByRatio, zipBombByDeclaredSize, plainZip, htmlXls } from './test-support/hostile-files.js';
import { makeCorpus } from '../../scripts/corpus/make-corpus.js';

async function both(buf: Uint8Array): Promise<{ a: Grid; b: Grid }> {
  return { a: await readWorkbookBuffer(buf, 'x.xlsx'), b: readWorkbookStream(buf, 'x.xlsx') };
}

async function codeOf(fn: () => unknown): Promise<string> {
  try { await fn(); return 'none'; } catch (e) { return e instanceof ReadError ? e.code : `other: ${String(e)}`; }
}

function traps(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('党员名册');
  ws.getCell('B2').value = '党员名册（2025年）';
  ws.mergeCells('B2:F2');
  ws.getCell('B3').value = { richText: [{ text: '姓', font: { bold: true } }, { text: '名' }] };
  ws.getCell('C3').value = '身份证号';
  ws.getCell('D3').value = '入党时间';
  ws.getCell('E3').value = '在岗';
  ws.getCell('F3').value = '合计';
  ws.getCell('B4').value = '张 三';
  ws.getCell('C4').value = { value: '11010119900307123X ', numFmt: '@' } as never;
  ws.getCell('C4').value = '11010119900307123X ';
  ws.getCell('C4').numFmt = '@';
  ws.getCell('D4').value = new Date(Date.UTC(2019, 6, 1));
  ws.getCell('D4').numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell('E4').value = true;
  ws.getCell('F4').value = { formula: 'SUM(G4:H4)', result: 12.5 };
  ws.getCell('G4').value = 5;
  ws.getCell('H4').value = 7.5;
  ws.getCell('H4').numFmt = '0.00';
  ws.getCell('B5').value = 110101199003071234;
  ws.getCell('C5').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('D5').value = new Date(Date.UTC(2025, 1, 3, 14, 30));
  ws.getCell('D5').numFmt = 'yyyy-mm-dd hh:mm';
  ws.getCell('E5').value = { formula: 'A1', result: 45658 };
  ws.getCell('E5').numFmt = 'yyyy/m/d';
  ws.getCell('F5').value = 'a&b <c> "d" _x000D_ e';
  ws.getCell('G5').value = '';
  ws.getRow(6).hidden = true;
  ws.getCell('B6').value = '隐藏行';
  ws.getColumn(8).hidden = true;
  const hidden = wb.addWorksheet('说明', { state: 'hidden' });
  hidden.getCell('A1').value = 'note';
  wb.addWorksheet('空表');
}

describe('readWorkbookStream equals the exceljs reader', () => {
  it('on a workbook with every kind of cell, merges, hidden rows, columns and sheets', async () => {
    const buf = await xlsxBytes(traps);
    const { a, b } = await both(buf);
    expect(b).toEqual(a);
    const s = b.sheets[0];
    expect(cellAt(s, 2, 2)?.v).toBe('党员名册（2025年）');
    expect(s.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 6 }]);
    expect(cellAt(s, 3, 2)?.v).toBe('姓名');
    expect(cellAt(s, 4, 3)).toEqual({ v: '11010119900307123X ', f: '@' });
    expect(cellAt(s, 4, 4)).toEqual({ v: 43647, t: '2019年7月1日', f: 'yyyy"年"m"月"d"日"' });
    expect(cellAt(s, 4, 5)).toEqual({ v: true, t: 'TRUE' });
    expect(cellAt(s, 4, 6)?.v).toBe(12.5);
    expect(cellAt(s, 5, 3)?.v).toBe('#DIV/0!');
    expect(cellAt(s, 5, 4)?.v).toBeCloseTo(45691 + 14.5 / 24, 9);
    expect(cellAt(s, 5, 5)).toEqual({ v: 45658, t: '2025/1/1', f: 'yyyy/m/d' });
    expect(cellAt(s, 5, 6)?.v).toBe('a&b <c> "d" \r e');
    expect(s.hiddenRows).toEqual([6]);
    expect(s.hiddenCols).toEqual([8]);
    expect(b.sheets.map((x) => [x.name, x.hidden])).toEqual([['党员名册', false], ['说明', true], ['空表', false]]);
  });

  it('on a 1904 workbook, whether it says date1904="1" or "true"', async () => {
    const base = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 43647 - 1462;
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    });
    for (const flag of ['1', 'true']) {
      const buf = patchZip(base, { 'xl/workbook.xml': (x) => x.replace(/<workbookPr([^>]*?)\/>/, `<workbookPr$1 date1904="${flag}"/>`) });
      const { a, b } = await both(buf);
      expect(b).toEqual(a);
      expect(cellAt(b.sheets[0], 1, 1)?.v).toBe(43647);
    }
  });

  it('on the built-in locale date formats (ids 14, 22, 27–36, 50–58) and a custom one', async () => {
    const base = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('S');
      for (let i = 0; i < 8; i++) { ws.getCell(1, i + 1).value = 45658.5; ws.getCell(1, i + 1).numFmt = `0.${'0'.repeat(i + 1)}`; }
    });
    // point the eight styles at built-in ids by rewriting the numFmtId of each cellXfs entry
    const ids = [14, 22, 31, 57, 58, 32, 27, 1];
    const buf = patchZip(base, {
      'xl/styles.xml': (x) => {
        let k = 0;
        return x.replace(/(<cellXfs[^>]*>)([\s\S]*?)(<\/cellXfs>)/, (_m, a: string, body: string, c: string) =>
          a + body.replace(/<xf numFmtId="(\d+)"/g, (all: string, id: string) => (id === '0' ? all : `<xf numFmtId="${ids[k++] ?? id}"`)) + c);
      },
    });
    const { a, b } = await both(buf);
    expect(b).toEqual(a);
    const row = b.sheets[0].rows[0];
    expect(row[0]).toEqual({ v: 45658.5, t: '2025/1/1', f: 'yyyy/m/d' });
    expect(row[2]).toEqual({ v: 45658.5, t: '2025年1月1日', f: 'yyyy"年"m"月"d"日"' });
    expect(row[7]).toEqual({ v: 45658.5, f: '0' });
  });

  it('on inline strings, shared formulas, sheets out of sheetId order and a prefixed-free LibreOffice style part', async () => {
    const base = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('B');
      ws.getCell('A1').value = 'x';
      ws.getCell('A2').value = 1;
      ws.getCell('A3').value = 2;
      wb.addWorksheet('A').getCell('A1').value = 'second';
    });
    const buf = patchZip(base, {
      'xl/worksheets/sheet1.xml': (x) => x
        .replace(/<c r="A1"[^>]*>.*?<\/c>/, '<c r="A1" t="inlineStr"><is><r><t>内</t></r><r><rPr><b/></rPr><t xml:space="preserve">联 </t></r></is></c>')
        .replace(/<c r="A3"([^>]*)>.*?<\/c>/, '<c r="A3"$1><f t="shared" ref="A3:A3" si="0">A2*2</f><v>2</v></c>'),
      'xl/workbook.xml': (x) => x.replace(/<sheet name="B" sheetId="1"/, '<sheet name="B" sheetId="7"'),
    });
    const { a, b } = await both(buf);
    expect(b).toEqual(a);
    expect(cellAt(b.sheets[0], 1, 1)?.v).toBe('内联 ');
    expect(cellAt(b.sheets[0], 3, 1)?.v).toBe(2);
  });

  it('on every file of a synthetic corpus (all layouts, date forms, dues forms, violations)', async () => {
    const dir = await tempDir('stream-corpus-');
    try {
      await makeCorpus({ out: dir, n: 12, seed: 7, violations: true, hostile: false });
      const files = (await readdir(dir)).filter((f) => f.endsWith('.xlsx'));
      expect(files.length).toBe(12);
      for (const f of files) {
        const buf = await readFile(join(dir, f));
        const { a, b } = await both(buf);
        expect(b, f).toEqual(a);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('readWorkbookStream where it deliberately differs', () => {
  it('reads a sheet whose elements carry a namespace prefix (<x:row>), as the unprefixed sheet', async () => {
    const buf = await xlsxBytes(traps);
    const prefixed = patchZip(buf, {
      'xl/worksheets/sheet1.xml': (x) => x
        .replace(/<(\/?)(?!\?)([A-Za-z]+)([\s>/])/g, '<$1x:$2$3')
        .replace('<x:worksheet ', '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '),
    });
    expect(zipText(prefixed, 'xl/worksheets/sheet1.xml')).toMatch(/<x:row [^>]*>\s*<x:c /);
    expect(readWorkbookStream(prefixed, 'p.xlsx')).toEqual(readWorkbookStream(buf, 'b.xlsx'));
  });
});

describe('formulas saved without their results', () => {
  it('reads a formula with no <v> as unknown (#未计算), and an empty text result (<v></v>) as empty', async () => {
    const buf = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('党费');
      ws.addRow(['姓名', '1月', '2月', '3月']);
      ws.addRow(['张三', 50, 50, 50]);
    });
    // B2 a formula alone, C2 a shared formula's child alone, D2 a formula whose text result is empty
    const patched = patchZip(buf, {
      'xl/worksheets/sheet1.xml': (x) => x
        .replace(/<c r="B2"([^>]*)><v>50<\/v><\/c>/, '<c r="B2"$1><f t="shared" ref="B2:C2" si="0">A2</f></c>')
        .replace(/<c r="C2"([^>]*)><v>50<\/v><\/c>/, '<c r="C2"$1><f t="shared" si="0"/></c>')
        .replace(/<c r="D2"([^>]*)><v>50<\/v><\/c>/, '<c r="D2"$1 t="str"><f>IF(1>2,"x","")</f><v></v></c>'),
    });
    expect(zipText(patched, 'xl/worksheets/sheet1.xml')).toContain('<f t="shared" si="0"/></c>');
    const sheet = readWorkbookStream(patched, 'f.xlsx').sheets[0];
    expect(cellAt(sheet, 2, 2)).toEqual({ v: null, t: '#未计算' });
    expect(cellAt(sheet, 2, 3)).toEqual({ v: null, t: '#未计算' });
    expect(cellAt(sheet, 2, 4)).toBeNull();
  });
});

describe('readWorkbookStream on files LibreOffice wrote', () => {
  it('equals the exceljs reader on a corpus workbook saved again by LibreOffice', async () => {
    const dir = await tempDir('stream-lo-');
    try {
      await makeCorpus({ out: dir, n: 2, seed: 3, violations: true, hostile: false });
      const src = (await readdir(dir)).filter((f) => f.endsWith('.xlsx'))[0];
      await mkdir(join(dir, 'in'));
      await writeFile(join(dir, 'in', 'book.xlsx'), await readFile(join(dir, src)));
      await mkdir(join(dir, 'out'));
      const out = await sofficeConvert(join(dir, 'in', 'book.xlsx'), 'xlsx', join(dir, 'out'));
      const buf = await readFile(out);
      const { a, b } = await both(buf);
      expect(b).toEqual(a);
      expect(b.sheets.length).toBeGreaterThanOrEqual(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('readWorkbookStream refuses what the exceljs reader refuses, with the same code', () => {
  let good: Buffer;
  beforeAll(async () => { good = await xlsxBytes(traps); });
  afterAll(() => undefined);
  const cases: [string, () => Uint8Array][] = [
    ['empty', () => new Uint8Array(0)],
    ['truncated', () => truncated(good)],
    ['csv', () => csvBytes()],
    ['html', () => htmlXls()],
    ['encrypted', () => encryptedOoxml()],
    ['zip, not a workbook', () => plainZip()],
    ['bomb by ratio', () => zipBombByRatio(good, 64 * 1024 * 1024)],
    ['bomb by declared size', () => zipBombByDeclaredSize(good)],
    ['overlapping merges', () => patchZip(good, { 'xl/worksheets/sheet1.xml': (x) => x.replace('</mergeCells>', '<mergeCell ref="C2:D3"/></mergeCells>') })],
  ];
  for (const [name, make] of cases) {
    it(name, async () => {
      const buf = make();
      const expected = await codeOf(() => readWorkbookBuffer(buf, 'x.xlsx'));
      expect(expected).not.toBe('none');
      expect(await codeOf(() => readWorkbookStream(buf, 'x.xlsx'))).toBe(expected);
    });
  }
});
