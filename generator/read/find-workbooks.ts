/**
 * The workbooks named on a command line: files as given, folders searched recursively.
 * Office lock files (~$…), hidden entries (.git, macOS "._x.xlsx") and linked folders are skipped; the order is
 * deterministic (code-point order of the path) so bulk runs and their reports are reproducible.
 * Archives (.zip, .rar, .7z) are listed too: the reader refuses each with a message to unzip it first,
 * so workbooks handed in zipped are not silently missed. Other files (.bak, .tmp, Thumbs.db, .docx) are not.
 * A sub-folder holding an earlier run's outputs (it has our manifest) is skipped: its annotated copies
 * would count those branches twice and its 问题清单.xlsx is no ledger. A folder given by name is searched.
 */
import { readdir, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import { MANIFEST_NAME } from '../output/manifest.js';
import { ARCHIVE_NAME } from './zip-kind.js';

/** the extensions a folder is searched for (the content decides how a file is read) */
export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.xls'] as const;
/**
 * Spreadsheets in other formats a branch may hand in (WPS .et, OpenDocument .ods, binary .xlsb, templates):
 * listed too, so the reader reads what it can (the content decides) and names the rest with what to do,
 * rather than the run missing a branch without a word.
 */
const OTHER_SPREADSHEETS = /\.(?:et|ett|ods|xlsb|xltx|xltm)$/i;
const isWorkbook = (name: string) => WORKBOOK_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e));

export interface FoundWorkbooks {
  /** paths as given (files) or as found under a given folder, without duplicates */
  files: string[];
  /** inputs that do not exist */
  missing: string[];
}

/** Code-point order (JS `<` compares UTF-16 units, which misorders characters beyond U+FFFF). */
export function compareCodePoints(a: string, b: string): number {
  const x = [...a], y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

export async function findWorkbooks(inputs: string[]): Promise<FoundWorkbooks> {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (p: string): void => { if (!seen.has(p)) { seen.add(p); files.push(p); } };
  for (const input of inputs) {
    let s;
    try { s = await stat(input); } catch { missing.push(input); continue; }
    if (s.isDirectory()) {
      const found: string[] = [];
      await walk(input, found, true);
      found.sort(compareCodePoints);
      for (const f of found) add(f);
    } else {
      add(input);
    }
  }
  return { files, missing };
}

function join(dir: string, name: string): string {
  return dir.endsWith('/') || dir.endsWith(sep) ? dir + name : dir + sep + name;
}

async function walk(dir: string, out: string[], root = false): Promise<void> {
  let entries;
  try { entries = await readdir(dir, { withFileTypes: true }); } catch { return; }
  if (!root && entries.some((e) => e.name === MANIFEST_NAME)) return;
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
    const p = join(dir, e.name);
    // linked folders are not followed (a link back up the tree would loop); linked files are
    if (e.isDirectory()) await walk(p, out);
    else if ((isWorkbook(e.name) || ARCHIVE_NAME.test(e.name) || OTHER_SPREADSHEETS.test(e.name)) && (e.isFile() || (e.isSymbolicLink() && (await isFile(p))))) out.push(p);
  }
}

async function isFile(p: string): Promise<boolean> {
  try { return (await stat(p)).isFile(); } catch { return false; }
}
