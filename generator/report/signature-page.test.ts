/**
 * The signature (发文单位 and 成文日期) must never stand alone on a page, as LibreOffice lays the report
 * out: the body grows one line at a time over a whole page (22 lines, GB/T 9704-2012 §5.2.2), so one of
 * the variants puts the page break right before the signature unless the end of the body is kept with it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeBranchReport } from './compose-report.js';
import { para, type ReportDocument } from './document-model.js';
import { loadTemplateBank } from './load-template-bank.js';
import { renderDocx } from './render-docx.js';
import { sampleDigests } from './sample-digests.js';

const LINES_A_PAGE = 22;

/** The text of each page of a PDF, whitespace removed. */
function pages(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-']).toString().split('\f').map((p) => p.replace(/\s+/g, ''));
}

describe('renderDocx: the signature keeps company', () => {
  it('whatever the length of the body, the page with the signature holds body text too (with and without 附件说明)', async () => {
    const bank = await loadTemplateBank();
    const unit = '中共××市直机关工作委员会';
    // a clean branch (no annex) and one with findings (附件：台账问题清单 between 特此报告 and the signature)
    const bases = [sampleDigests()[0], sampleDigests()[1]].map((d) => composeBranchReport(d, bank, { unit }));
    expect(bases.map((b) => b.annexes.length)).toEqual([0, 1]);
    const dir = await mkdtemp(join(tmpdir(), 'dangjian-signature-'));
    const names: string[] = [];
    for (const [b, base] of bases.entries()) {
      for (let k = 0; k < LINES_A_PAGE; k++) {
        const last = base.sections.length - 1;
        // one-line paragraphs: each moves the end of the body down by exactly one line
        const filler = Array.from({ length: k }, (_, i) => para(`补充说明第${i + 1}项。`));
        const doc: ReportDocument = {
          ...base,
          sections: base.sections.map((s, i) => (i === last ? { ...s, blocks: [...s.blocks, ...filler] } : s)),
        };
        const name = join(dir, `b${b}-${k}.docx`);
        await writeFile(name, await renderDocx(doc));
        names.push(name);
      }
    }
    const profile = `file://${join(dir, 'lo-profile')}`;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names],
      { stdio: 'ignore', timeout: 240_000 });
    // the two signature lines, one after the other (the preamble names the unit and the date too)
    const signature = `${unit}${bases[0].signature.date}`;
    const alone: string[] = [];
    for (const name of names) {
      const pdf = name.replace(/\.docx$/, '.pdf');
      const page = pages(pdf).find((p) => p.includes(signature));
      expect(page, `${pdf}: signature printed`).toBeDefined();
      if (page!.replace(signature, '').replace(/—\d+—/, '') === '') alone.push(basename(pdf));
    }
    expect(alone, 'variants whose signature stands alone on its page').toEqual([]);
  }, 300_000);
});
