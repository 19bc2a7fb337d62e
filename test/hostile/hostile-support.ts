/**
 * Shared helpers of the end-to-end hostile-input tests: a folder holding one good branch workbook
 * beside the hostile file(s), the CLI run as a user runs it, and before/after hashes of every input.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { Deflate, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { rawZip, xlsxParts } from '../../generator/read/test-support/hostile-files.js';
import { spawnSync } from 'node:child_process';
import { ROOT, runCli, type CliRun } from '../cli-helpers.js';

/** The bundled example with planted problems: a good file whose findings prove it was checked. */
export const GOOD_EXAMPLE = join(ROOT, 'examples', '县住房和城乡建设局党支部（问题示例）.xlsx');
export const GOOD = 'good.xlsx';

export interface CheckFileEntry {
  file: string;
  branch: string;
  error: { code: string; message: string } | null;
  findings: { rule: string; severity: string; sheet: string | null; cell: string | null; row: number | null; message: string }[];
  stats: unknown;
}

export interface CheckRun {
  code: number;
  stderr: string;
  files: CheckFileEntry[];
}

/** A fresh temp folder holding a copy of the good example as `good.xlsx`. */
export function folderWithGood(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `dj-hostile-${prefix}-`));
  copyFileSync(GOOD_EXAMPLE, join(dir, GOOD));
  return dir;
}

/** The good example's bytes (to patch into variants). */
export function goodBytes(): Buffer {
  return readFileSync(GOOD_EXAMPLE);
}

/** SHA-256 of every file in a folder (not recursive), by name. */
export function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isFile()) out[n] = createHash('sha256').update(readFileSync(p)).digest('hex');
  }
  return out;
}

/** Which reader the CLI uses: its default (streaming) or exceljs (DANGJIAN_READER=exceljs). */
export type Reader = 'default' | 'exceljs';
export const READERS: Reader[] = ['default', 'exceljs'];

const BIN = join(ROOT, 'bin', 'dangjian.js');

/** `node bin/dangjian.js …` with the chosen reader. */
export function cli(args: string[], reader: Reader = 'default'): CliRun {
  const env = { ...process.env };
  if (reader === 'exceljs') env.DANGJIAN_READER = 'exceljs';
  else delete env.DANGJIAN_READER;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The CLI runs from build/: rebuild when a source is newer than it. Serialised with flock, since
 * several test files (and teammates) may ask at once; tsc emits despite errors in others' files.
 */
export function ensureBuilt(): void {
  const main = join(ROOT, 'build', 'generator', 'cli', 'main.js');
  const built = existsSync(main) ? statSync(main).mtimeMs : 0;
  const newest = (dir: string): number => {
    let m = 0;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) m = Math.max(m, newest(p));
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) m = Math.max(m, statSync(p).mtimeMs);
    }
    return m;
  };
  if (built && built >= Math.max(newest(join(ROOT, 'ledger')), newest(join(ROOT, 'generator')))) return;
  spawnSync('flock', [join(tmpdir(), 'dangjian-build.lock'), 'npm', 'run', 'build:cli'], { cwd: ROOT, stdio: 'ignore' });
  expect(existsSync(main)).toBe(true);
}

/** `dangjian check <dir> --json --as-of 2025-12-31`, inputs hashed before and after. */
export function checkJson(dir: string, reader: Reader = 'default', extra: string[] = []): CheckRun {
  const before = hashes(dir);
  const r = cli(['check', dir, '--json', '--as-of', '2025-12-31', ...extra], reader);
  expect(hashes(dir), 'the inputs are unchanged').toEqual(before);
  let doc: { files: CheckFileEntry[] };
  try {
    doc = JSON.parse(r.stdout);
  } catch {
    throw new Error(`check --json printed no JSON (exit ${r.code}): ${r.stderr.slice(0, 2000)}`);
  }
  return { code: r.code, stderr: r.stderr, files: doc.files };
}

export function entry(run: CheckRun, name: string): CheckFileEntry {
  const e = run.files.find((f) => basename(f.file) === name);
  if (!e) throw new Error(`no entry for ${name} in ${run.files.map((f) => f.file).join(', ')}`);
  return e;
}

const CHINESE = /[\u4e00-\u9fff]/;

/** The file failed with `code` and a Chinese message naming it. */
export function expectFileError(run: CheckRun, name: string, code: string | RegExp): CheckFileEntry {
  const e = entry(run, name);
  expect(e.error, `${name} should be an error entry`).not.toBeNull();
  if (typeof code === 'string') expect(e.error!.code).toBe(code);
  else expect(e.error!.code).toMatch(code);
  expect(e.error!.message).toMatch(CHINESE);
  expect(e.error!.message).toContain(name);
  expect(e.findings).toEqual([]);
  return e;
}

