import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cfbNames } from './cfb-names.js';
import { sniff } from './sniff.js';
import { compoundFile, csvBytes, encryptedOoxml, htmlXls, plainZip } from './test-support/hostile-files.js';
import { sofficeConvert, tempDir, xlsxBytes } from './test-support/workbook-files.js';

const text = (s: string): Buffer => Buffer.from(s, 'utf8');

describe('sniff', () => {
  it('tells zip, empty and compound files apart by content', async () => {
    expect(sniff(new Uint8Array(0))).toBe('empty');
    expect(sniff(await xlsxBytes((wb) => { wb.addWorksheet('S'); }))).toBe('zip');
    expect(sniff(plainZip())).toBe('zip');
    expect(sniff(encryptedOoxml())).toBe('encrypted');
    expect(sniff(compoundFile(['Workbook']))).toBe('xls');
    expect(sniff(compoundFile(['Book']))).toBe('xls');
    expect(sniff(compoundFile(['WordDocument']))).toBe('ole');
  });

  it('recognises delimited text in UTF-8, GBK and UTF-16', () => {
    expect(sniff(csvBytes())).toBe('csv');
    expect(sniff(text('a\tb\n1\t2\n'))).toBe('csv');
    // "姓名,性别" in GBK: not UTF-8, still text with ASCII delimiters
    expect(sniff(Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xd0, 0xd4, 0xb1, 0xf0, 0x0d, 0x0a]))).toBe('csv');
    expect(sniff(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('姓名\t性别\r\n', 'utf16le')]))).toBe('csv');
  });

  it('recognises web pages and Excel 2003 XML saved as .xls, and plain text', () => {
    expect(sniff(htmlXls())).toBe('html');
    expect(sniff(text('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'))).toBe('xml2003');
    expect(sniff(text('just some words\n'))).toBe('text');
    expect(sniff(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]))).toBe('unknown');
  });

  it('reads the directory of a real .xls written by LibreOffice', async () => {
    const dir = await tempDir();
    try {
      const src = join(dir, 'x.xlsx');
      await writeFile(src, await xlsxBytes((wb) => { wb.addWorksheet('S').getCell('A1').value = 1; }));
      const xls = await readFile(await sofficeConvert(src, 'xls', dir));
      expect(cfbNames(xls)).toContain('Workbook');
      expect(sniff(xls)).toBe('xls');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('falls back to scanning for the stream name when the directory chain is broken', () => {
    const f = encryptedOoxml();
    f.writeUInt32LE(0x7fffffff, 0x30); // first directory sector out of range
    expect(cfbNames(f)).toBeNull();
    expect(sniff(f)).toBe('encrypted');
  });
});
