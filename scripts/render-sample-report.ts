/**
 * Write a sample summary report and one per-branch report to out/ for eyeballing:
 *   npx tsx scripts/render-sample-report.ts [--template DIR]
 * Then e.g. soffice --headless --convert-to pdf --outdir out out/sample-summary.docx
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { composeBranchReport, composeSummaryReport } from '../generator/report/compose-report.js';
import { loadTemplateBank } from '../generator/report/load-template-bank.js';
import { renderDocx } from '../generator/report/render-docx.js';
import { sampleDigests } from '../generator/report/sample-digests.js';

const i = process.argv.indexOf('--template');
const bank = await loadTemplateBank(i > 0 ? process.argv[i + 1] : undefined);
const digests = sampleDigests();
await mkdir('out', { recursive: true });
const summary = composeSummaryReport(digests, bank, { scope: '××市', unit: '中共××市直机关工作委员会' });
await writeFile('out/sample-summary.docx', await renderDocx(summary));
const branch = composeBranchReport(digests[3], bank, { unit: '中共××市直机关工作委员会' });
await writeFile('out/sample-branch.docx', await renderDocx(branch));
console.log('已写出 out/sample-summary.docx、out/sample-branch.docx');
