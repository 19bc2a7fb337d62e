/**
 * The up-to-date manifest of an output folder: for each input, the hash it was made from and what was
 * written, plus the branch digest so a skipped workbook still counts in the summary without being read.
 *
 * Kept as JSON lines: one line is appended once a workbook's outputs are all in place, so a run killed
 * midway keeps what it finished (a torn last line is ignored). At the end of a run the file is rewritten
 * compactly, atomically.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { appendFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { BranchDigest } from '../../ledger/stats/stats-types.js';
import { withTempFile } from './atomic-write.js';

export const MANIFEST_NAME = '.dangjian-manifest.jsonl';

export interface FileEntry {
  kind: 'file';
  /** absolute path of the input */
  input: string;
  /** hash of the input's content + options + template bank */
  key: string;
  /** output file stem allocated to this branch */
  stem: string;
  /** output file names (in the output folder) */
  outputs: string[];
  digest: BranchDigest;
}

export interface SummaryEntry {
  kind: 'summary';
  key: string;
  outputs: string[];
}

export type ManifestEntry = FileEntry | SummaryEntry;

export class Manifest {
  readonly files = new Map<string, FileEntry>();
  summary: SummaryEntry | null = null;

  constructor(readonly dir: string) {}

  get path(): string {
    return join(this.dir, MANIFEST_NAME);
  }

  static async load(dir: string): Promise<Manifest> {
    const m = new Manifest(dir);
    try {
      await stat(m.path);
    } catch {
      return m;
    }
    const lines = createInterface({ input: createReadStream(m.path, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      const entry = parseLine(line);
      if (entry) m.remember(entry);
    }
    return m;
  }

  /** Append one entry (written in one call, so a kill tears at most this line). */
  async record(entry: ManifestEntry): Promise<void> {
    this.remember(entry);
    await appendFile(this.path, JSON.stringify(entry) + '\n', 'utf8');
  }

  /** Rewrite without superseded lines. */
  async compact(): Promise<void> {
    await withTempFile(this.path, async (tmp) => {
      const out = createWriteStream(tmp, { encoding: 'utf8', flags: 'wx' });
      const done = new Promise<void>((resolve, reject) => {
        out.on('finish', resolve);
        out.on('error', reject);
      });
      for (const e of this.files.values()) {
        if (!out.write(JSON.stringify(e) + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
      }
      if (this.summary) out.write(JSON.stringify(this.summary) + '\n');
      out.end();
      await done;
    });
  }

  private remember(entry: ManifestEntry): void {
    if (entry.kind === 'summary') this.summary = entry;
    else this.files.set(entry.input, entry);
  }
}

function parseLine(line: string): ManifestEntry | null {
  if (!line.trim()) return null;
  try {
    const e = JSON.parse(line) as ManifestEntry;
    if (e.kind === 'summary' && typeof e.key === 'string' && Array.isArray(e.outputs)) return e;
    if (e.kind === 'file' && typeof e.input === 'string' && typeof e.key === 'string' && Array.isArray(e.outputs) && e.digest) return e;
  } catch {
    // a line torn by a killed run: that workbook is simply done again
  }
  return null;
}
