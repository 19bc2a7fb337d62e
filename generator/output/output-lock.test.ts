import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lockOutputDir, LOCK_NAME } from './output-lock.js';

describe('lockOutputDir', () => {
  it('refuses a folder another live run holds, in Chinese', async () => {
    const d = await mkdtemp(join(tmpdir(), 'dj-lock-'));
    await writeFile(join(d, LOCK_NAME), String(process.ppid));
    await expect(lockOutputDir(d)).rejects.toThrow(/另一个 dangjian report（进程 \d+）正在向输出文件夹/);
  });

  it('takes over a lock left by a killed run and releases it at the end', async () => {
    const d = await mkdtemp(join(tmpdir(), 'dj-lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    await writeFile(join(d, LOCK_NAME), dead);
    const lock = await lockOutputDir(d);
    expect(await readdir(d)).toEqual([LOCK_NAME]);
    await lock.release();
    expect(await readdir(d)).toEqual([]);
  });
});
