/**
 * One run at a time per output folder: a second run would clean up the first one's temporary files
 * mid-write. The lock names its process; a lock left by a killed run (process gone) is taken over.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OutputDirError } from './output-dir.js';

export const LOCK_NAME = '.dangjian.lock';

export interface OutputLock {
  release(): Promise<void>;
}

export async function lockOutputDir(dir: string, pid = process.pid): Promise<OutputLock> {
  const path = join(dir, LOCK_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(path, String(pid), { flag: 'wx' });
      return { release: () => rm(path, { force: true }) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== pid && alive(holder)) {
        throw new OutputDirError(`另一个 dangjian report（进程 ${holder}）正在向输出文件夹“${dir}”写入。请等它结束，或用 -o 换一个文件夹。`);
      }
      await rm(path, { force: true });
    }
  }
  throw new OutputDirError(`无法锁定输出文件夹“${dir}”，请稍后重试。`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
