/**
 * The bulk run's orchestration on real files in a temp folder, with the engine and the report
 * renderer replaced by stand-ins (their own tests cover them; test/report-cli.test.ts runs it all).
 * A stand-in input is a JSON file naming the branch and its findings; one thread (stand-ins are per thread).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../ledger/findings/finding.js';
import type { BranchDigest } from '../../ledger/stats/stats-types.js';
import type { CheckOptions } from '../../ledger/check.js';
import type { Intake } from '../report/intake.js';
import ExcelJS from 'exceljs';

const calls = { check: [] as string[], summary: [] as string[][], intake: [] as (Intake | undefined)[] };

vi.mock('../pipeline/check-file.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../pipeline/check-file.js')>()),
  // a stand-in judges as resolveAsOf does: the given date, else the end of its year, else today
  checkFile: async (file: string, options: CheckOptions = {}) => {
    calls.check.push(file);
    const spec = JSON.parse(await readFile(file, 'utf8')) as { branch: string; findings?: Finding[]; error?: string; year?: number | null };
    if (spec.error) return { file, branch: spec.branch, result: null, error: { code: 'CORRUPT', message: spec.error } };
    const year = spec.year === undefined ? 2025 : spec.year;
    const asOf = options.asOf ?? (year == null ? options.today! : `${year}-12-31`);
    const stats = { branch: spec.branch, asOf, year, members: { total: 3 } };
    return { file, branch: spec.branch, error: null, result: { findings: spec.findings ?? [], stats } };
  },
}));
vi.mock('./report-api.js', () => ({
  renderBranchReport: async (d: BranchDigest) => new TextEncoder().encode(`REPORT ${d.stats.branch} ${d.file}`),
  renderSummaryReport: async (ds: BranchDigest[], _dir: unknown, _texts: unknown, intake?: Intake) => {
    calls.summary.push(ds.map((d) => d.stats.branch));
    calls.intake.push(intake);
    return new TextEncoder().encode(`SUMMARY ${ds.length}`);
  },
}));

const { runBulk } = await import('./run-bulk.js');

const finding: Finding = {
  rule: 'M02', severity: '错误', sheet: '党员名册', cell: 'D3', row: 3, period: null, member: '张三',
  message: '身份证号 110101199003071234 校验位不对。',
};

async function inputs(specs: object[]): Promise<{ dir: string; out: string; files: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'dj-bulk-'));
  const files: string[] = [];
  for (const [i, s] of specs.entries()) {
    const f = join(dir, `${String(i).padStart(2, '0')}.xlsx`);
    await writeFile(f, JSON.stringify(s));
    files.push(f);
  }
  return { dir, out: join(dir, 'out'), files };
}

const run = (files: string[], outDir: string, force = false) =>
  runBulk({ files, outDir, force, workers: 1, run: { check: { asOf: '2025-12-31' }, texts: {}, annotate: false } });

beforeEach(() => {
  calls.check.length = 0;
  calls.summary.length = 0;
  calls.intake.length = 0;
});

/** Without --as-of, as `dangjian report` runs by default. */
const runUndated = (files: string[], outDir: string) =>
  runBulk({ files, outDir, force: false, workers: 1, run: { check: { today: '2026-11-24' }, texts: {}, annotate: false } });

