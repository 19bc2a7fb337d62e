/**
 * renderDocx (static parts packed once, body written as strings) gives the .docx that docx's
 * Packer gives for the same report, part for part, byte for byte (only the creation time differs):
 * branch and summary reports, titles of one and two lines, annexes, and text with markup,
 * quotes and control characters.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { composeBranchReport, composeSummaryReport } from './compose-report.js';
import { loadTemplateBank } from './load-template-bank.js';
import { renderDocx, renderDocxWithPacker } from './render-docx.js';
import { sampleDigests } from './sample-digests.js';
import type { ReportDocument } from './document-model.js';
import type { BranchDigest } from '../../ledger/stats/stats-types.js';

const stamp = /<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">[^<]*</g;

async function parts(bytes: Promise<Uint8Array>): Promise<Record<string, string>> {
  const files = unzipSync(await bytes);
  return Object.fromEntries(Object.entries(files).map(([n, b]) => [n, strFromU8(b).replace(stamp, '<dcterms:$1 x="T"><')]));
}

async function expectSame(doc: ReportDocument): Promise<void> {
  const fast = await parts(renderDocx(doc));
  const ref = await parts(renderDocxWithPacker(doc));
  expect(Object.keys(fast)).toEqual(Object.keys(ref));
  for (const name of Object.keys(ref)) expect(fast[name], name).toBe(ref[name]);
}

const hostile = (d: BranchDigest): BranchDigest => ({
  ...d,
  stats: { ...d.stats, branch: `<甲&乙> "支部" '一'\u0001\u000B` },
  findings: d.findings.map((f, i) => ({ ...f, message: `${f.message} a&b <c> "d" 'e' \u0007${i}`, member: f.member == null ? null : `${f.member}&<>` })),
});

describe('renderDocx writes what docx Packer writes', () => {
  it('for every sample branch report and the summary', async () => {
    const bank = await loadTemplateBank();
    const digests = sampleDigests();
    for (const d of digests) await expectSame(composeBranchReport(d, bank));
    await expectSame(composeSummaryReport(digests, bank, { scope: '××市', unit: '中共××市直机关工作委员会', date: '2025-12-31' }));
  });

  it('for text with markup, quotes and control characters, and a custom title', async () => {
    const bank = await loadTemplateBank();
    const digests = sampleDigests().map(hostile);
    for (const d of digests) await expectSame(composeBranchReport(d, bank, { unit: '中共<某>委员会&"单位"' }));
    await expectSame(composeSummaryReport(digests, bank, { title: '关于<“A&B”>情况的调研报告' }));
  });
});
