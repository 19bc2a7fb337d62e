/**
 * Huge inputs through `dangjian check … --json`, under both readers: parts of 150 MB, a 50 MB cell
 * text, a 100,000-row roster. Each sits beside the good workbook, which is still checked.
 *
 * Limits that apply (generator/read): a file above 100 MB is refused unread (TOO_LARGE); a part
 * declaring more than 200 MB, or 300 MB in all, or inflating more than 200:1 above 10 MB, is a
 * ZIP_BOMB; more than 1,500,000 cells is TOO_LARGE; a cell text above Excel's 32,767 characters is
 * TOO_LARGE. The test builds every part by deflating 1 MiB at a time, so it never holds the inflated
 * part: its own memory stays near the compressed size (a few MB).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { idNumber } from '../support/report-fixtures.js';
import {
  type CheckRun, READERS, bigPart, checkJson, ensureBuilt, expectChecked, expectFileError, expectRunWithGood,
  fillerChunk, folderWithGood, goodBytes, goodFindings, goodWithBigPart, partText,
} from './hostile-support.js';

const ROSTER = 'xl/worksheets/sheet2.xml';
const MB = 1 << 20;
const ROWS = 100_000;

/** Inflated sizes of the big parts built, for the test of the builders. */
const built: Record<string, { inflated: number; file: number }> = {};

/** The roster with `count` MiB of filler between <sheetData> and its first row. */
function rosterWithFiller(name: string, count: number, noise: number): Buffer {
  const sheet = partText(goodBytes(), ROSTER);
  const at = sheet.indexOf('<sheetData>') + '<sheetData>'.length;
  const part = bigPart(sheet.slice(0, at), (i) => fillerChunk(noise, i + 1), count, sheet.slice(at));
  const zip = goodWithBigPart(ROSTER, part);
  built[name] = { inflated: part.size, file: zip.length };
  return zip;
}

/** The first member's name (shared string 黄春燕) replaced by `count` MiB of letters. */
function hugeSharedString(name: string, count: number): Buffer {
  const sst = partText(goodBytes(), 'xl/sharedStrings.xml');
  const old = '<si><t>黄春燕</t></si>';
  const k = sst.indexOf(old);
  const letters = (i: number): Uint8Array => {
    const c = fillerChunk(20 * 1024, i + 7);
    // letters only: the comment markers and spaces of the filler become 'j'
    for (let j = 0; j < c.length; j++) if (c[j] < 0x61) c[j] = 0x6a;
    return c;
  };
  const part = bigPart(sst.slice(0, k) + '<si><t>', letters, count, '</t></si>' + sst.slice(k + old.length));
  const zip = goodWithBigPart('xl/sharedStrings.xml', part);
  built[name] = { inflated: part.size, file: zip.length };
  return zip;
}

/** A roster of 100,000 members written row by row (exceljs streaming writer); row 50,001 has a bad check digit. */
async function writeHugeRoster(path: string): Promise<void> {
  const w = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const info = w.addWorksheet('支部信息');
  for (const r of [['支部名称', '十万人党支部'], ['支部类型', '机关'], ['统计年度', 2025]]) info.addRow(r).commit();
  info.commit();
  const ws = w.addWorksheet('党员名册');
  ws.addRow(['序号', '姓名', '性别', '身份证号', '出生日期', '入党时间', '转正时间', '党员类别']).commit();
  for (let i = 1; i <= ROWS; i++) {
    const year = 1960 + (i % 40);
    const birth = `${year}0${1 + (i % 9)}1${i % 10}`;
    const male = i % 2 === 1;
    let id = idNumber('110101', birth, (i % 499) * 2 + (male ? 1 : 2));
    if (i === ROWS / 2) id = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    ws.addRow([i, `党员${i}`, male ? '男' : '女', id, `${year}-0${1 + (i % 9)}-1${i % 10}`, `${year + 30}-07-01`, `${year + 31}-07-01`, '正式党员']).commit();
  }
  ws.commit();
  await w.commit();
}

let dir: string;
beforeAll(async () => {
  ensureBuilt();
  dir = folderWithGood('huge');
  writeFileSync(join(dir, '空白150MB.xlsx'), rosterWithFiller('空白150MB.xlsx', 150, 0));
  writeFileSync(join(dir, '注释150MB.xlsx'), rosterWithFiller('注释150MB.xlsx', 150, 20 * 1024));
  writeFileSync(join(dir, '长文本50MB.xlsx'), hugeSharedString('长文本50MB.xlsx', 50));
  await writeHugeRoster(join(dir, '十万行.xlsx'));
}, 120_000);

describe.each(READERS)('check --json on huge workbooks (reader: %s)', (reader) => {
  let run: CheckRun;
  beforeAll(() => { run = checkJson(dir, reader); }, 240_000);

  it('checks the good workbook beside them and exits 1', () => {
    expectRunWithGood(run);
    expect(run.files).toHaveLength(5);
  });

  it('ZIP_BOMB for a 150 MB sheet part of whitespace (about 1000:1, over the 200:1 ratio limit)', () => {
    expect(expectFileError(run, '空白150MB.xlsx', 'ZIP_BOMB').error!.message).toContain('xl/worksheets/sheet2.xml');
  });

  it('reads a 150 MB sheet part of comments within the ratio limit, as the roster without them', () => {
    expect(expectChecked(run, '注释150MB.xlsx').findings).toEqual(goodFindings());
  });

  it('TOO_LARGE for a 50 MB shared string (Excel holds at most 32,767 characters in a cell), naming the cell', () => {
    const e = expectFileError(run, '长文本50MB.xlsx', 'TOO_LARGE');
    expect(e.error!.message).toContain('党员名册');
    expect(e.error!.message).toContain('B2');
    expect(e.error!.message).toContain('32767');
  });

  it('checks a 100,000-row roster: every member counted, the planted bad ID found on its row', () => {
    const e = expectChecked(run, '十万行.xlsx');
    expect((e.stats as { members: { total: number } }).members.total).toBe(ROWS);
    const bad = e.findings.filter((f) => f.rule === 'M02' && f.sheet === '党员名册');
    expect(bad.map((f) => f.row)).toEqual([ROWS / 2 + 1]);
    expect(bad[0].cell).toBe(`D${ROWS / 2 + 1}`);
  });
});

it('the builders make what the tests claim, at the sizes claimed', () => {
  const { 空白150MB: whitespace, 注释150MB: comments, 长文本50MB: text } = Object.fromEntries(
    Object.entries(built).map(([k, v]) => [k.replace('.xlsx', ''), v]));
  expect(whitespace.inflated).toBeGreaterThan(150 * MB);
  expect(whitespace.inflated).toBeGreaterThan(whitespace.file * 200); // over the ratio limit
  expect(comments.inflated).toBeGreaterThan(150 * MB);
  expect(comments.inflated).toBeLessThan(comments.file * 200); // under the ratio limit
  expect(comments.inflated).toBeLessThan(200 * MB); // under the per-part limit
  expect(text.inflated).toBeGreaterThan(50 * MB);
  expect(text.inflated).toBeLessThan(text.file * 200);
});
