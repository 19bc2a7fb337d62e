/**
 * `dangjian report … -o <folder that does not exist yet> --annotate` over the hostile folder: the
 * unreadable files are listed at the end with their Chinese reasons, every readable one (odd sheet
 * names, formula errors, an .xlsx named .xls) gets its report and an annotated copy that exceljs
 * opens with the sheet names as written, the findings list is valid, exit 1, inputs unchanged.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliRun } from '../cli-helpers.js';
import { ODD_SHEET, hostileWorkbooks, writeHostileFolder } from './hostile-files.js';
import { cli, ensureBuilt, hashes } from './hostile-support.js';

/** The hostile files the readers refuse, whichever reader the CLI uses. */
const REFUSED = ['炸弹-声明大小.xlsx', '炸弹-压缩比.xlsx', '加密.xlsx'];

describe('report -o on the hostile folder', () => {
  let dir: string;
  let out: string;
  let run: CliRun;
  let before: Record<string, string>;
  beforeAll(() => {
    ensureBuilt();
    dir = writeHostileFolder('report');
    before = hashes(dir);
    out = join(dir, '不存在的', '输出');
    run = cli(['report', dir, '-o', out, '--as-of', '2025-12-31', '--annotate']);
  }, 180_000);

  it('exits 1 and leaves every input as it was', () => {
    expect(run.code, run.stderr).toBe(1);
    expect(hashes(dir)).toEqual(before);
  });

  it('lists each refused file at the end with its Chinese reason', () => {
    const tail = run.stderr.slice(run.stderr.lastIndexOf('以下'));
    expect(tail).toMatch(/以下 \d+ 个文件无法读取/);
    const lines = tail.split('\n');
    for (const name of REFUSED) {
      const i = lines.findIndex((l) => l.trim().endsWith(name));
      expect(i, name).toBeGreaterThan(0);
      // the reason follows on the next line, names the file and says what to do
      expect(lines[i + 1]).toContain(name);
      expect(lines[i + 1]).toMatch(/请/);
    }
  });

  it('writes a report and an annotated copy for every readable workbook, into the folder it created', () => {
    const names = readdirSync(out).filter((n) => !n.startsWith('.'));
    const reports = names.filter((n) => n.endsWith('.docx') && n !== '汇总调研报告.docx');
    const annotated = names.filter((n) => n.endsWith('_问题标注.xlsx'));
    const readable = Object.keys(hostileWorkbooks()).length + 1 - REFUSED.length;
    // the nested <r> and forbidden-name files may be refused as CORRUPT by one reader
    expect(reports.length).toBeGreaterThanOrEqual(readable - 3);
    expect(reports.length).toBeLessThanOrEqual(readable);
    // exceljs cannot load some files the streaming reader reads (nested <r>, a forbidden sheet
    // name): the report is made, and the missing annotated copy is named in a note
    const notes = run.stderr.split('\n').filter((l) => l.includes('无法为文件') && l.includes('生成问题标注副本'));
    expect(annotated.length + notes.length).toBe(reports.length);
    expect(annotated.length).toBeGreaterThanOrEqual(readable - 3);
    for (const n of notes) expect(n).toContain('报告已生成');
    expect(names).toContain('汇总调研报告.docx');
    expect(names).toContain('问题清单.xlsx');
    for (const n of names) expect(n).not.toMatch(/[\\/:*?"<>|]/);
  });

  it('keeps odd sheet names as written in the annotated copies, which exceljs opens', async () => {
    const sheetNames = new Set<string>();
    for (const n of readdirSync(out).filter((x) => x.endsWith('_问题标注.xlsx'))) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(out, n));
      wb.eachSheet((ws) => sheetNames.add(ws.name));
      expect(wb.getWorksheet('问题清单'), n).toBeDefined();
    }
    expect(sheetNames).toContain(ODD_SHEET);
  });

  it('lists the findings of the odd-sheet workbook under its sheet name in 问题清单.xlsx', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, '问题清单.xlsx'));
    const ws = wb.getWorksheet('问题清单')!;
    const sheets: unknown[] = [];
    ws.eachRow((r, i) => { if (i > 1) sheets.push(r.getCell(5).value); });
    expect(sheets).toContain(ODD_SHEET);
    const cell = ws.getColumn(5).values.findIndex((v) => v === ODD_SHEET);
    expect(ws.getRow(cell).getCell(5).numFmt).toBe('@'); // starts with "="
    expect(ws.getRow(cell).getCell(5).type).toBe(ExcelJS.ValueType.String);
  });
});
