/**
 * The progress bar of a bulk run: files done, total and time left, on stderr, only when stderr is a
 * terminal (a log file or a pipe gets nothing but the final lines).
 */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const QUIET: Progress = { update() {}, stop() {} };

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 2) return QUIET;
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '处理进度 {bar} {value}/{total} 个文件 | 剩余时间 {left}',
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { left: '估算中' });
  return {
    update(done) {
      bar.update(done, { left: timeLeft(started, done, total) });
    },
    stop() {
      bar.stop();
    },
  };
}

export function timeLeft(startedMs: number, done: number, total: number, nowMs = Date.now()): string {
  if (done === 0) return '估算中';
  const seconds = Math.round(((nowMs - startedMs) / done) * (total - done) / 1000);
  if (seconds < 60) return `约 ${seconds} 秒`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `约 ${minutes} 分 ${seconds % 60} 秒`;
  return `约 ${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分`;
}
