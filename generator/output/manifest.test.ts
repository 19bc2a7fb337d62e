import { appendFile, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BranchDigest } from '../../ledger/stats/stats-types.js';
import { Manifest, MANIFEST_NAME, type FileEntry } from './manifest.js';

const digest = (branch: string) => ({ file: 'x.xlsx', stats: { branch }, findings: [] }) as unknown as BranchDigest;
const entry = (input: string, key: string): FileEntry => ({
  kind: 'file', input, key, stem: input, outputs: [`${input}.docx`], digest: digest(input),
});

describe('Manifest', () => {
  it('remembers what was recorded across loads, the latest line winning', async () => {
    const d = await mkdtemp(join(tmpdir(), 'dj-manifest-'));
    const m = await Manifest.load(d);
    await m.record(entry('/in/a.xlsx', 'k1'));
    await m.record(entry('/in/b.xlsx', 'k2'));
    await m.record(entry('/in/a.xlsx', 'k3'));
    await m.record({ kind: 'summary', key: 's1', outputs: ['汇总调研报告.docx'] });
    const again = await Manifest.load(d);
    expect(again.files.get('/in/a.xlsx')?.key).toBe('k3');
    expect(again.files.get('/in/b.xlsx')?.key).toBe('k2');
    expect(again.summary?.key).toBe('s1');
  });

  it('ignores a line torn by a killed run and keeps the lines before it', async () => {
    const d = await mkdtemp(join(tmpdir(), 'dj-manifest-'));
    const m = await Manifest.load(d);
    await m.record(entry('/in/a.xlsx', 'k1'));
    await appendFile(join(d, MANIFEST_NAME), '{"kind":"file","input":"/in/b.xl');
    const again = await Manifest.load(d);
    expect([...again.files.keys()]).toEqual(['/in/a.xlsx']);
  });

  it('compacts to one line per input, atomically', async () => {
    const d = await mkdtemp(join(tmpdir(), 'dj-manifest-'));
    const m = await Manifest.load(d);
    for (let i = 0; i < 5; i++) await m.record(entry('/in/a.xlsx', `k${i}`));
    await m.compact();
    const lines = (await readFile(join(d, MANIFEST_NAME), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).key).toBe('k4');
    expect(await readdir(d)).toEqual([MANIFEST_NAME]);
  });

  it('starts empty in a folder that has none', async () => {
    const d = await mkdtemp(join(tmpdir(), 'dj-manifest-'));
    const m = await Manifest.load(d);
    expect(m.files.size).toBe(0);
    expect(m.summary).toBeNull();
  });
});
