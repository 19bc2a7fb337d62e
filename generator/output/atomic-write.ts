/**
 * Every output is written to a temporary file in the same folder and then renamed over its final name,
 * so a run killed at any moment leaves either the old file or the new one, never half of one.
 * Temporary names are recognisable (".~dangjian-…​.tmp") and removed at the start of the next run.
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP_PREFIX = '.~dangjian-';
const TEMP_SUFFIX = '.tmp';

/** A fresh temporary path beside `target`. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `${TEMP_PREFIX}${randomBytes(6).toString('hex')}-${basename(target)}${TEMP_SUFFIX}`);
}

export function isTempName(name: string): boolean {
  return name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX);
}

export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const tmp = tempPathFor(target);
  try {
    const fh = await open(tmp, 'wx');
    try {
      // no fsync: rename after write is what survives a killed process; an fsync per file
      // made 5,000-file runs disk-bound (power-loss durability is left to the file system)
      await fh.writeFile(data);
    } finally {
      await fh.close();
    }
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** For writers that want a path (exceljs streaming): write to the temp path, then commit it. */
export async function withTempFile(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = tempPathFor(target);
  try {
    await write(tmp);
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Remove temporary files a killed run left behind. Returns how many were removed. */
export async function cleanStaleTemps(dir: string): Promise<number> {
  let removed = 0;
  for (const name of await readdir(dir)) {
    if (!isTempName(name)) continue;
    await rm(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}
