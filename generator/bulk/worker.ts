/**
 * Worker-thread entry of the bulk runs: receives a FileTask (`report`) or a CheckTask (`check`),
 * answers its outcome. Each kind's modules are loaded on first use, so a `check` worker never
 * loads the report renderer. The document bytes are transferred, not copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FileOutcome, FileTask } from './file-task.js';
import type { CheckOutcome, CheckTask } from './check-task.js';

interface Request {
  id: number;
  task: FileTask | CheckTask;
}

if (!parentPort) throw new Error('worker.js must run as a worker thread');
const port = parentPort;

// a `check` pool starts its workers while the files are still being found: load the engine meanwhile
if (workerData === 'check') void import('./check-task.js');

async function run(task: FileTask | CheckTask): Promise<FileOutcome | CheckOutcome> {
  if ('kind' in task && task.kind === 'check') return (await import('./check-task.js')).runCheckTask(task);
  return (await import('./file-task.js')).runFileTask(task as FileTask);
}

// one task at a time, in the order received: the pool may send the next one ahead, and when a worker
// dies it blames the oldest task it sent
let chain: Promise<void> = Promise.resolve();
port.on('message', (req: Request) => {
  chain = chain.then(() => answer(req));
});

function answer(req: Request): Promise<void> {
  return run(req.task).then(
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
}
