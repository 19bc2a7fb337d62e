/**
 * End to end, as customers' acceptance reads it: every figure and name of the reports `dangjian report`
 * writes agrees with `dangjian check --json` on the same files (README 统计口径, DOMAIN.md §4). The
 * corpus: generated branch workbooks (scripts/corpus, with planted problems and a branch sent twice),
 * two bundled examples, rule fixtures for a missing ledger, unreadable cells, a duplicate member and
 * six months unpaid, a roster sent alone, and two workbooks that cannot be read. Uses build/ (npm run build:cli).
 */
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../scripts/corpus/make-corpus.js';
import { loadTemplateBank } from '../generator/report/load-template-bank.js';
import type { TemplateBank } from '../generator/report/template-bank.js';
import { runCli, ROOT } from './cli-helpers.js';
import { docxBlocks, paragraphs, tables } from './support/docx-blocks.js';
import {
  checkBranch, checkFindingsWorkbook, checkReportStdout, checkSummary, reportFiles, workbookTexts, type JsonFile,
} from './support/report-figures.js';

const FIXTURES = join(ROOT, 'test', 'fixtures');
const EXAMPLES = join(ROOT, 'examples');

let dir: string;
let out: string;
let json: { files: JsonFile[] };
let bank: TemplateBank;
let reportStdout: string;

/** A rule fixture as a branch of its own: its 支部名称 (测试机关党支部 in every fixture) replaced. */
async function asBranch(fixture: string, name: string, to: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(FIXTURES, fixture));
  wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => { if (c.value === '测试机关党支部') c.value = name; })));
  await wb.xlsx.writeFile(to);
}

/** A branch that sent only its roster, with no year written: 表2 reads "未报送" for it. */
async function rosterOnly(to: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('党员名册');
  ws.addRow(['姓名', '性别', '身份证号', '出生日期', '学历', '入党时间', '转正时间', '党员类别', '党内职务']);
  ws.addRow(['张伟', '男', '110101198001010010', '1980-01-01', '本科', '2005-06-01', '2006-06-01', '正式党员', '书记']);
  ws.addRow(['李娜', '女', '110101198502020021', '1985-02-02', '大专', '2010-07-01', '2011-07-01', '正式党员', '组织委员']);
  ws.addRow(['王芳', '女', '110101199003030040', '1990-03-03', '硕士', '2025-10-10', '', '预备党员', '']);
  await wb.xlsx.writeFile(to);
}

beforeAll(async () => {
  bank = await loadTemplateBank();
  dir = await mkdtemp(join(tmpdir(), 'dj-report-figures-'));
  const input = join(dir, '各支部上报');
  out = join(dir, 'out');
  await mkdir(input);
  // seed 7: 0001 and 0005 are the same branch (初报 and 补报); the problems are planted throughout
  await makeCorpus({ out: input, n: 14, seed: 7, violations: true, hostile: false, maxMembers: 30 });
  for (const f of ['县住房和城乡建设局党支部（问题示例）.xlsx', '红旗村党支部.xlsx']) await copyFile(join(EXAMPLES, f), join(input, f));
  await asBranch('w01-missing-ledger.xlsx', '县档案馆党支部', join(input, 'w01-县档案馆党支部.xlsx'));
  await asBranch('w03-unreadable-amount.xlsx', '县气象局党支部', join(input, 'w03-县气象局党支部.xlsx'));
  await asBranch('m04-duplicate.xlsx', '县信访局党支部', join(input, 'm04-县信访局党支部.xlsx'));
  await asBranch('d04-six-months.xlsx', '县科协党支部', join(input, 'd04-县科协党支部.xlsx'));
  await rosterOnly(join(input, '07_县地方志办党支部.xlsx'));
  for (const f of ['error.CORRUPT.truncated.xlsx', 'error.XLS_BIFF.real-xls.xlsx']) await copyFile(join(FIXTURES, f), join(input, f));

  const check = runCli(['check', '--json', '--as-of', '2025-12-31', input]);
  expect(check.code, check.stderr).toBe(1); // two workbooks cannot be read
  json = JSON.parse(check.stdout);
  const report = runCli(['report', input, '-o', out, '--as-of', '2025-12-31']);
  expect(report.code, report.stderr).toBe(1);
  reportStdout = report.stdout;
}, 120_000);