async function sheet(path: string, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: unknown[][] = [];
  wb.getWorksheet(name)!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

describe('runBulk', () => {
  it('writes a report per branch, the summary and the findings list, in input order', async () => {
    const { out, files } = await inputs([{ branch: '乙支部', findings: [finding] }, { branch: '甲支部' }]);
    await mkdir(out);
    const r = await run(files, out);
    expect(r.failures).toEqual([]);
    expect(r.fold.digests.map((d) => d.stats.branch)).toEqual(['乙支部', '甲支部']);
    expect((await readdir(out)).filter((n) => !n.startsWith('.')).sort()).toEqual(
      ['乙支部.docx', '汇总调研报告.docx', '甲支部.docx', '问题清单.xlsx'].sort(),
    );
    expect(await readFile(join(out, '乙支部.docx'), 'utf8')).toBe(`REPORT 乙支部 ${files[0]}`);
    expect(calls.summary).toEqual([['乙支部', '甲支部']]);
  });

  it('keeps only masked findings in the digests', async () => {
    const { out, files } = await inputs([{ branch: '甲支部', findings: [finding] }]);
    await mkdir(out);
    const r = await run(files, out);
    expect(r.fold.digests[0].findings[0].message).not.toContain('110101199003071234');
    expect(r.fold.digests[0].findings[0].message).toContain('110101********1234');
  });

  it('gives same-name and hostile branch names their own safe files', async () => {
    const { out, files } = await inputs([{ branch: '同名支部' }, { branch: '同名支部' }, { branch: '../../etc' }, { branch: 'CON' }, { branch: 'a:b*?' }]);
    await mkdir(out);
    await run(files, out);
    const names = (await readdir(out)).filter((n) => n.endsWith('.docx')).sort();
    // the second workbook of a branch: its report is named by what tells its file apart
    expect(names).toEqual(['_.._etc.docx', '_CON.docx', 'a_b__.docx', '同名支部.docx', '同名支部（01）.docx', '汇总调研报告.docx'].sort());
    expect(await readFile(join(out, '同名支部（01）.docx'), 'utf8')).toBe(`REPORT 同名支部 ${files[1]}`);
    expect(await readdir(join(out, '..'))).not.toContain('etc.docx');
  });

  it('lists an unreadable file and completes the others', async () => {
    const { out, files } = await inputs([{ branch: '甲支部' }, { branch: '坏文件', error: '文件已损坏。' }, { branch: '丙支部' }]);
    await mkdir(out);
    const r = await run(files, out);
    expect(r.failures).toEqual([{ file: files[1], code: 'CORRUPT', message: '文件已损坏。' }]);
    expect((await readdir(out)).filter((n) => n.endsWith('.docx')).sort()).toEqual(['丙支部.docx', '汇总调研报告.docx', '甲支部.docx'].sort());
  });

  it('skips up-to-date workbooks on a rerun, redoes a changed one, and --force redoes all', async () => {
    const { out, files } = await inputs([{ branch: '甲支部' }, { branch: '乙支部' }]);
    await mkdir(out);
    await run(files, out);
    expect(calls.check).toHaveLength(2);

    calls.check.length = 0;
    const again = await run(files, out);
    expect(calls.check).toEqual([]);
    expect(again.skipped).toBe(2);
    expect(again.summaryWritten).toBe(false);
    expect(again.fold.digests.map((d) => d.stats.branch)).toEqual(['甲支部', '乙支部']);

    await writeFile(files[1], JSON.stringify({ branch: '乙支部', findings: [finding] }));
    const changed = await run(files, out);
    expect(calls.check).toEqual([files[1]]);
    expect(changed.summaryWritten).toBe(true);
    expect(changed.fold.findings).toBe(1);

    calls.check.length = 0;
    const forced = await run(files, out, true);
    expect(calls.check).toEqual(files);
    expect(forced.skipped).toBe(0);
  });

  it('remakes a deleted report from the kept digest without reading the workbook again', async () => {
    const { out, files } = await inputs([{ branch: '甲支部' }]);
    await mkdir(out);
    await run(files, out);
    await rm(join(out, '甲支部.docx'));
    calls.check.length = 0;
    await run(files, out);
    expect(calls.check).toEqual([]);
    expect(await readFile(join(out, '甲支部.docx'), 'utf8')).toBe(`REPORT 甲支部 ${files[0]}`);
  });

  it('removes the old report of a branch that was renamed, and only that', async () => {
    const { out, files } = await inputs([{ branch: '旧名称' }, { branch: '乙支部' }]);
    await mkdir(out);
    await run(files, out);
    await writeFile(join(out, '别人的文件.docx'), 'not ours');
    await writeFile(files[0], JSON.stringify({ branch: '新名称' }));
    await run(files, out);
    expect((await readdir(out)).filter((n) => n.endsWith('.docx')).sort()).toEqual(['乙支部.docx', '别人的文件.docx', '新名称.docx', '汇总调研报告.docx'].sort());
  });

  it('lets a name freed by one branch go to another in the same run', async () => {
    const { out, files } = await inputs([{ branch: '甲' }, { branch: '乙' }]);
    await mkdir(out);
    await run(files, out);
    await writeFile(files[0], JSON.stringify({ branch: '丙' }));
    await writeFile(files[1], JSON.stringify({ branch: '甲' }));
    await run(files, out);
    expect((await readdir(out)).filter((n) => n.endsWith('.docx')).sort()).toEqual(['丙.docx', '汇总调研报告.docx', '甲.docx'].sort());
    expect(await readFile(join(out, '甲.docx'), 'utf8')).toBe(`REPORT 甲 ${files[1]}`);
  });

  it('tells the summary and 问题清单.xlsx what was received: the unreadable files, each report and its source', async () => {
    const { out, files } = await inputs([{ branch: '甲支部', findings: [finding] }, { branch: '县审计局党支部', error: '文件“x”已损坏。' }, { branch: '丙支部' }]);
    await mkdir(out);
    const r = await run(files, out);
    expect(calls.intake).toEqual([{ asOfGiven: true, submissions: [
      { file: files[0], branch: '甲支部', report: '甲支部.docx', error: null },
      { file: files[1], branch: '县审计局党支部', report: null, error: { code: 'CORRUPT', message: '文件“x”已损坏。' } },
      { file: files[2], branch: '丙支部', report: '丙支部.docx', error: null },
    ] }]);
    expect(r.submissions).toEqual(calls.intake[0]!.submissions);
    const list = await sheet(join(out, '问题清单.xlsx'), '问题清单');
    expect(list.length).toBe(3);
    const empty = undefined; // an empty cell, as exceljs reads it back
    expect(list[2]).toEqual([2, '县审计局党支部', files[1], '工作簿', empty, empty, empty, empty, empty, empty, '工作簿无法读取', '错误', '文件“x”已损坏。']);
    const received = await sheet(join(out, '问题清单.xlsx'), '报送情况');
    expect(received.map((row) => row.slice(0, 7))).toEqual([
      ['序号', '文件', '支部', '读取情况', '统计截止日期', '问题数', '报告文件'],
      [1, files[0], '甲支部', '已读取', '2025-12-31', 1, '甲支部.docx'],
      [2, files[1], '县审计局党支部', '无法读取', empty, empty, empty],
      [3, files[2], '丙支部', '已读取', '2025-12-31', 0, '丙支部.docx'],
    ]);
    expect(received[2][7]).toBe('无法读取，未纳入统计。文件“x”已损坏。');
  });

  it('counts a branch that sent two workbooks once, and names each report after its source', async () => {
    const { out, files } = await inputs([{ branch: '交通局党支部', findings: [finding] }, { branch: '乙支部' }, { branch: '交通局 党支部' }]);
    await mkdir(out);
    const r = await run(files, out);
    expect(r.fold.digests).toHaveLength(3);
    expect(r.counted.digests.map((d) => d.file)).toEqual([files[1], files[2]]);
    expect(r.counted.findings).toBe(0);
    expect(r.duplicates.map((d) => d.submissions.map((s) => [s.file, s.report]))).toEqual([
      [[files[0], '交通局党支部.docx'], [files[2], '交通局 党支部（02）.docx']],
    ]);
    // 问题清单 lists every workbook's findings, each with its file; 报送情况 says which one counted
    expect((await sheet(join(out, '问题清单.xlsx'), '问题清单')).map((row) => row[2])).toEqual(['文件', files[0]]);
    const received = await sheet(join(out, '问题清单.xlsx'), '报送情况');
    expect(received[1][7]).toMatch(/^与02\.xlsx为同一支部重复报送，未计入汇总（以02\.xlsx为准）$/);
  });

  it('judges a workbook without a year at the cutoff most dated branches share, once, and keeps it so on a rerun', async () => {
    const { out, files } = await inputs([{ branch: '甲支部' }, { branch: '无年度支部', year: null }, { branch: '丙支部' }, { branch: '旧年度支部', year: 2024 }]);
    await mkdir(out);
    const r = await runUndated(files, out);
    expect(calls.check).toEqual([...files, files[1]]);
    expect(r.fold.digests.map((d) => d.stats.asOf)).toEqual(['2025-12-31', '2025-12-31', '2025-12-31', '2024-12-31']);
    expect(r.undated).toEqual([{ file: files[1], branch: '无年度支部', asOf: '2025-12-31' }]);
    expect(r.written).toBe(4);

    calls.check.length = 0;
    const again = await runUndated(files, out);
    expect(calls.check).toEqual([]);
    expect(again.skipped).toBe(4);
    expect(again.summaryWritten).toBe(false);
    expect(again.fold.digests[1].stats.asOf).toBe('2025-12-31');
    expect(again.undated).toEqual(r.undated);
  });

  it('leaves undated workbooks at today when no ledger names its year, and never judges again with --as-of', async () => {
    const { out, files } = await inputs([{ branch: '甲支部', year: null }, { branch: '乙支部', year: null }]);
    await mkdir(out);
    const r = await runUndated(files, out);
    expect(calls.check).toEqual(files);
    expect(r.fold.digests.map((d) => d.stats.asOf)).toEqual(['2026-11-24', '2026-11-24']);
    expect(r.undated).toEqual([]);
    calls.check.length = 0;
    const given = await run(files, out, true);
    expect(calls.check).toEqual(files);
    expect(given.undated).toEqual([]);
  });

  it('removes temporary files a killed run left behind', async () => {
    const { out, files } = await inputs([{ branch: '甲支部' }]);
    await mkdir(out);
    await writeFile(join(out, '.~dangjian-0011aa-甲支部.docx.tmp'), 'half');
    await run(files, out);
    expect((await readdir(out)).some((n) => n.endsWith('.tmp'))).toBe(false);
  });
});
