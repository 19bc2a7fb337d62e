/**
 * The output folder is checked before the long run starts: created when missing, and a folder that
 * cannot be written is reported at once in Chinese (exit code 1) instead of after an hour of reading.
 */
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { tempPathFor } from './atomic-write.js';

export class OutputDirError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OutputDirError';
  }
}

export async function prepareOutputDir(dir: string): Promise<string> {
  const abs = resolve(dir);
  const existing = await stat(abs).catch(() => null);
  if (existing && !existing.isDirectory()) {
    throw new OutputDirError(`输出位置“${dir}”是一个文件，不是文件夹。请用 -o 指定一个文件夹（不存在时会自动创建）。`);
  }
  try {
    await makeDirs(abs);
  } catch (e) {
    throw new OutputDirError(`无法创建输出文件夹“${dir}”（${code(e)}）。请检查上级文件夹的写入权限，或换一个位置。`, { cause: e });
  }
  const probe = tempPathFor(join(abs, 'probe'));
  try {
    await writeFile(probe, '', { flag: 'wx' });
    await rm(probe, { force: true });
  } catch (e) {
    throw new OutputDirError(`输出文件夹“${dir}”无法写入（${code(e)}）。请检查该文件夹的写入权限，或用 -o 换一个文件夹。`, { cause: e });
  }
  return abs;
}

function code(e: unknown): string {
  const c = (e as NodeJS.ErrnoException)?.code;
  if (c === 'EACCES' || c === 'EPERM') return '没有权限';
  if (c === 'EROFS') return '只读文件系统';
  if (c === 'ENOSPC') return '磁盘空间不足';
  if (c === 'ENOTDIR') return '路径中有同名文件';
  if (c === 'ENOENT') return '路径不存在，且无法在此创建';
  return c ?? (e instanceof Error ? e.message : String(e));
}

/**
 * mkdir -p one level at a time: Node's { recursive: true } spins forever on some file systems
 * (seen on /proc), and a level-by-level walk also names the level that failed.
 */
async function makeDirs(abs: string): Promise<void> {
  const missing: string[] = [];
  let dir = abs;
  while (!(await stat(dir).catch(() => null))) {
    missing.unshift(dir);
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  for (const d of missing) {
    try {
      await mkdir(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
