/**
 * Content hashes that decide whether an output is up to date: the input's bytes, the options that
 * shape the output, and the template bank's files. A changed byte in any of them means "make again".
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export async function hashFile(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** Hash of every file under `dir` (names and contents, in a stable order); '' when there is no such folder. */
export async function hashTree(dir: string): Promise<string> {
  let names: string[];
  try {
    names = (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
      .sort();
  } catch {
    return '';
  }
  const h = createHash('sha256');
  for (const name of names) {
    h.update(relative(dir, name).split('\\').join('/') + '\u0000');
    h.update(await readFile(name));
    h.update('\u0000');
  }
  return h.digest('hex');
}

/** A short stable hash of any JSON-able value (object keys sorted). */
export function hashValue(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex');
}

function stableJson(v: unknown): string {
  if (v === undefined) return 'null';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`).join(',')}}`;
}
