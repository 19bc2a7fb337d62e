/**
 * Where `dangjian report` spends its time, stage by stage, in one thread over the same files:
 * read, checkGrid, digest, per-branch render, then the summary and the findings workbook.
 * npx tsx scripts/bench/profile-report.ts DIR [limit]
 */
import { readdirSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookBytes } from '../../generator/read/read-workbook.js';
import { readWorkbookStream } from '../../generator/read/stream-xlsx.js';
import { checkGrid } from '../../ledger/check.js';
import { toDigest } from '../../generator/bulk/digest.js';
import { renderBranchReport, renderSummaryReport } from '../../generator/bulk/report-api.js';
import { composeBranchReport, composeSummaryReport } from '../../generator/report/compose-report.js';
import { loadTemplateBank } from '../../generator/report/load-template-bank.js';
import { writeFindingsWorkbook } from '../../generator/findings-workbook/write-findings-workbook.js';
import type { BranchDigest } from '../../ledger/stats/stats-types.js';

const dir = process.argv[2];
const limit = Number(process.argv[3] ?? 1e9);
const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort().slice(0, limit).map((f) => join(dir, f));
const t: Record<string, number> = {};
const time = async <T>(k: string, fn: () => Promise<T> | T): Promise<T> => {
  const t0 = performance.now();
  const r = await fn();
  t[k] = (t[k] ?? 0) + performance.now() - t0;
  return r;
};
const bank = await loadTemplateBank();
const digests: BranchDigest[] = [];
await renderBranchReport({ file: 'x', stats: checkGrid(readWorkbookStream(await readWorkbookBytes(files[0]), files[0]), { asOf: '2025-12-31' }).stats, findings: [] }, undefined, {});
for (const file of files) {
  const buf = await time('read bytes', () => readWorkbookBytes(file));
  const grid = await time('parse (stream reader)', () => readWorkbookStream(buf, file));
  const r = await time('checkGrid', () => checkGrid(grid, { asOf: '2025-12-31' }));
  const d = await time('digest', () => toDigest(file, r.stats, r.findings));
  const doc = await time('compose branch', () => composeBranchReport(d, bank, {}));
  await time('render branch (renderBranchReport incl. compose)', () => renderBranchReport(d, undefined, {}));
  void doc;
  digests.push(d);
}
await time('summary compose', () => composeSummaryReport(digests, bank, {}));
const bytes = await time('summary render (incl. compose)', () => renderSummaryReport(digests, undefined, {}));
const out = mkdtempSync(join(tmpdir(), 'prof-'));
await time('findings workbook', () => writeFindingsWorkbook(join(out, 'f.xlsx'), digests));
rmSync(out, { recursive: true, force: true });
const total = Object.values(t).reduce((a, b) => a + b, 0);
for (const [k, v] of Object.entries(t)) console.log(`${k.padEnd(50)} ${(v / 1000).toFixed(2)} s  ${(files.length / (v / 1000)).toFixed(0)} files/s`);
console.log(`files ${files.length}, summary ${(bytes.length / 1048576).toFixed(1)} MB, findings ${digests.reduce((s, d) => s + d.findings.length, 0)}; rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB; total ${(total / 1000).toFixed(1)} s`);
