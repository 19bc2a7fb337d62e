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

const calls = { check: [] as string[], summary: [] as string[][] };

vi.mock('../pipeline/check-file.js', () => ({
  checkFile: async (file: string) => {
    calls.check.push(file);
    const spec = JSON.parse(await readFile(file, 'utf8')) as { branch: string; findings?: Finding[]; error?: string };
    if (spec.error) return { file, branch: spec.branch, result: null, error: { code: 'CORRUPT', message: spec.error } };
    const stats = { branch: spec.branch, asOf: '2025-12-31', members: { total: 3 } };
    return { file, branch: spec.branch, error: null, result: { findings: spec.findings ?? [], stats } };
  },
}));
vi.mock('./report-api.js', () => ({
  renderBranchReport: async (d: BranchDigest) => new TextEncoder().encode(`REPORT ${d.stats.branch} ${d.file}`),
  renderSummaryReport: async (ds: BranchDigest[]) => {
    calls.summary.push(ds.map((d) => d.stats.branch));
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
});

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
    expect(names).toEqual(['_.._etc.docx', '_CON.docx', 'a_b__.docx', '同名支部.docx', '同名支部（2）.docx', '汇总调研报告.docx'].sort());
    expect(await readFile(join(out, '同名支部（2）.docx'), 'utf8')).toBe(`REPORT 同名支部 ${files[1]}`);
    expect(await readdir(join(out, '..'))).not.toContain('etc.docx');
  });

  it('lists an unreadable file and completes the others', async () => {
    const { out, files } = await inputs([{ branch: '甲支部' }, { branch: '坏文件', error: '文件已损坏。' }, { branch: '丙支部' }]);
    await mkdir(out);
    const r = await run(files, out);
    expect(r.failures).toEqual([{ file: files[1], message: '文件已损坏。' }]);
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

  it('removes temporary files a killed run left behind', async () => {
    const { out, files } = await inputs([{ branch: '甲支部' }]);
    await mkdir(out);
    await writeFile(join(out, '.~dangjian-0011aa-甲支部.docx.tmp'), 'half');
    await run(files, out);
    expect((await readdir(out)).some((n) => n.endsWith('.tmp'))).toBe(false);
  });
});
