/**
 * A small pool of worker threads running file tasks (both cores of a typical office PC).
 * Results come back in whatever order workers finish; the caller restores input order.
 * A worker that dies fails only its own task and is replaced.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { FileOutcome, FileTask } from './file-task.js';

/**
 * A 16 MB young generation keeps each worker's resident memory low (measured on 1,000 files: peak RSS
 * 288 → 234 MB at the same CPU time; 8 MB saved more but cost 30% CPU). 5,000-file runs must stay under
 * 400 MB for the whole process; the old-generation cap turns a runaway workbook into that file's
 * error instead of swapping the machine. The reader already refuses workbooks beyond its size limits.
 */
export const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 512 };

interface Job<T, O> {
  id: number;
  task: T;
  resolve: (o: O) => void;
  reject: (e: Error) => void;
}

interface Slot<T, O> {
  worker: Worker;
  /** in the order sent; the worker answers them in that order (worker.ts runs one at a time) */
  jobs: Job<T, O>[];
}

/** T, O: the task and outcome the worker script speaks (report: FileTask → FileOutcome; check: CheckTask → CheckOutcome). */
export class WorkerPool<T = FileTask, O = FileOutcome> {
  private readonly slots: Slot<T, O>[] = [];
  private readonly queue: Job<T, O>[] = [];
  private nextId = 1;
  private closed = false;

  /**
   * `limits`: V8 heap limits per worker (default WORKER_LIMITS, the report run's).
   * `tuning.depth`: tasks in hand per worker (default 1). 2 lets a worker start its next file at once
   * instead of idling for the round trip through the main thread (~2 ms a file in `check`, measured).
   * `tuning.workerData`: passed to each worker (worker.ts: 'check' preloads the check modules).
   */
  constructor(
    private readonly script: URL,
    private readonly size: number,
    private readonly limits: ResourceLimits = WORKER_LIMITS,
    private readonly tuning: { depth?: number; workerData?: unknown } = {},
  ) {
    this.depth = Math.max(1, tuning.depth ?? 1);
  }

  private readonly depth: number;

  /** Start every worker now (e.g. while the files are still being found), not on the first task. */
  warm(): void {
    while (!this.closed && this.slots.length < this.size) this.spawn();
  }

  run(task: T): Promise<O> {
    if (this.closed) return Promise.reject(new Error('pool closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.pump();
    });
  }

  /**
   * Stop taking tasks, let the ones in hand finish, then close. Terminating a thread in the middle
   * of a task can abort the whole process (Node asserts on a zlib stream it is still setting up).
   */
  async drain(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('pool closed'));
    while (this.slots.some((s) => s.jobs.length > 0)) await new Promise((r) => setTimeout(r, 5));
    await this.close();
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      // the least busy worker first: idle ones before sending ahead to busy ones
      let slot: Slot<T, O> | undefined;
      for (const s of this.slots) if (s.jobs.length < this.depth && (!slot || s.jobs.length < slot.jobs.length)) slot = s;
      if ((!slot || slot.jobs.length > 0) && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.jobs.push(job);
      slot.worker.postMessage({ id: job.id, task: job.task });
    }
  }

  private spawn(): Slot<T, O> {
    const slot: Slot<T, O> = { worker: new Worker(this.script, { resourceLimits: this.limits, workerData: this.tuning.workerData }), jobs: [] };
    slot.worker.on('message', (msg: { id: number; outcome?: O; failure?: string }) => {
      const i = slot.jobs.findIndex((j) => j.id === msg.id);
      if (i < 0) return;
      const [job] = slot.jobs.splice(i, 1);
      if (msg.outcome) job.resolve(msg.outcome);
      else job.reject(new Error(msg.failure ?? 'worker failed'));
      this.pump();
    });
    const fail = (e: Error) => {
      // the oldest task is the one the worker died on; those sent ahead go to another worker
      const [job, ...ahead] = slot.jobs;
      slot.jobs = [];
      this.slots.splice(this.slots.indexOf(slot), 1);
      if (job) job.reject(e);
      if (this.closed) for (const j of ahead) j.reject(new Error('pool closed'));
      else {
        this.queue.unshift(...ahead);
        this.pump();
      }
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (this.slots.includes(slot)) fail(new Error(`worker exited with code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }
}
