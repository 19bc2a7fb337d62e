import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FileTask } from './file-task.js';
import { WorkerPool } from './worker-pool.js';

/**
 * A stand-in worker speaking the pool's protocol (one task at a time, in order, as worker.ts):
 * echoes the file, dies on "crash", fails on "fail".
 */
const STAND_IN = `
import { parentPort, threadId } from 'node:worker_threads';
let chain = Promise.resolve();
parentPort.on('message', ({ id, task }) => {
  chain = chain.then(() => new Promise((done) => {
    if (task.file === 'crash') process.exit(3);
    if (task.file === 'fail') { parentPort.postMessage({ id, failure: 'bad input' }); done(); return; }
    setTimeout(() => { parentPort.postMessage({ id, outcome: { file: task.file, branch: String(threadId) } }); done(); }, task.file.length);
  }));
});
`;

async function pool(size: number, depth = 1): Promise<WorkerPool> {
  const dir = await mkdtemp(join(tmpdir(), 'dj-pool-'));
  await writeFile(join(dir, 'w.mjs'), STAND_IN);
  return new WorkerPool(pathToFileURL(join(dir, 'w.mjs')), size, undefined, { depth });
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

  it('with tasks sent ahead, a crash fails only the task the worker died on', async () => {
    const p = await pool(1, 2);
    const results = await Promise.allSettled(['a', 'crash', 'b', 'c', 'fail', 'd'].map((f) => p.run(task(f))));
    await p.close();
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(results.filter((r) => r.status === 'fulfilled').map((r) => r.value.file)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drains: the tasks in hand finish, the queued ones are refused, then the threads close', async () => {
    const p = await pool(1, 2);
    const long = 'x'.repeat(60);
    const results = Promise.allSettled([p.run(task(long)), p.run(task('b')), p.run(task('c')), p.run(task('d'))]);
    await new Promise((r) => setTimeout(r, 20));
    await p.drain();
    const settled = await results;
    expect(settled.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected']);
    await expect(p.run(task('e'))).rejects.toThrow('pool closed');
  });
});
