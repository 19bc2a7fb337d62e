/**
 * `check` over many files runs on worker threads (the build/ twin): its output is the same,
 * byte for byte, as checking each file alone in one thread, in input order. Piped into a reader
 * that stops early (`| head`), it exits quietly.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../../scripts/corpus/make-corpus.js';

const BIN = fileURLToPath(new URL('../../bin/dangjian.js', import.meta.url));
const built = existsSync(fileURLToPath(new URL('../../build/generator/bulk/worker.js', import.meta.url)));
let dir = '';
let files: string[] = [];

const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 << 20 });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dj-check-'));
  await makeCorpus({ out: dir, n: 7, seed: 3, violations: true, hostile: false, maxMembers: 30 });
  await writeFile(join(dir, '0004-坏文件.xlsx'), 'not a workbook');
  files = (await readdir(dir)).filter((f) => f.endsWith('.xlsx')).sort().map((f) => join(dir, f));
}, 120_000);
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe.skipIf(!built)('dangjian check on worker threads', () => {
  it('prints the same JSON as checking each file alone, files in input order', () => {
    const all = cli(['check', dir, '--json', '--as-of', '2025-12-31']);
    expect(all.status).toBe(1); // the bad file
    const entries = (JSON.parse(all.stdout) as { files: { file: string; error: { code: string } | null }[] }).files;
    expect(entries.map((e) => e.file)).toEqual(files);
    expect(entries.find((e) => e.file.endsWith('坏文件.xlsx'))?.error?.code).toBe('NOT_XLSX');
    const alone = files.map((f) => (JSON.parse(cli(['check', f, '--json', '--as-of', '2025-12-31']).stdout) as { files: unknown[] }).files[0]);
    expect(entries).toEqual(alone);
  }, 120_000);

  it('prints the same human report as the exceljs reader on one thread', () => {
    const threads = cli(['check', dir, '--as-of', '2025-12-31']);
    const reference = files.map((f) => cli(['check', f, '--as-of', '2025-12-31'], { DANGJIAN_READER: 'exceljs' }).stdout.split('\n\n').slice(0, -1).join('\n\n') + '\n\n');
    expect(threads.stdout.startsWith(reference.join(''))).toBe(true);
    expect(threads.stdout.trimEnd().split('\n').pop()).toMatch(new RegExp(`^共检查 ${files.length} 个文件：${files.length - 1} 个读取成功，1 个无法读取`));
  }, 120_000);

  it('exits quietly when the reader of its output goes away (| head)', async () => {
    const child = spawn(process.execPath, [BIN, 'check', dir, dir, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 60_000);
});
