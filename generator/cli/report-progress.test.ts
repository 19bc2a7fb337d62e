import { describe, expect, it } from 'vitest';
import { createProgress, timeLeft } from './report-progress.js';

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = {
    isTTY, columns: 120, rows: 40,
    write: (s: string) => { chunks.push(String(s)); return true; },
    cursorTo: () => true, moveCursor: () => true, clearLine: () => true, clearScreenDown: () => true,
    on: () => stream, removeListener: () => stream, off: () => stream,
  };
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
}

describe('createProgress', () => {
  it('draws files done, the total and the time left on a terminal', () => {
    const { stream, text } = fakeStream(true);
    const p = createProgress(40, stream);
    p.update(10, 40);
    p.stop();
    expect(text()).toContain('处理进度');
    expect(text()).toContain('10/40 个文件');
    expect(text()).toMatch(/剩余时间 (约 \d+ 秒|估算中)/);
  });

  it('stays quiet when the output is not a terminal', () => {
    const { stream, text } = fakeStream(false);
    const p = createProgress(40, stream);
    p.update(10, 40);
    p.stop();
    expect(text()).toBe('');
  });
});

describe('timeLeft', () => {
  it('extrapolates from the pace so far, in Chinese units', () => {
    expect(timeLeft(0, 0, 10, 5_000)).toBe('估算中');
    expect(timeLeft(0, 5, 10, 10_000)).toBe('约 10 秒');
    expect(timeLeft(0, 10, 100, 20_000)).toBe('约 3 分 0 秒');
    expect(timeLeft(0, 100, 5000, 100_000)).toBe('约 1 小时 21 分');
  });
});
