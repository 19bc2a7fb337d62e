import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanStaleTemps, isTempName, tempPathFor, withTempFile, writeFileAtomic } from './atomic-write.js';

async function dir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'dj-atomic-'));
}

describe('writeFileAtomic', () => {
  it('writes the bytes under the final name and leaves no temp file', async () => {
    const d = await dir();
    await writeFileAtomic(join(d, '报告.docx'), new Uint8Array([1, 2, 3]));
    expect(await readdir(d)).toEqual(['报告.docx']);
    expect([...(await readFile(join(d, '报告.docx')))]).toEqual([1, 2, 3]);
  });

  it('replaces an existing file whole', async () => {
    const d = await dir();
    await writeFile(join(d, 'a.txt'), 'old old old');
    await writeFileAtomic(join(d, 'a.txt'), 'new');
    expect(await readFile(join(d, 'a.txt'), 'utf8')).toBe('new');
  });

  it('leaves the old file and no temp when the writer fails', async () => {
    const d = await dir();
    await writeFile(join(d, 'a.xlsx'), 'old');
    await expect(withTempFile(join(d, 'a.xlsx'), async (tmp) => {
      await writeFile(tmp, 'half');
      throw new Error('disk full');
    })).rejects.toThrow('disk full');
    expect(await readdir(d)).toEqual(['a.xlsx']);
    expect(await readFile(join(d, 'a.xlsx'), 'utf8')).toBe('old');
  });
});

describe('temp names', () => {
  it('are recognisable and hidden, and only they are cleaned', async () => {
    const d = await dir();
    const t = tempPathFor(join(d, '问题清单.xlsx'));
    expect(isTempName(t.slice(d.length + 1))).toBe(true);
    expect(t.slice(d.length + 1).startsWith('.')).toBe(true);
    await writeFile(t, 'partial');
    await writeFile(join(d, '问题清单.xlsx'), 'done');
    await writeFile(join(d, 'x.tmp'), 'not ours');
    expect(await cleanStaleTemps(d)).toBe(1);
    expect((await readdir(d)).sort()).toEqual(['x.tmp', '问题清单.xlsx']);
  });
});
