/**
 * Worker-thread entry of the bulk runs: receives a FileTask (`report`) or a CheckTask (`check`),
 * answers its outcome. Each kind's modules are loaded on first use, so a `check` worker never
 * loads the report renderer. The document bytes are transferred, not copied.
 */
import { parentPort } from 'node:worker_threads';
import type { FileOutcome, FileTask } from './file-task.js';
import type { CheckOutcome, CheckTask } from './check-task.js';

interface Request {
  id: number;
  task: FileTask | CheckTask;
}

const port = parentPort;
if (!port) throw new Error('worker.js must run as a worker thread');

async function run(task: FileTask | CheckTask): Promise<FileOutcome | CheckOutcome> {
  if ('kind' in task && task.kind === 'check') return (await import('./check-task.js')).runCheckTask(task);
  return (await import('./file-task.js')).runFileTask(task as FileTask);
}

port.on('message', (req: Request) => {
  void run(req.task).then(
    (outcome) => {
      // transfer only buffers the bytes own whole (a pooled Buffer slice would detach the pool)
      const bytes = 'report' in outcome ? [outcome.report, outcome.annotated] : [];
      const transfer = bytes
        .filter((b): b is Uint8Array => b != null && b.byteOffset === 0 && b.byteLength === b.buffer.byteLength)
        .map((b) => b.buffer as ArrayBuffer);
      port.postMessage({ id: req.id, outcome }, transfer);
    },
    (e: unknown) => port.postMessage({ id: req.id, failure: e instanceof Error ? e.message : String(e) }),
  );
});
