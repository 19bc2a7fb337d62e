/**
 * The workbooks under test/fixtures and examples are generated (scripts/make-fixtures.ts,
 * scripts/make-examples.ts) and committed. Regenerating them must give the same contents,
 * so that the generators and the files cannot drift apart unnoticed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../generator/read/read-workbook.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'dangjian-generated-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function contents(file: string) {
  const grid = await readWorkbookFile(file);
  return grid.sheets.map((s) => ({ name: s.name, top: s.top, left: s.left, rows: s.rows.map((r) => r.map((c) => c?.v ?? null)), merges: s.merges }));
}

for (const [script, dir] of [['scripts/make-fixtures.ts', 'test/fixtures'], ['scripts/make-examples.ts', 'examples']] as const) {
  describe(`${dir} is what ${script} writes`, () => {
    const out = join(temp, dir.replace('/', '-'));
    execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, script), out], { cwd: ROOT, stdio: 'pipe' });
    const committed = readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.xlsx') && !f.startsWith('error.')).sort();

    it('has the same files', () => {
      expect(readdirSync(out).filter((f) => f.endsWith('.xlsx') && !f.startsWith('error.')).sort()).toEqual(committed);
    });

    for (const file of committed) {
      it(file, async () => {
        expect(await contents(join(ROOT, dir, file))).toEqual(await contents(join(out, file)));
      });
    }
  });
}
