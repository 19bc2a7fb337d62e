import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FileTask } from './file-task.js';
import { WorkerPool } from './worker-pool.js';

/** A stand-in worker speaking the pool's protocol: echoes the file, dies on "crash", fails on "fail". */
const STAND_IN = `
import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', ({ id, task }) => {
  if (task.file === 'crash') process.exit(3);
  if (task.file === 'fail') { parentPort.postMessage({ id, failure: 'bad input' }); return; }
  setTimeout(() => parentPort.postMessage({ id, outcome: { file: task.file, branch: String(threadId) } }), task.file.length);
});
`;

async function pool(size: number): Promise<WorkerPool> {
  const dir = await mkdtemp(join(tmpdir(), 'dj-pool-'));
  await writeFile(join(dir, 'w.mjs'), STAND_IN);
  return new WorkerPool(pathToFileURL(join(dir, 'w.mjs')), size);
}

const task = (file: string) => ({ file, options: {} }) as unknown as FileTask;

describe('WorkerPool', () => {
  it('answers every task, on as many threads as it was given', async () => {
    const p = await pool(2);
    const files = Array.from({ length: 10 }, (_, i) => 'x'.repeat(1 + (i % 3)) + i);
    const outcomes = await Promise.all(files.map((f) => p.run(task(f))));
    await p.close();
    expect(outcomes.map((o) => o.file)).toEqual(files);
    expect(new Set(outcomes.map((o) => o.branch)).size).toBe(2);
  });

  it('fails only the task whose worker died, and carries on with a new worker', async () => {
    const p = await pool(1);
    const results = await Promise.allSettled([p.run(task('a')), p.run(task('crash')), p.run(task('b')), p.run(task('fail'))]);
    await p.close();
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
    expect((results[1] as PromiseRejectedResult).reason.message).toContain('code 3');
    expect((results[3] as PromiseRejectedResult).reason.message).toBe('bad input');
  });
});
