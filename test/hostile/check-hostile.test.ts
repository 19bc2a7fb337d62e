/**
 * Hostile and unusual workbooks through `dangjian check … --json` as a user runs it, under both
 * readers (the default streaming one and DANGJIAN_READER=exceljs). Each file sits beside a good
 * workbook in one folder: the hostile one gives its error code with a Chinese message naming it (or
 * is read when it is merely unusual), the good one is still checked, the exit code says 1 when some
 * file failed, and no input changes (hashes before/after, in checkJson).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CheckRun, READERS, checkJson, ensureBuilt, entry, expectChecked, expectFileError, expectRunWithGood,
  goodBytes, goodFindings, partText,
} from './hostile-support.js';
import { FORBIDDEN_SHEET, NAME_B2, ODD_SHEET, ROSTER, writeHostileFolder } from './hostile-files.js';

/** Findings without the sheet name (a renamed sheet changes only that). */
const sansSheet = (fs: { sheet: string | null }[]): unknown[] => fs.map((f) => ({ ...f, sheet: null, message: null }));

describe.each(READERS)('check --json on hostile workbooks (reader: %s)', (reader) => {
  let run: CheckRun;
  beforeAll(() => {
    ensureBuilt();
    run = checkJson(writeHostileFolder('check'), reader);
  }, 120_000);

  it('checks the good workbook beside them and exits 1 (some file failed)', () => {
    expectRunWithGood(run);
    expect(run.files).toHaveLength(12);
    expect(run.files.filter((f) => f.error?.code === 'INTERNAL')).toEqual([]);
  });

  it('ZIP_BOMB by declared size, before inflating', () => {
    expect(expectFileError(run, '炸弹-声明大小.xlsx', 'ZIP_BOMB').error!.message).toMatch(/声明解压后/);
  });

  it('ZIP_BOMB by compression ratio', () => {
    expect(expectFileError(run, '炸弹-压缩比.xlsx', 'ZIP_BOMB').error!.message).toMatch(/压缩比超过 200:1/);
  });

  it('ENCRYPTED for a workbook with an open password, saying to remove it', () => {
    expect(expectFileError(run, '加密.xlsx', 'ENCRYPTED').error!.message).toMatch(/密码/);
  });

  it('reads an .xlsx named .xls like the .xlsx itself', () => {
    expect(expectChecked(run, '其实是xlsx.xls').findings).toEqual(goodFindings());
  });

  it('ignores a declared dimension of A1:XFD1048576 on every sheet', () => {
    expect(expectChecked(run, '全表范围.xlsx').findings).toEqual(goodFindings());
  });

  // Nested <r> is not valid SpreadsheetML (CT_Rst holds runs, runs do not nest): a reader may read
  // the text or call the file damaged; it must not overflow its stack or take the run down.
  for (const name of ['深层嵌套-单元格.xlsx', '深层嵌套-共享字符串.xlsx']) {
    it(`100,000 nested <r> elements (${name}): read as the same text, or CORRUPT`, () => {
      const e = entry(run, name);
      if (e.error) expectFileError(run, name, 'CORRUPT');
      else expect(expectChecked(run, name).findings).toEqual(goodFindings());
    });
  }

  it('100,000 nested unknown elements after a shared string are skipped', () => {
    expect(expectChecked(run, '深层嵌套-未知元素.xlsx').findings).toEqual(goodFindings());
  });

  it('keeps a sheet name with quotes, markup characters, an emoji and a formula prefix as written', () => {
    const e = expectChecked(run, '工作表名.xlsx');
    expect(sansSheet(e.findings)).toEqual(sansSheet(goodFindings()));
    const roster = e.findings.filter((f) => f.sheet === ODD_SHEET);
    expect(roster.length).toBe(goodFindings().filter((f) => f.sheet === '党员名册').length);
    expect(roster.length).toBeGreaterThan(0);
  });

  it('reads a sheet name Excel forbids as written, or calls the file CORRUPT (the exceljs reader refuses it)', () => {
    const name = '工作表名-非法字符.xlsx';
    if (entry(run, name).error) {
      expectFileError(run, name, 'CORRUPT');
      return;
    }
    const e = expectChecked(run, name);
    expect(sansSheet(e.findings)).toEqual(sansSheet(goodFindings()));
    expect(e.findings.filter((f) => f.sheet === FORBIDDEN_SHEET).length).toBeGreaterThan(0);
  });

  it('reads error results, shared formulas, rich text and hyperlinks: the errors become findings on their cells', () => {
    const e = expectChecked(run, '公式与富文本.xlsx');
    const at = (cell: string) => e.findings.filter((f) => f.sheet === '党员名册' && f.cell === cell);
    // a broken formula is named as one, not judged as a wrong ID number (M02)
    expect(at('E2').map((f) => f.rule), 'the #REF! ID').toEqual(['W03']);
    expect(at('E2')[0].message).toContain('公式出错的结果“#REF!”（公式引用的单元格已被删除）');
    // exceljs turns a date-styled formula result into a Date (cell-xform.js excelToDate), so an
    // error there reads as empty: only the default (streaming) reader keeps "#N/A" for W03
    if (reader === 'default') expect(at('F3').map((f) => f.rule), 'the #N/A birth date').toEqual(['W03']);
    // the rich-text name reads as the plain one: no finding about B2 that the good file lacks
    const b2 = (fs: { cell: string | null; sheet: string | null }[]) => fs.filter((f) => f.sheet === '党员名册' && f.cell === 'B2').length;
    expect(b2(e.findings)).toBe(b2(goodFindings()));
    expect(e.findings.some((f) => f.cell?.startsWith('A'))).toBe(goodFindings().some((f) => f.cell?.startsWith('A')));
  });
});

it('the folder builders patch what they claim to', () => {
  const x = partText(goodBytes(), ROSTER);
  for (const s of [NAME_B2, '<c r="A3"><v>2</v></c>', '<c r="A4"><v>3</v></c>', '<c r="A5"><v>4</v></c>']) expect(x).toContain(s);
  expect(x).toMatch(/<c r="E2" s="3" t="s"><v>\d+<\/v><\/c>/);
  expect(x).toMatch(/<c r="F3" s="1"><v>\d+<\/v><\/c>/);
  expect(partText(goodBytes(), 'xl/sharedStrings.xml')).toContain('<si><t>黄春燕</t></si>');
  expect(partText(goodBytes(), 'xl/workbook.xml')).toContain('name="党员名册"');
});
