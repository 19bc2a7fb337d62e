/**
 * `dangjian report` end to end: the built CLI (`node bin/dangjian.js report …`) over real workbooks
 * written with exceljs, its outputs opened by exceljs, fflate and LibreOffice.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { idNumber, writeBranchWorkbook } from './support/report-fixtures.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'dangjian.js');
const MANIFEST = '.dangjian-manifest.jsonl';

function cli(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, 'report', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const sha256 = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const visible = async (dir: string) => (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
const unzip = (p: string) => unzipSync(new Uint8Array(readFileSync(p)));

async function sheetRows(path: string, sheet = '问题清单'): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(sheet)!;
  const rows: unknown[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

const TITLE = '关于全县机关党支部台账情况的调研报告';
const EVIL = '=HYPERLINK("http://evil.example","点我")';
const BRANCHES = ['机关第一党支部', '../../etc', 'CON', 'a:b*?', '同名支部', '同名支部', EVIL, '@SUM(1+1)'];

let root: string;
let inDir: string;
const ids: string[] = [];

beforeAll(async () => {
  // the build may report errors in other areas' unfinished files; tsc still emits, and the CLI runs from build/
  spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'ignore' });
  expect(existsSync(join(ROOT, 'build', 'generator', 'cli', 'report-command.js'))).toBe(true);
}, 300_000);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dj-report-cli-'));
  inDir = join(root, '台账');
  await mkdir(inDir);
  for (const [i, name] of BRANCHES.entries()) {
    const wb = await writeBranchWorkbook(join(inDir, `支部${i + 1}.xlsx`), { name, seed: i + 1, topic: i === 0 ? '-1+2 学习研讨' : undefined });
    ids.push(...wb.ids);
  }
  await writeFile(join(inDir, '损坏的文件.xlsx'), 'this is not a workbook');
}, 120_000);

describe('dangjian report', () => {
  let out: string;
  let first: ReturnType<typeof cli>;
  const before = new Map<string, string>();

  beforeAll(async () => {
    for (const n of await readdir(inDir)) before.set(n, sha256(join(inDir, n)));
    out = join(root, '输出', '报告');
    first = cli([inDir, '-o', out, '--as-of', '2025-12-31', '--annotate', '--unit', '中共某县委机关工委', '--title', TITLE]);
  }, 120_000);

  it('writes every branch report, the summary, the findings list and the annotated copies', async () => {
    expect(first.code).toBe(1);
    const names = await visible(out);
    expect(names).toEqual([
      '_.._etc.docx', '_.._etc_问题标注.xlsx',
      '_CON.docx', '_CON_问题标注.xlsx',
      '=HYPERLINK(_http___evil.example_,_点我_).docx', '=HYPERLINK(_http___evil.example_,_点我_)_问题标注.xlsx',
      '@SUM(1+1).docx', '@SUM(1+1)_问题标注.xlsx',
      'a_b__.docx', 'a_b___问题标注.xlsx',
      '同名支部.docx', '同名支部_问题标注.xlsx', '同名支部（支部6）.docx', '同名支部（支部6）_问题标注.xlsx',
      '机关第一党支部.docx', '机关第一党支部_问题标注.xlsx',
      '汇总调研报告.docx', '问题清单.xlsx',
    ].sort());
    for (const n of names) expect(Object.keys(unzip(join(out, n)))).toContain('[Content_Types].xml');
  });

  it('lists the unreadable file at the end with its reason', () => {
    const tail = first.stderr.trim().split('\n').slice(-3).join('\n');
    expect(tail).toContain('以下 1 个文件无法读取');
    expect(tail).toContain('损坏的文件.xlsx');
    expect(first.stdout).toContain('已生成 8 份支部调研报告，汇总计入 7 个支部');
  });

  it('draws no progress bar when stderr is not a terminal', () => {
    expect(first.stderr).not.toContain('处理进度');
    // --unit given: nothing to ask for
    expect(first.stderr).not.toContain('示例单位');
    expect(first.stderr).not.toContain('\u001b[');
  });

  it('never modifies its inputs', async () => {
    for (const [n, h] of before) expect(sha256(join(inDir, n)), n).toBe(h);
    expect((await readdir(inDir)).sort()).toEqual([...before.keys()].sort());
  });

  it('shows no full ID number in any report or the findings workbook', async () => {
    let masked = 0;
    const scanned = (await visible(out)).filter((n) => !n.endsWith('_问题标注.xlsx'));
    expect(scanned).toHaveLength(10);
    for (const n of scanned) {
      for (const [part, data] of Object.entries(unzip(join(out, n)))) {
        const text = strFromU8(data);
        for (const id of ids) expect(text.includes(id), `${n} ${part} ${id}`).toBe(false);
        masked += (text.match(/110101\*{8}\d{3}[\dX]/g) ?? []).length;
      }
    }
    // the planted ID-as-number finding quotes the ID: it must be there, masked
    expect(masked).toBeGreaterThan(0);
    // the manifest keeps the digests for reruns: masked as well
    const manifest = await readFile(join(out, MANIFEST), 'utf8');
    for (const id of ids) expect(manifest.includes(id), `manifest ${id}`).toBe(false);
  });

  it('keeps the branch data in its annotated copy, with each bad cell filled and noted', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, '机关第一党支部_问题标注.xlsx'));
    const roster = wb.getWorksheet('党员名册')!;
    expect(roster.getCell('D2').value).toBe(ids[0]);
    const phone = roster.getCell(`L${roster.rowCount}`);
    expect((phone.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFEB9C');
    expect(String(typeof phone.note === 'string' ? phone.note : phone.note?.texts?.map((t) => t.text).join(''))).toContain('M09');
    const d3 = roster.getCell('D3');
    expect((d3.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    const list = await sheetRows(join(out, '机关第一党支部_问题标注.xlsx'));
    expect(list[0][0]).toBe('序号');
    expect(list.slice(1).map((r) => r[9])).toEqual(expect.arrayContaining(['M02', 'M09', 'D03', 'C10']));
  });

  it('writes one findings row per finding, header frozen and filtered, formula-like text as text', async () => {
    const path = join(out, '问题清单.xlsx');
    const rows = await sheetRows(path);
    expect(rows[0]).toEqual(['序号', '支部', '文件', '台账', '工作表', '单元格', '行', '期间', '党员', '规则', '规则名称', '严重程度', '问题说明']);
    // every workbook read, 同名支部's two as well, plus a row for the unreadable file
    expect(rows.length - 1).toBeGreaterThanOrEqual(8 * 4 + 1);
    expect(rows.at(-1)?.[10]).toBe('工作簿无法读取');
    expect(rows.slice(1).map((r) => r[0])).toEqual(rows.slice(1).map((_, i) => i + 1));
    const zip = unzip(path);
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']);
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet).toMatch(new RegExp(`<autoFilter ref="A1:M${rows.length}"`));
    expect(sheet).not.toContain('<f>');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('问题清单')!;
    const evilRows = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).filter((r) => r.getCell(2).value === EVIL);
    expect(evilRows.length).toBeGreaterThan(0);
    for (const r of evilRows) {
      expect(r.getCell(2).type).toBe(ExcelJS.ValueType.String);
      expect(r.getCell(2).numFmt).toBe('@');
    }
  });

  it('produces documents LibreOffice opens', () => {
    const pdfDir = join(root, 'pdf');
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(root, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', pdfDir,
      join(out, '汇总调研报告.docx'), join(out, '同名支部（支部6）.docx')], { stdio: 'ignore', timeout: 180_000 });
    const summary = execFileSync('pdftotext', [join(pdfDir, '汇总调研报告.pdf'), '-']).toString();
    expect(summary).toContain('机关第一党支部');
    expect(summary).toContain('中共某县委机关工委');
    expect(summary.replace(/\s+/g, '')).toContain(TITLE);
    const branch = execFileSync('pdftotext', [join(pdfDir, '同名支部（支部6）.pdf'), '-']).toString();
    expect(branch).toContain('同名支部');
    // --title names the summary; each branch report keeps its own title
    expect(branch.replace(/\s+/g, '')).not.toContain(TITLE);
  }, 200_000);

  it('skips up-to-date workbooks on a rerun, and --force makes them again', async () => {
    const inode = (n: string) => statSync(join(out, n)).ino;
    const was = { branch: inode('机关第一党支部.docx'), summary: inode('汇总调研报告.docx') };
    const again = cli([inDir, '-o', out, '--as-of', '2025-12-31', '--annotate', '--unit', '中共某县委机关工委', '--title', TITLE]);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('其中 8 份未变化');
    expect(inode('机关第一党支部.docx')).toBe(was.branch);
    expect(inode('汇总调研报告.docx')).toBe(was.summary);

    const forced = cli([inDir, '-o', out, '--as-of', '2025-12-31', '--annotate', '--unit', '中共某县委机关工委', '--title', TITLE, '--force']);
    expect(forced.code).toBe(1);
    expect(forced.stdout).not.toContain('未变化');
    expect(inode('机关第一党支部.docx')).not.toBe(was.branch);
    expect(inode('汇总调研报告.docx')).not.toBe(was.summary);
  }, 120_000);

  it('remakes only the summary when only --title changes', () => {
    const inode = (n: string) => statSync(join(out, n)).ino;
    const was = { branch: inode('机关第一党支部.docx'), summary: inode('汇总调研报告.docx') };
    const retitled = cli([inDir, '-o', out, '--as-of', '2025-12-31', '--annotate', '--unit', '中共某县委机关工委', '--title', `${TITLE}（修订）`]);
    expect(retitled.stdout).toContain('其中 8 份未变化');
    expect(inode('机关第一党支部.docx')).toBe(was.branch);
    expect(inode('汇总调研报告.docx')).not.toBe(was.summary);
  }, 120_000);

  it('remakes outputs when an option that shapes them changes', () => {
    const other = cli([inDir, '-o', out, '--as-of', '2025-06-30', '--annotate', '--unit', '中共某县委机关工委', '--title', TITLE]);
    expect(other.stdout).not.toContain('未变化');
  }, 120_000);
});

describe('dangjian report output folder', () => {
  it('exits 0 when every file was read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dj-report-one-'));
    await writeBranchWorkbook(join(dir, 'a.xlsx'), { name: '单个支部', seed: 42 });
    const r = cli([join(dir, 'a.xlsx'), '-o', join(dir, 'out'), '--as-of', '2025-12-31']);
    expect(r.code).toBe(0);
    expect(await visible(join(dir, 'out'))).toEqual(['单个支部.docx', '汇总调研报告.docx', '问题清单.xlsx']);
  }, 60_000);

  it('refuses a folder it cannot write, in Chinese, with exit code 1, before reading anything', () => {
    const r = cli([inDir, '-o', '/proc/dangjian-report']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('无法创建输出文件夹“/proc/dangjian-report”');
    const r2 = cli([inDir, '-o', '/proc']);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain('输出文件夹“/proc”无法写入');
    expect(r2.stdout).toBe('');
  });

  it('refuses a folder another run is writing to', async () => {
    const busy = await mkdtemp(join(tmpdir(), 'dj-report-busy-'));
    await writeFile(join(busy, '.dangjian.lock'), String(process.pid));
    const r = cli([inDir, '-o', busy]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('正在向输出文件夹');
    expect(await readdir(busy)).toEqual(['.dangjian.lock']);
  });

  it('refuses an output path that is a file', () => {
    const r = cli([inDir, '-o', join(inDir, '支部1.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('是一个文件，不是文件夹');
  });

  it('treats a missing -o and a bad --as-of as usage errors (exit 2)', () => {
    const r = cli([inDir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('请用 -o 指定报告的输出文件夹');
    const r2 = cli([inDir, '-o', join(root, 'x'), '--as-of', '2025-02-30']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('统计截止日期');
  });

  it('does not take its own earlier outputs as inputs when writing into the input folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dj-report-self-'));
    await writeBranchWorkbook(join(dir, 'a.xlsx'), { name: '自身支部', seed: 7 });
    expect(cli([dir, '-o', dir, '--as-of', '2025-12-31', '--annotate']).code).toBe(0);
    const again = cli([dir, '-o', dir, '--as-of', '2025-12-31', '--annotate']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('已生成 1 个支部');
  }, 60_000);
});

describe('dangjian report killed midway', () => {
  it('leaves no partial output, and a rerun completes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dj-report-kill-'));
    const src = join(dir, 'in');
    const out = join(dir, 'out');
    await mkdir(src);
    for (let i = 0; i < 40; i++) await writeBranchWorkbook(join(src, `b${String(i).padStart(2, '0')}.xlsx`), { name: `第${i + 1}党支部`, seed: 100 + i });

    const child = spawn(process.execPath, [BIN, 'report', src, '-o', out, '--as-of', '2025-12-31', '--jobs', '2'], { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    const manifest = join(out, MANIFEST);
    let done = 0;
    while (done < 5) {
      await new Promise((r) => setTimeout(r, 20));
      done = existsSync(manifest) ? readFileSync(manifest, 'utf8').split('\n').length - 1 : 0;
    }
    child.kill('SIGKILL');
    await exited;
    // killed midway: some reports, no summary yet
    expect(existsSync(join(out, '汇总调研报告.docx'))).toBe(false);
    const partial = await visible(out);
    expect(partial.length).toBeGreaterThanOrEqual(5);
    expect(partial.length).toBeLessThan(40);
    for (const n of partial) {
      expect(n).toMatch(/^第\d+党支部\.docx$/);
      expect(Object.keys(unzip(join(out, n)))).toContain('word/document.xml');
    }
    for (const n of await readdir(out)) if (n.startsWith('.')) expect(n === MANIFEST || n === '.dangjian.lock' || /^\.~dangjian-.*\.tmp$/.test(n), n).toBe(true);

    const rerun = cli([src, '-o', out, '--as-of', '2025-12-31', '--jobs', '2']);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain('已生成 40 个支部');
    expect(rerun.stdout).toMatch(/其中 \d+ 份未变化/);
    const all = await readdir(out);
    expect(all.filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'))).toEqual([]);
    expect(all.filter((n) => n.endsWith('.docx'))).toHaveLength(41);
    for (const n of all.filter((x) => !x.startsWith('.'))) expect(Object.keys(unzip(join(out, n)))).toContain('[Content_Types].xml');
    expect((await sheetRows(join(out, '问题清单.xlsx'))).slice(1).map((r) => r[1])).toEqual(
      expect.arrayContaining(Array.from({ length: 40 }, (_, i) => `第${i + 1}党支部`)),
    );
  }, 180_000);
});

describe('dangjian report on two threads', () => {
  it('writes the same findings in the same order as on one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dj-report-order-'));
    const src = join(dir, 'in');
    await mkdir(src);
    for (let i = 0; i < 12; i++) await writeBranchWorkbook(join(src, `c${String(i).padStart(2, '0')}.xlsx`), { name: `支部${i % 5}`, seed: 300 + i });
    expect(cli([src, '-o', join(dir, 'one'), '--as-of', '2025-12-31', '--jobs', '1']).code).toBe(0);
    expect(cli([src, '-o', join(dir, 'two'), '--as-of', '2025-12-31', '--jobs', '2']).code).toBe(0);
    expect(await visible(join(dir, 'two'))).toEqual(await visible(join(dir, 'one')));
    expect(await sheetRows(join(dir, 'two', '问题清单.xlsx'))).toEqual(await sheetRows(join(dir, 'one', '问题清单.xlsx')));
    expect(await readFile(join(dir, 'two', '支部1（c06）.docx')).then((b) => b.length)).toBeGreaterThan(0);
  }, 180_000);
});

/** The text of a .docx body, runs joined. */
function docxText(path: string): string {
  const xml = strFromU8(unzip(path)['word/document.xml']);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** A roster and nothing else: no 支部名称, no 统计年度 (the branch is named by its file). */
async function writeRosterOnly(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('党员名册');
  ws.addRow(['序号', '姓名', '性别', '身份证号', '出生日期', '入党时间', '转正时间', '党员类别', '党内职务']);
  ws.addRow([1, '郝强', '男', idNumber('110101', '19900521', 191), '1990-05-21', '2015-12-04', '2016-12-04', '正式党员', '书记']);
  ws.addRow([2, '吕勇', '女', idNumber('110101', '19700925', 378), '1970-09-25', '2001-10-09', '2002-10-09', '正式党员', '']);
  ws.addRow([3, '汤晓东', '男', idNumber('110101', '19650620', 555), '1965-06-20', '1993-12-27', '1994-12-27', '正式党员', '']);
  await wb.xlsx.writeFile(path);
}

describe('dangjian report on a folder as branches send it (no --as-of)', () => {
  let dir: string;
  let run: ReturnType<typeof cli>;
  let summary: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dj-report-intake-'));
    const src = join(dir, 'in');
    await mkdir(src);
    await writeBranchWorkbook(join(src, '01_甲局党支部.xlsx'), { name: '县甲局党支部', seed: 11 });
    await writeBranchWorkbook(join(src, '02_乙局党支部.xlsx'), { name: '县乙局党支部', seed: 12 });
    await writeBranchWorkbook(join(src, '03_丙局党支部_初报.xlsx'), { name: '县丙局党支部', seed: 13 });
    await writeBranchWorkbook(join(src, '04_丙局党支部_补报.xlsx'), { name: '县丙局党支部', seed: 14 });
    await writeRosterOnly(join(src, '05_县档案馆党支部.xlsx'));
    await writeFile(join(src, '06_县审计局党支部.xlsx'), 'this is not a workbook');
    await writeFile(join(src, '07_县统计局党支部.xlsx'), '');
    run = cli([src, '-o', join(dir, 'out')]);
    summary = docxText(join(dir, 'out', '汇总调研报告.docx'));
  }, 120_000);

  it('states the cutoff the dated ledgers share, and judges the undated one at it too', () => {
    expect(summary).toContain('统计截止日期为2025年12月31日。');
    expect(summary).toContain('县档案馆党支部的台账未写明统计年度，按多数支部的统计截止日期2025年12月31日统计。');
    expect(summary).not.toMatch(/统计截止日期为20(2[6-9]|[3-9]\d)/);
    expect(summary).not.toMatch(/截至20(2[6-9]|[3-9]\d)年/);
    expect(run.stderr).toContain('未写明统计年度，已按多数支部的统计截止日期 2025-12-31 统计');
    expect(docxText(join(dir, 'out', '县档案馆党支部.docx'))).toContain('统计截止日期为2025年12月31日');
  });

  it('says how many workbooks came in and which could not be read, in the summary and in 问题清单.xlsx', async () => {
    expect(run.code).toBe(1);
    expect(summary).toContain('本次共收到党支部台账工作簿7份，其中5份读取成功；2份无法读取（不是Excel工作簿1份、文件为空1份）');
    expect(summary).toContain('报送工作簿情况说明');
    expect(summary).toContain('06_县审计局党支部.xlsx');
    const received = await sheetRows(join(dir, 'out', '问题清单.xlsx'), '报送情况');
    expect(received.map((r) => r[3])).toEqual(['读取情况', '已读取', '已读取', '已读取', '已读取', '已读取', '无法读取', '无法读取']);
    const list = await sheetRows(join(dir, 'out', '问题清单.xlsx'));
    expect(list.filter((r) => r[10] === '工作簿无法读取').map((r) => r[1])).toEqual(['县审计局党支部', '县统计局党支部']);
  });

  it('counts a branch sent twice once, warns, and names each report after its file', async () => {
    expect(await visible(join(dir, 'out'))).toEqual(expect.arrayContaining(['县丙局党支部.docx', '县丙局党支部（补报）.docx', '县档案馆党支部.docx']));
    expect(summary).toContain('对4个党支部的党建工作台账进行了调研');
    expect(summary).toContain('县丙局党支部报送了2份台账（03_丙局党支部_初报.xlsx、04_丙局党支部_补报.xlsx）');
    expect(summary).not.toContain('县丙局党支部、县丙局党支部');
    expect(run.stderr).toContain('“县丙局党支部”报送了 2 份工作簿');
    expect(run.stdout).toContain('已生成 5 份支部调研报告，汇总计入 4 个支部');
  });

  it('asks for --unit where the summary would go out signed with the template\'s example unit (中共××机关委员会)', () => {
    // the roster sent alone names no 上级党组织, so no body the branches share can sign
    expect(summary).toContain('中共××机关委员会');
    expect(run.stderr).toContain('注意：汇总调研报告的开头和落款用的是报告模板中的示例单位“中共××机关委员会”');
    expect(run.stderr).toContain('请用 --unit 写明调研单位的全称');
  });

  it('drops the numbering from a branch named by its file', () => {
    expect(summary).toContain('县档案馆党支部');
    // the file name itself is quoted in the annex, as sent
    expect(summary).not.toMatch(/05_县档案馆党支部(?!\.xlsx)/);
    expect(docxText(join(dir, 'out', '县档案馆党支部.docx'))).not.toContain('05_');
  });
});