describe('report figures agree with check --json', () => {
  it('the corpus has what the checks are about', () => {
    const rules = new Set(json.files.flatMap((f) => (f.findings ?? []).map((x) => x.rule)));
    for (const r of ['W01', 'W02', 'W03', 'M04', 'B01', 'D03', 'D04', 'C01', 'C04', 'C11']) expect(rules, r).toContain(r);
    expect(json.files.filter((f) => f.error)).toHaveLength(2);
    expect(new Set(json.files.filter((f) => !f.error).map((f) => f.branch)).size).toBeLessThan(json.files.filter((f) => !f.error).length);
    // a branch without a dues ledger in 表2, and good examples cut to "…等N个支部"
    const summary = docxBlocks(join(out, '汇总调研报告.docx'));
    expect(tables(summary).find((t) => t.rows[0][1] === '应交（元）')!.rows).toContainEqual(['县地方志办党支部', '未报送', '—', '—', '—']);
    expect(paragraphs(summary).join('')).toMatch(/等\d+个支部组织设置符合/);
  });

  it('汇总调研报告: intake, branches, members, dues and 收缴率, meetings, findings per rule and branch, tables and their 合计, annexes', () => {
    expect(checkSummary(out, json, bank)).toEqual([]);
  });

  it('every branch report: its workbook\'s figures, findings and annex; the 支部书记 it names is in the workbook', async () => {
    const reports = await reportFiles(join(out, '问题清单.xlsx'));
    const problems: string[] = [];
    for (const f of json.files.filter((x) => !x.error)) {
      const r = reports.get(f.file);
      if (!r) { problems.push(`no branch report for ${f.file}`); continue; }
      problems.push(...checkBranch(join(out, r), f, bank, await workbookTexts(f.file)));
    }
    expect(problems).toEqual([]);
    expect(reports.size).toBe(json.files.filter((x) => !x.error).length);
  });

  it('问题清单.xlsx: one row per finding and per unreadable workbook; 报送情况 one row per workbook', async () => {
    expect(await checkFindingsWorkbook(join(out, '问题清单.xlsx'), json)).toEqual([]);
  });

  it('what report prints at the end: reports written, branches counted, findings', () => {
    expect(checkReportStdout(reportStdout, json)).toEqual([]);
  });

  it('is a real check: one figure off by one in the summary is caught', async () => {
    const path = join(out, '汇总调研报告.docx');
    const files = unzipSync(new Uint8Array(await readFile(path)));
    const xml = strFromU8(files['word/document.xml']);
    // the members total, where the preamble states it
    const m = xml.match(/涉及党员(\d+)名/)!;
    const broken = join(dir, 'broken');
    await mkdir(broken);
    files['word/document.xml'] = strToU8(xml.replace(m[0], `涉及党员${Number(m[1]) + 1}名`));
    await writeFile(join(broken, '汇总调研报告.docx'), zipSync(files));
    expect(checkSummary(broken, json, bank)).toEqual([
      expect.stringContaining('preamble branches / members'),
    ]);
  });
});

describe('a summary over one branch (it speaks of that branch)', () => {
  it('states the figures of its one workbook', async () => {
    const one = await mkdtemp(join(tmpdir(), 'dj-report-figures-one-'));
    await mkdir(join(one, 'in'));
    await copyFile(join(EXAMPLES, '县住房和城乡建设局党支部（问题示例）.xlsx'), join(one, 'in', '县住房和城乡建设局党支部（问题示例）.xlsx'));
    const check = runCli(['check', '--json', '--as-of', '2025-12-31', join(one, 'in')]);
    const report = runCli(['report', join(one, 'in'), '-o', join(one, 'out'), '--as-of', '2025-12-31']);
    expect([check.code, report.code], report.stderr).toEqual([0, 0]);
    expect(checkSummary(join(one, 'out'), JSON.parse(check.stdout), bank)).toEqual([]);
  }, 60_000);
});