/** The file was read and checked: no error, at least one finding, every finding well-formed. */
export function expectChecked(run: CheckRun, name: string): CheckFileEntry {
  const e = entry(run, name);
  expect(e.error, `${name}: ${e.error?.message}`).toBeNull();
  expect(e.findings.length).toBeGreaterThan(0);
  for (const f of e.findings) {
    expect(f.rule).toMatch(/^[WMBDC]\d\d$/);
    expect(['错误', '警告', '提示']).toContain(f.severity);
    expect(f.message).toMatch(CHINESE);
    expect(f.message).not.toMatch(/\d{17}[\dXx]/);
  }
  return e;
}

/** One good file checked beside the hostile one, and the run's exit code says some file failed. */
export function expectRunWithGood(run: CheckRun, failed = true): void {
  expect(run.code).toBe(failed ? 1 : 0);
  const good = expectChecked(run, GOOD);
  expect(good.findings).toEqual(goodFindings());
}

let reference: CheckFileEntry['findings'] | null = null;
/** Findings of the good example checked alone: what a file equal to it in content must reproduce. */
export function goodFindings(): CheckFileEntry['findings'] {
  if (reference === null) {
    const r = runCli(['check', GOOD_EXAMPLE, '--json', '--as-of', '2025-12-31']);
    reference = (JSON.parse(r.stdout) as { files: CheckFileEntry[] }).files[0].findings;
    expect(reference.length).toBeGreaterThan(0);
  }
  return reference;
}

/** Rewrites zip parts as text (as generator/read/test-support does; kept here so the tests own their inputs). */
export function patchParts(zip: Uint8Array, patches: Record<string, (xml: string) => string>): Buffer {
  const files = unzipSync(zip);
  for (const [name, fn] of Object.entries(patches)) {
    if (!files[name]) throw new Error(`patchParts: no ${name}`);
    files[name] = strToU8(fn(strFromU8(files[name])));
  }
  return Buffer.from(zipSync(files));
}

export function partText(zip: Uint8Array, name: string): string {
  const f = unzipSync(zip, { filter: (e) => e.name === name })[name];
  if (!f) throw new Error(`partText: no ${name}`);
  return strFromU8(f);
}

/** A zip part built from text pieces without holding its inflated form: deflated chunk by chunk, CRC on the way. */
export interface BigPart { data: Uint8Array; size: number; crc: number }

/**
 * `head` + `count` × `chunk()` + `tail`, deflated as it is produced (memory: one chunk plus the
 * compressed output). `chunk(i)` may vary per call so the ratio can be tuned.
 */
export function bigPart(head: string, chunk: (i: number) => Uint8Array, count: number, tail: string): BigPart {
  const parts: Uint8Array[] = [];
  const d = new Deflate({ level: 6 }, (c) => { parts.push(c); });
  let crc = 0;
  let size = 0;
  const push = (b: Uint8Array, last: boolean): void => {
    crc = zlibCrc32(b, crc);
    size += b.length;
    d.push(b, last);
  };
  push(strToU8(head), false);
  for (let i = 0; i < count; i++) push(chunk(i), false);
  push(strToU8(tail), true);
  const data = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) { data.set(p, o); o += p.length; }
  return { data, size, crc };
}

/**
 * 1 MiB of filler: spaces, with `noise` bytes of pseudo-random letters inside an XML comment,
 * so deflate reaches a chosen ratio (noise 0 → about 1000:1; 20 KiB → about 100:1).
 */
export function fillerChunk(noise: number, seed: number): Uint8Array {
  const b = new Uint8Array(1 << 20).fill(0x20);
  if (noise > 0) {
    b.set(strToU8('<!--'), 0);
    let x = seed * 2654435761 >>> 0 || 1;
    for (let i = 4; i < 4 + noise; i++) {
      x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
      b[i] = 0x61 + (x % 26);
    }
    b.set(strToU8('-->'), 4 + noise);
  }
  return b;
}

/** The good example's parts as stored entries, `replace` swapping some for big deflated ones. */
export function goodWithBigPart(name: string, part: BigPart): Buffer {
  const entries = xlsxParts(goodBytes()).filter((e) => e.name !== name);
  return rawZip([...entries, { name, data: part.data, method: 8, size: part.size, crc: part.crc }]);
}
