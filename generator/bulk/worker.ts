/**
 * Worker-thread entry of the bulk run: receives FileTasks, answers FileOutcomes.
 * The document bytes are transferred, not copied.
 */
import { parentPort } from 'node:worker_threads';
import { runFileTask, type FileTask } from './file-task.js';

interface Request {
  id: number;
  task: FileTask;
}

const port = parentPort;
if (!port) throw new Error('worker.js must run as a worker thread');

port.on('message', (req: Request) => {
  void runFileTask(req.task).then(
    (outcome) => {
      // transfer only buffers the bytes own whole (a pooled Buffer slice would detach the pool)
      const transfer = [outcome.report, outcome.annotated]
        .filter((b): b is Uint8Array => b != null && b.byteOffset === 0 && b.byteLength === b.buffer.byteLength)
        .map((b) => b.buffer as ArrayBuffer);
      port.postMessage({ id: req.id, outcome }, transfer);
    },
    (e: unknown) => port.postMessage({ id: req.id, failure: e instanceof Error ? e.message : String(e) }),
  );
});
