import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, readdirSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { runCli, ROOT } from './cli-helpers.js';
import { idNumber, writeBranchWorkbook } from './support/report-fixtures.js';

const examples = join(ROOT, 'examples');
const exampleFiles = () => readdirSync(examples).filter((f) => f.endsWith('.xlsx')).sort();
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('dangjian check: usage errors exit 2 with a Chinese message', () => {
  it('no paths', () => {
    const r = runCli(['check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/缺少参数/);
  });
  it('a malformed --as-of', () => {
    const r = runCli(['check', examples, '--as-of', '2025-13-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/统计截止日期.*YYYY-MM-DD/);
  });
  it('an unknown setting', () => {
    const r = runCli(['check', examples, '--set', 'foo=1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/不认识的设置项“foo”/);
  });
  it('a setting without =value, and a value not among the choices', () => {
    const bare = runCli(['check', examples, '--set', 'quorumHalf']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('--set 应写成“设置项=值”，如 --set quorumHalf=warn');
    const wrong = runCli(['check', examples, '--set', 'lectureFrequency=weekly']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('设置项 lectureFrequency 的值“weekly”无效。lectureFrequency：党课频次（month 每月');
  });
  it('a --jobs that is not a positive integer', () => {
    const r = runCli(['check', examples, '--jobs', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs 应为 1 到 64 的整数/);
  });
  it('no command at all: the help, on stderr, as a usage error', () => {
    const r = runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^用法：/);
  });
  it('an unknown command', () => {
    const r = runCli(['frobnicate']);
    expect(r.code).toBe(2);
  });
  it('a folder without workbooks names every kind of file it looked for', () => {
    const r = runCli(['check', mkdtempSync(join(tmpdir(), 'dj-empty-'))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/没有找到 Excel 工作簿（\.xlsx、\.xlsm、\.xls 文件）/);
  });
});

describe('dangjian help is in Chinese', () => {
  for (const args of [['check', '--help'], ['report', '--help'], ['--help'], ['help', 'check']]) {
    it(args.join(' '), () => {
      const r = runCli(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^用法：/);
      expect(r.stdout).not.toMatch(/Usage:|Arguments:|Options:|Commands:|default:|\[options\]|\[command\]|paths/);
    });
  }
});

it('help lines up its descriptions with Chinese counted two columns wide', () => {
  const lines = runCli(['--help']).stdout.split('\n').filter((l) => /^  (check|report|help) /.test(l));
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0);
  const starts = lines.map((l) => width(l.slice(0, l.search(/[\u4e00-\u9fff](?![^<\[]*[>\]])/))));
  expect(lines).toHaveLength(3);
  expect(new Set(starts).size).toBe(1);
});

describe('dangjian check: unreadable files', () => {
  it('are listed again at the end, just above the summary line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dj-check-bad-'));
    copyFileSync(join(examples, exampleFiles()[0]), join(dir, 'a.xlsx'));
    writeFileSync(join(dir, 'b坏文件.xlsx'), 'not a workbook');
    writeFileSync(join(dir, 'c空文件.xlsx'), '');
    const r = runCli(['check', dir]);
    expect(r.code).toBe(1);
    const tail = r.stdout.trimEnd().split('\n').slice(-6);
    expect(tail[0]).toBe('以下 2 个文件无法读取：');
    expect(tail[1]).toBe(`  ${join(dir, 'b坏文件.xlsx')}`);
    expect(tail[2]).toMatch(/^    文件“.*b坏文件\.xlsx”不是 Excel 工作簿/);
    expect(tail[3]).toBe(`  ${join(dir, 'c空文件.xlsx')}`);
    expect(tail[4]).toMatch(/^    文件“.*c空文件\.xlsx”是空的/);
    expect(tail[5]).toMatch(/^共检查 3 个文件：1 个读取成功，2 个无法读取/);
  });
});

describe('dangjian check --json: the contract of ARCHITECTURE.md', () => {
  it('one JSON document with exactly the documented keys, files in order, inputs untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dj-check-'));
    for (const f of exampleFiles()) copyFileSync(join(examples, f), join(dir, f));
    writeFileSync(join(dir, '坏文件.xlsx'), '姓名,身份证号\n张三,1\n');
    const before = readdirSync(dir).map((f) => sha(join(dir, f)));
    const r = runCli(['check', dir, '--json', '--as-of', '2025-12-31']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['files']);
    const names = doc.files.map((f: { file: string }) => f.file.split(/[\\/]/).pop());
    expect(names).toEqual([...names].sort());
    expect(names).toContain('坏文件.xlsx');
    for (const f of doc.files) {
      expect(Object.keys(f)).toEqual(['file', 'branch', 'error', 'findings', 'stats']);
      if (f.error) {
        expect(f.findings).toEqual([]);
        expect(f.error.code).toBeTruthy();
        expect(f.error.message).toMatch(/[\u4e00-\u9fff]/);
        continue;
      }
      expect(Object.keys(f.stats)).toEqual(['members', 'dues', 'meetings']);
      expect(Object.keys(f.stats.members)).toEqual(['total', 'full', 'probationary']);
      expect(Object.keys(f.stats.dues)).toEqual(['due', 'paid']);
      expect(Object.keys(f.stats.meetings)).toEqual(['general', 'committee', 'group', 'lecture', 'themeDay', 'lifeMeeting', 'review']);
      for (const x of f.findings) {
        expect(Object.keys(x)).toEqual(['rule', 'severity', 'sheet', 'cell', 'row', 'period', 'member', 'message']);
        expect(x.rule).toMatch(/^[WMBDC]\d\d$/);
        expect(['错误', '警告', '提示']).toContain(x.severity);
        expect(x.message).not.toMatch(/\d{17}[\dX]/);
      }
    }
    const bad = doc.files.find((f: { file: string }) => f.file.endsWith('坏文件.xlsx'));
    expect(bad.error.code).toBe('CSV');
    expect(readdirSync(dir).map((f) => sha(join(dir, f)))).toEqual(before);
  });

  it('exit 0 when every file was read, and the human output ends with a summary line', () => {
    const r = runCli(['check', examples, '--as-of', '2025-12-31']);
    // on failure, say which file could not be read and why (the run lists them at the end)
    expect(r.code, `${r.stdout.slice(-1500)}\n${r.stderr.slice(-1500)}`).toBe(0);
    expect(r.stdout.trim().split('\n').pop()).toMatch(/^共检查 \d+ 个文件：\d+ 个读取成功，0 个无法读取；发现问题 \d+ 个/);
  });

  it('one thread and several threads write the same document', () => {
    const one = runCli(['check', examples, '--json', '--as-of', '2025-12-31', '--jobs', '1']);
    const two = runCli(['check', examples, '--json', '--as-of', '2025-12-31', '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout).files.length).toBe(exampleFiles().length);
    expect(two.stdout).toBe(one.stdout);
  });

  it('an intake folder: a zip of workbooks is an error entry saying to unzip it, lock/backup/system files are skipped', async () => {
    const { zipSync } = await import('fflate');
    const dir = mkdtempSync(join(tmpdir(), 'dj-intake-'));
    const book = join(examples, exampleFiles()[0]);
    copyFileSync(book, join(dir, '县财政局.xlsx'));
    copyFileSync(book, join(dir, '县财政局.xlsx.bak'));
    writeFileSync(join(dir, '~$县财政局.xlsx'), Buffer.alloc(165));
    writeFileSync(join(dir, 'Thumbs.db'), Buffer.alloc(512));
    writeFileSync(join(dir, '~WRL0001.tmp'), 'x');
    writeFileSync(join(dir, '教育系统报送.zip'), zipSync({ '县一中党支部.xlsx': readFileSync(book), '县实小党支部.xlsx': readFileSync(book) }));
    const r = runCli(['check', dir, '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { file: string }) => f.file.split(/[\\/]/).pop())).toEqual(['县财政局.xlsx', '教育系统报送.zip']);
    expect(doc.files[0].error).toBeNull();
    expect(doc.files[1].error.code).toBe('NOT_XLSX');
    expect(doc.files[1].error.message).toMatch(/是压缩包（内含 2 个 Excel 工作簿），压缩包中的工作簿不会被读取。请先把它解压到文件夹中/);
  });

  it('a missing path is an error entry and exit 1, the other files are still checked', () => {
    const r = runCli(['check', join(examples, exampleFiles()[0]), 'no-such-file.xlsx', '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.files).toHaveLength(2);
    const missing = doc.files.find((f: { file: string }) => f.file === 'no-such-file.xlsx');
    expect(missing.error.code).toBe('NOT_FOUND');
    expect(doc.files.find((f: { file: string }) => f.file !== 'no-such-file.xlsx').error).toBeNull();
  });
});

describe('dangjian check on a folder without --as-of: a workbook naming no year is judged as report judges it', () => {
  it('at the cutoff the dated ledgers share, not at today, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dj-check-undated-'));
    await writeBranchWorkbook(join(dir, '01_甲局党支部.xlsx'), { name: '县甲局党支部', seed: 21, year: 2020 });
    await writeBranchWorkbook(join(dir, '02_乙局党支部.xlsx'), { name: '县乙局党支部', seed: 22, year: 2020 });
    // a roster alone, no year anywhere; its 预备党员 (admitted 2020-03-01) is overdue at any later today, not on 2020-12-31
    const roster = join(dir, '03_县档案馆党支部.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('党员名册');
    ws.addRow(['姓名', '性别', '身份证号', '出生日期', '入党时间', '转正时间', '党员类别', '党内职务']);
    ws.addRow(['郝强', '男', idNumber('110101', '19900521', 191), '1990-05-21', '2015-12-04', '2016-12-04', '正式党员', '书记']);
    ws.addRow(['吕勇', '女', idNumber('110101', '19700925', 378), '1970-09-25', '2001-10-09', '2002-10-09', '正式党员', '']);
    ws.addRow(['汤晓东', '男', idNumber('110101', '19980620', 555), '1998-06-20', '2020-03-01', null, '预备党员', '']);
    await wb.xlsx.writeFile(roster);

    const alone = JSON.parse(runCli(['check', roster, '--json']).stdout);
    expect(alone.files[0].findings.map((f: { rule: string }) => f.rule)).toContain('M06');
    const all = runCli(['check', dir, '--json']);
    const entry = JSON.parse(all.stdout).files.find((f: { file: string }) => f.file.endsWith('03_县档案馆党支部.xlsx'));
    expect(entry.findings.map((f: { rule: string }) => f.rule)).not.toContain('M06');
    expect(all.stderr).toContain('未写明统计年度，已按多数支部的统计截止日期 2020-12-31 统计');
    expect(runCli(['check', dir]).stdout).toContain('03_县档案馆党支部.xlsx（县档案馆党支部，统计截止 2020-12-31）');
  }, 60_000);
});
