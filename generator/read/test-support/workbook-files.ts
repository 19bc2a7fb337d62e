/**
 * Test builders for real workbook files (exceljs-written, patched with fflate, converted by
 * LibreOffice). Shared by the reader, the streaming reader and the report tests.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile, rm, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** A fresh temp dir (caller removes it with `rm(dir, {recursive: true})`). */
export function tempDir(prefix = 'dangjian-read-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Writes an .xlsx built by `build` to `path` and returns its bytes. */
export async function writeXlsx(path: string, build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  await writeFile(path, buf);
  return buf;
}

/** The bytes of an .xlsx built by `build`. */
export async function xlsxBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Rewrites zip parts as text: `patches[name](xml)` returns the new text. Used e.g. for
 * date1904="true" in xl/workbook.xml or a <dimension ref="A1:XFD1048576"/>.
 */
export function patchZip(zip: Uint8Array, patches: Record<string, (xml: string) => string>): Buffer {
  const files = unzipSync(zip);
  for (const [name, fn] of Object.entries(patches)) {
    if (!files[name]) throw new Error(`patchZip: no ${name}`);
    files[name] = strToU8(fn(strFromU8(files[name])));
  }
  return Buffer.from(zipSync(files));
}

/** A zip part as text. */
export function zipText(zip: Uint8Array, name: string): string {
  const f = unzipSync(zip, { filter: (e) => e.name === name })[name];
  if (!f) throw new Error(`zipText: no ${name}`);
  return strFromU8(f);
}

/** SHA-256 of a file: assert inputs are unchanged by comparing before/after. */
export async function sha256File(path: string): Promise<string> {
  return createHash('sha256').update(await readFile(path)).digest('hex');
}

const run = promisify(execFile);

/**
 * Converts `src` with LibreOffice (`xlsx`, `xls`, `ods`, …) into `outDir`; returns the new path.
 * A private profile avoids the lock of a concurrently running soffice.
 */
export async function sofficeConvert(src: string, format: string, outDir: string): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  try {
    await run('soffice', [
      `-env:UserInstallation=file://${profile}`, '--headless', '--norestore',
      '--convert-to', format, '--outdir', outDir, src,
    ], { timeout: 120_000 });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const out = join(outDir, basename(src, extname(src)) + '.' + format.split(':')[0]);
  if (!(await readdir(outDir)).includes(basename(out))) throw new Error(`soffice did not write ${out}`);
  return out;
}
