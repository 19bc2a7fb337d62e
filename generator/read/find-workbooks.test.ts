import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareCodePoints, findWorkbooks } from './find-workbooks.js';
import { tempDir } from './test-support/workbook-files.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  const files = [
    'b支部.xlsx', 'a支部.XLSX', '宏.xlsm', '旧.xls', '说明.docx', '~$b支部.xlsx', '._a支部.xlsx',
    'sub/c.xlsx', 'sub/deeper/d.xls', '.git/e.xlsx', 'sub/.hidden/f.xlsx',
  ];
  for (const f of files) {
    await mkdir(join(dir, f, '..'), { recursive: true });
    await writeFile(join(dir, f), 'x');
  }
  await symlink(dir, join(dir, 'sub', 'loop')); // a folder link back up must not loop
  await symlink(join(dir, 'sub', 'c.xlsx'), join(dir, 'sub', 'deeper', 'link.xlsx')); // a linked file is found
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('findWorkbooks', () => {
  it('searches folders recursively for .xlsx/.xlsm/.xls, skipping lock files and hidden entries, sorted', async () => {
    const { files, missing } = await findWorkbooks([dir]);
    const rel = files.map((f) => f.slice(dir.length + 1).split(sep).join('/'));
    expect(rel).toEqual(['a支部.XLSX', 'b支部.xlsx', 'sub/c.xlsx', 'sub/deeper/d.xls', 'sub/deeper/link.xlsx', '宏.xlsm', '旧.xls']);
    expect(missing).toEqual([]);
  });

  it('skips a sub-folder holding an earlier report run (our manifest), but searches it when named', async () => {
    const out = join(dir, 'runs', '报告2025');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, '.dangjian-manifest.jsonl'), '');
    await writeFile(join(out, '问题清单.xlsx'), 'x');
    await writeFile(join(out, 'a支部_问题标注.xlsx'), 'x');
    await writeFile(join(dir, 'runs', 'e支部.xlsx'), 'x');
    const viaParent = (await findWorkbooks([join(dir, 'runs')])).files.map((f) => f.split(sep).pop());
    expect(viaParent).toEqual(['e支部.xlsx']);
    const named = (await findWorkbooks([out])).files.map((f) => f.split(sep).pop());
    expect(named).toEqual(['a支部_问题标注.xlsx', '问题清单.xlsx']);
    await rm(join(dir, 'runs'), { recursive: true, force: true });
  });

  it('keeps files as given, whatever their extension, and reports missing inputs', async () => {
    const doc = join(dir, '说明.docx');
    const gone = join(dir, '不存在.xlsx');
    const { files, missing } = await findWorkbooks([doc, gone, join(dir, 'sub')]);
    expect(files).toEqual([doc, join(dir, 'sub', 'c.xlsx'), join(dir, 'sub', 'deeper', 'd.xls'), join(dir, 'sub', 'deeper', 'link.xlsx')]);
    expect(missing).toEqual([gone]);
  });

  it('reports paths relative when given relative, as given, without duplicates', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const { files } = await findWorkbooks(['sub', 'sub/c.xlsx']);
      expect(files).toEqual([join('sub', 'c.xlsx'), join('sub', 'deeper', 'd.xls'), join('sub', 'deeper', 'link.xlsx')]);
      const dotted = await findWorkbooks([`.${sep}sub${sep}`]);
      expect(dotted.files.slice(0, 2)).toEqual([`.${sep}sub${sep}c.xlsx`, `.${sep}sub${sep}deeper${sep}d.xls`]);
    } finally {
      process.chdir(cwd);
    }
  });

  it('in an intake folder, lists archives (the reader says to unzip them) and skips backups, temp files and system files', async () => {
    const intake = join(dir, '..', `${dir.split(sep).pop()}-intake`);
    const names = ['县直/县财政局.xlsx', '县直/县财政局 (1).xlsx', '县直/~$县财政局.xlsx', '县直/县财政局.xlsx.bak', '县直/~WRL0001.tmp',
      '县直/Thumbs.db', '县直/.DS_Store', '县直/填报说明.docx', '县直/教育系统报送.zip', '乡镇/报送.RAR', '乡镇/报送.7z', '乡镇/空/',
      '乡镇/城关镇.et', '乡镇/河口镇.ods', '乡镇/石桥镇.xlsb', '乡镇/汇总.csv'];
    try {
      for (const f of names) {
        await mkdir(join(intake, f.endsWith('/') ? f : join(f, '..')), { recursive: true });
        if (!f.endsWith('/')) await writeFile(join(intake, f), 'x');
      }
      const rel = (await findWorkbooks([intake])).files.map((f) => f.slice(intake.length + 1).split(sep).join('/'));
      // WPS .et, .ods and .xlsb too: the reader reads them or says how to save them as .xlsx
      expect(rel).toEqual(['乡镇/城关镇.et', '乡镇/报送.7z', '乡镇/报送.RAR', '乡镇/河口镇.ods', '乡镇/石桥镇.xlsb', '县直/县财政局 (1).xlsx', '县直/县财政局.xlsx', '县直/教育系统报送.zip']);
    } finally {
      await rm(intake, { recursive: true, force: true });
    }
  });

  it('orders by code point, not by UTF-16 unit', () => {
    // U+FF61 sorts after U+1F600 in UTF-16 units (0xFF61 > 0xD83D) but before it in code points
    expect(['\u{1F600}.xlsx', '\uFF61.xlsx'].sort(compareCodePoints)).toEqual(['\uFF61.xlsx', '\u{1F600}.xlsx']);
  });
});
