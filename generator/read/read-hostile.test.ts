import { readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { ReadError, type ReadErrorCode } from './read-error.js';
import { MAX_FILE_BYTES, readWorkbookBuffer, readWorkbookFile } from './read-workbook.js';
import { patchZip, sha256File, sofficeConvert, tempDir, xlsxBytes, zipText } from './test-support/workbook-files.js';
import {
  compoundFile, csvBytes, encryptedOoxml, htmlXls, lyingHeaderZip, plainZip, truncated,
  rawZip, xlsxParts, zipBombByCount, zipBombByDeclaredSize, zipBombByRatio, zipBombByTotal,
} from './test-support/hostile-files.js';

let dir: string;
let small: Buffer;
beforeAll(async () => {
  dir = await tempDir();
  small = await xlsxBytes((wb: ExcelJS.Workbook) => {
    const ws = wb.addWorksheet('党员名册');
    ws.addRow(['姓名', '性别']);
    ws.addRow(['张三', '男']);
  });
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

/** Writes `bytes` as `name`, reads it, and returns the ReadError; asserts the file is unchanged. */
async function failure(name: string, bytes: Uint8Array): Promise<ReadError> {
  const file = join(dir, name);
  await writeFile(file, bytes);
  const before = await sha256File(file);
  let caught: unknown = null;
  try { await readWorkbookFile(file); } catch (e) { caught = e; }
  expect(await sha256File(file)).toBe(before);
  expect(caught).toBeInstanceOf(ReadError);
  const err = caught as ReadError;
  expect(err.file).toBe(file);
  expect(err.message).toContain(file); // the message names the file
  return err;
}

async function expectCode(name: string, bytes: Uint8Array, code: ReadErrorCode): Promise<ReadError> {
  const err = await failure(name, bytes);
  expect(err.code).toBe(code);
  return err;
}

describe('hostile and wrong inputs', () => {
  it('EMPTY_FILE for zero bytes', async () => {
    await expectCode('空.xlsx', new Uint8Array(0), 'EMPTY_FILE');
  });

  it('NOT_FOUND for a missing path or a folder', async () => {
    await expect(readWorkbookFile(join(dir, 'nope.xlsx'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(readWorkbookFile(dir)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('CORRUPT for a truncated zip', async () => {
    const err = await expectCode('截断.xlsx', truncated(small, 0.6), 'CORRUPT');
    expect(err.message).toMatch(/损坏或不完整/);
  });

  it('CORRUPT for a zip whose data is cut but whose directory survives', async () => {
    const bytes = Buffer.from(small);
    bytes.fill(0, 40, 400); // damage the first part's deflate data
    await expectCode('损坏.xlsx', bytes, 'CORRUPT');
  });

  it('CSV for a text file renamed .xlsx, with how to fix it', async () => {
    const err = await expectCode('名册.xlsx', csvBytes(), 'CSV');
    expect(err.message).toMatch(/另存为/);
  });

  it('NOT_XLSX for an HTML page named .xls and for random bytes', async () => {
    expect((await expectCode('导出.xls', htmlXls(), 'NOT_XLSX')).message).toMatch(/网页/);
    await expectCode('图片.xlsx', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), 'NOT_XLSX');
  });

  it('NOT_XLSX for a zip that is not a workbook, saying what it is', async () => {
    expect((await expectCode('压缩包.xlsx', plainZip(), 'NOT_XLSX')).message).toMatch(/普通压缩包/);
  });

  it('NOT_XLSX for an archive of workbooks (.zip, .rar, .7z), saying to unzip it first, with either reader', async () => {
    const { zipSync } = await import('fflate');
    const zipOfTwo = zipSync({ '县一中党支部.xlsx': new Uint8Array(small), '报送/县实小党支部.xlsx': new Uint8Array(small), '~$县一中党支部.xlsx': new Uint8Array(165) });
    for (const reader of ['stream', 'exceljs'] as const) {
      const file = join(dir, `县教育系统报送-${reader}.zip`);
      await writeFile(file, zipOfTwo);
      const err = await readWorkbookFile(file, reader).then(() => null, (e: unknown) => e as ReadError);
      expect(err?.code).toBe('NOT_XLSX');
      expect(err?.message).toBe(`文件“${file}”是压缩包（内含 2 个 Excel 工作簿），压缩包中的工作簿不会被读取。请先把它解压到文件夹中，再对该文件夹运行检查（压缩包本身可移出该文件夹）。`);
    }
    expect((await expectCode('资料.zip', plainZip(), 'NOT_XLSX')).message).toMatch(/是压缩包，其中没有 Excel 工作簿，未读取/);
    const rar = Buffer.from([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00, ...Array(64).fill(0)]);
    expect((await expectCode('报送.rar', rar, 'NOT_XLSX')).message).toMatch(/是压缩包，压缩包中的工作簿不会被读取。请先把它解压/);
    const sevenZ = Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04, ...Array(64).fill(0)]);
    expect((await expectCode('报送.7z', sevenZ, 'NOT_XLSX')).message).toMatch(/请先把它解压/);
  });

  it('NOT_XLSX for an OpenDocument spreadsheet, saying so', async () => {
    const src = join(dir, 'for-ods.xlsx');
    await writeFile(src, small);
    const ods = await sofficeConvert(src, 'ods', dir);
    expect((await expectCode('表格.xlsx', await readFile(ods), 'NOT_XLSX')).message).toMatch(/OpenDocument/);
  }, 120_000);

  it('ENCRYPTED for an OLE2 file holding an EncryptedPackage stream', async () => {
    const err = await expectCode('加密.xlsx', encryptedOoxml(), 'ENCRYPTED');
    expect(err.message).toContain('工作簿设置了打开密码，请取消密码后另存为 .xlsx 再提交');
  });

  it('XLS_BIFF for a compound file holding a Workbook stream', async () => {
    await expectCode('旧格式.xlsx', compoundFile(['Workbook']), 'XLS_BIFF');
  });

  it('XLS_BIFF for a WPS .et (the same kind of compound file), saying to save it from WPS; NOT_XLSX naming an .xlsb', async () => {
    expect((await expectCode('城关镇.et', compoundFile(['Workbook']), 'XLS_BIFF')).message).toMatch(/这是 WPS 表格格式（\.et），请用 WPS 打开后“另存为”/);
    const { zipSync } = await import('fflate');
    const xlsb = zipSync({ '[Content_Types].xml': new Uint8Array(10), 'xl/workbook.bin': new Uint8Array(10), 'xl/worksheets/sheet1.bin': new Uint8Array(10) });
    expect((await expectCode('石桥镇.xlsb', xlsb, 'NOT_XLSX')).message).toMatch(/Excel 二进制工作簿（\.xlsb）/);
  });

  it('XLS_BIFF for a real .xls written by LibreOffice', async () => {
    const src = join(dir, 'for-xls.xlsx');
    await writeFile(src, small);
    const xls = await sofficeConvert(src, 'xls', dir);
    const err = await failure('真的旧格式.xls', await readFile(xls));
    expect(err.code).toBe('XLS_BIFF');
    expect(err.message).toContain('这是 Excel 97-2003 格式（.xls），请用 Excel 或 WPS 打开后“另存为”Excel 工作簿（.xlsx）');
  }, 120_000);

  it('ZIP_BOMB by declared size, before inflating', async () => {
    const err = await expectCode('大.xlsx', zipBombByDeclaredSize(small), 'ZIP_BOMB');
    expect(err.message).toMatch(/声明解压后/);
  });

  it('ZIP_BOMB by total declared size of many parts', async () => {
    const err = await expectCode('多.xlsx', zipBombByTotal(small), 'ZIP_BOMB');
    expect(err.message).toMatch(/共 \d+ MB/);
  });

  it('ZIP_BOMB by compression ratio', async () => {
    const err = await expectCode('比.xlsx', zipBombByRatio(small, 16 * 1024 * 1024), 'ZIP_BOMB');
    expect(err.message).toMatch(/压缩比/);
  });

  it('ZIP_BOMB by entry count', async () => {
    await expectCode('数.xlsx', zipBombByCount(), 'ZIP_BOMB');
  });

  it('ZIP_BOMB when a part inflates past its declared size (lying header)', async () => {
    const err = await expectCode('谎.xlsx', lyingHeaderZip(small), 'ZIP_BOMB');
    expect(err.message).toMatch(/超过声明/);
  });

  it('NO_SHEETS for a workbook whose sheets are all empty', async () => {
    await expectCode('空表.xlsx', await xlsxBytes((wb) => { wb.addWorksheet('Sheet1'); wb.addWorksheet('Sheet2'); }), 'NO_SHEETS');
  });

  it('NO_SHEETS for a workbook without any sheet', async () => {
    await expectCode('无表.xlsx', await xlsxBytes(() => undefined), 'NO_SHEETS');
  });

  it('TOO_LARGE for merges over whole columns (exceljs would allocate every cell)', async () => {
    const one = await xlsxBytes((wb) => { wb.addWorksheet('S').getCell('A1').value = 'x'; });
    const patched = patchZip(one, {
      'xl/worksheets/sheet1.xml': (x) => x.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:C1048576"/></mergeCells>'),
    });
    await expectCode('整列合并.xlsx', patched, 'TOO_LARGE');
  });

  it('TOO_LARGE for more cells than a ledger ever has, before exceljs builds them', async () => {
    // 4 sheets × 400,000 styled empty cells; each part stays small enough to be no zip bomb
    const row = `<row r="1">${'<c s="0"/>'.repeat(400_000)}</row>`;
    const four = await xlsxBytes((wb) => { for (let i = 1; i <= 4; i++) wb.addWorksheet(`S${i}`).getCell('A1').value = i; });
    const fill = (x: string): string => x.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${row}</sheetData>`);
    const patched = patchZip(four, Object.fromEntries([1, 2, 3, 4].map((i) => [`xl/worksheets/sheet${i}.xml`, fill])));
    const err = await expectCode('巨大.xlsx', patched, 'TOO_LARGE');
    expect(err.message).toMatch(/1600000 个单元格/);
  });

  it('CORRUPT, naming the cause, for overlapping merges', async () => {
    const one = await xlsxBytes((wb) => { wb.addWorksheet('S').getCell('A1').value = 'x'; });
    const patched = patchZip(one, {
      'xl/worksheets/sheet1.xml': (x) => x.replace('</sheetData>',
        '</sheetData><mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>'),
    });
    const err = await expectCode('重叠.xlsx', patched, 'CORRUPT');
    expect(err.message).toMatch(/重叠/);
  });

  it('reads the workbook rebuilt by hand as stored parts (the bombs fail for their own reason)', async () => {
    const g = await readWorkbookBuffer(rawZip(xlsxParts(small)), 'stored.xlsx');
    expect(g.sheets[0].rows[1]).toEqual([{ v: '张三' }, { v: '男' }]);
  });

  it('CORRUPT when a part does not match its CRC-32', async () => {
    const parts = xlsxParts(small).map((p) => p.name === 'xl/sharedStrings.xml' ? { ...p, crc: 12345 } : p);
    expect(parts.some((p) => p.crc === 12345)).toBe(true);
    const err = await expectCode('校验.xlsx', rawZip(parts), 'CORRUPT');
    expect(err.message).toMatch(/校验失败/);
  });

  it('TOO_LARGE for a file beyond the size limit, without reading it', async () => {
    const file = join(dir, '超大.xlsx');
    await writeFile(file, small);
    await truncate(file, MAX_FILE_BYTES + 1); // sparse: costs no disk or memory
    await expect(readWorkbookFile(file)).rejects.toMatchObject({ code: 'TOO_LARGE', file });
  });

  it('reads the valid workbook the hostile ones are built from', async () => {
    const g = await readWorkbookBuffer(small, 'ok.xlsx');
    expect(g.sheets[0].rows).toEqual([[{ v: '姓名' }, { v: '性别' }], [{ v: '张三' }, { v: '男' }]]);
  });

  it('does not modify the buffer it is given', async () => {
    const copy = Buffer.from(small);
    await readWorkbookBuffer(copy, 'ok.xlsx');
    expect(copy.equals(small)).toBe(true);
  });
});

describe('XML entity expansion', () => {
  it('does not expand entities declared in a DOCTYPE (billion laughs)', async () => {
    const one = await xlsxBytes((wb) => { wb.addWorksheet('S').getCell('A1').value = '占位'; });
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const patched = patchZip(one, {
      'xl/sharedStrings.xml': (x) => x
        .replace(/<sst /, `<!DOCTYPE sst [<!ENTITY l0 "lol">${lol}]><sst `)
        .replace('占位', '&l9;'),
    });
    expect(zipText(patched, 'xl/sharedStrings.xml')).toContain('<!ENTITY l9');
    // saxes (exceljs's parser) does not expand DTD entities: the part is refused, not inflated
    await expect(readWorkbookBuffer(patched, 'lol.xlsx')).rejects.toMatchObject({ code: 'CORRUPT' });
  });
});
