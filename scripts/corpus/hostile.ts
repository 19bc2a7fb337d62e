/**
 * Six hostile inputs named like ordinary submissions, with the ReadError code each must produce.
 * Builders come from the reader's test support (generator/read/test-support/hostile-files.ts).
 */
import { writeFile, copyFile, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { truncated, csvBytes, encryptedOoxml, zipBombByRatio } from '../../generator/read/test-support/hostile-files.js';
import { sofficeConvert } from '../../generator/read/test-support/workbook-files.js';
import type { TruthFile } from './contract.js';

export interface HostileSpec { file: string; code: string }

/** Writes the hostile files into `out` from one good workbook; returns their truth entries. */
export async function writeHostile(out: string, good: Uint8Array, goodPath: string): Promise<TruthFile[]> {
  const specs: { file: string; code: string; make: () => Promise<Uint8Array | null> }[] = [
    { file: 'hostile-1-截断.xlsx', code: 'CORRUPT', make: async () => truncated(good, 0.6) },
    { file: 'hostile-2-文本另存.xlsx', code: 'CSV', make: async () => csvBytes() },
    { file: 'hostile-3-旧格式.xls', code: 'XLS_BIFF', make: async () => null },
    { file: 'hostile-4-加密.xlsx', code: 'ENCRYPTED', make: async () => encryptedOoxml() },
    { file: 'hostile-5-空文件.xlsx', code: 'EMPTY_FILE', make: async () => new Uint8Array(0) },
    { file: 'hostile-6-压缩炸弹.xlsx', code: 'ZIP_BOMB', make: async () => zipBombByRatio(good, 256 * 1024 * 1024) },
  ];
  const truth: TruthFile[] = [];
  for (const s of specs) {
    const bytes = await s.make();
    if (bytes) await writeFile(join(out, s.file), bytes);
    else {
      // a real Excel 97-2003 file: LibreOffice converts the good workbook
      const dir = await mkdtemp(join(tmpdir(), 'corpus-xls-'));
      try {
        const src = join(dir, 'hostile-3-旧格式.xlsx');
        await copyFile(goodPath, src);
        const xls = await sofficeConvert(src, 'xls', dir);
        await copyFile(xls, join(out, s.file));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
    truth.push({ file: s.file, branch: s.file.replace(/\.[^.]+$/, ''), expectedError: s.code, expectedFindings: [], stats: null });
  }
  return truth;
}
