import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as nodeCrc32 } from 'node:zlib';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, deflatedPart, deflatedTextPart, zipParts } from './zip-writer.js';

describe('zipParts', () => {
  it('computes the CRC-32 zip uses', () => {
    for (const s of ['', 'a', '党建台账助手', 'x'.repeat(100_000)]) expect(crc32(strToU8(s))).toBe(nodeCrc32(Buffer.from(s)));
  });

  it('deflates a part given as text chunks to the bytes of the whole text', () => {
    const chunks = Array.from({ length: 5000 }, (_, i) => `<w:tr>第${i}行 党建</w:tr>`);
    const whole = strToU8(chunks.join(''));
    const p = deflatedTextPart('word/document.xml', chunks);
    expect(p.size).toBe(whole.length);
    expect(p.crc).toBe(nodeCrc32(whole));
    expect(strFromU8(unzipSync(zipParts([p]))['word/document.xml'])).toBe(chunks.join(''));
  });

  it('writes an archive that fflate and Info-ZIP read back, CRCs checked', async () => {
    const parts = { '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document>党建</w:document>'.repeat(500), 'empty.xml': '' };
    const zip = zipParts(Object.entries(parts).map(([n, s]) => deflatedPart(n, strToU8(s))));
    const back = unzipSync(zip);
    expect(Object.fromEntries(Object.entries(back).map(([n, b]) => [n, strFromU8(b)]))).toEqual(parts);
    const dir = await mkdtemp(join(tmpdir(), 'dj-zip-'));
    try {
      await writeFile(join(dir, 'a.zip'), zip);
      expect(execFileSync('unzip', ['-t', join(dir, 'a.zip')], { encoding: 'utf8' })).toMatch(/No errors detected/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
