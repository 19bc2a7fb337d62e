/**
 * 截至{统计截止日期} of dues counted over the months ended: a cutoff inside a month says so
 * ("截至2026年11月25日（按已结束的1—10月计），…"), in the branch report, the summary, and a user's
 * copy of the template bank made before the note existed.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeBranchReport, composeSummaryReport } from './compose-report.js';
import { documentTexts } from './document-model.js';
import { defaultTemplateDir, loadTemplateBank } from './load-template-bank.js';
import { parseTemplateBank } from './parse-template-bank.js';
import { duesMonthsNote } from './phrases.js';
import { sampleDigests } from './sample-digests.js';
import type { TemplateBank } from './template-bank.js';

describe('duesMonthsNote', () => {
  it('names the months ended where the cutoff falls inside a month', () => {
    expect(duesMonthsNote(2026, '2026-11-25')).toBe('（按已结束的1—10月计）');
    expect(duesMonthsNote(2026, '2026-02-10')).toBe('（按已结束的1月计）');
    expect(duesMonthsNote(2026, '2026-01-15')).toBe('（本年度尚无已结束的月份）');
  });
  it('is empty where the cutoff ends a month or the year, or the ledger is of a year before', () => {
    expect(duesMonthsNote(2026, '2026-10-31')).toBe('');
    expect(duesMonthsNote(2025, '2025-12-31')).toBe('');
    expect(duesMonthsNote(2025, '2026-11-25')).toBe('');
  });
});

describe('the dues point of 一、基本情况', () => {
  let bank: TemplateBank;
  beforeAll(async () => { bank = await loadTemplateBank(); });
  const inProgress = () => sampleDigests().map((d) => ({ ...d, stats: { ...d.stats, asOf: '2026-11-25', year: 2026 } }));

  it('says the months counted, in the branch report and the summary', () => {
    const [d] = inProgress();
    expect(documentTexts(composeBranchReport(d, bank)).join('\n')).toContain('截至2026年11月25日（按已结束的1—10月计），该支部应交党费');
    expect(documentTexts(composeSummaryReport(inProgress(), bank)).join('\n')).toContain('截至2026年11月25日（按已结束的1—10月计），各支部应交党费');
  });

  it('reads as before at a year end', () => {
    expect(documentTexts(composeBranchReport(sampleDigests()[0], bank)).join('\n')).toContain('截至2025年12月31日，该支部应交党费');
  });

  it('says it too from a copy of the bank made before {党费统计月份}', async () => {
    const dir = defaultTemplateDir();
    const names = (await readdir(dir)).filter((n) => n.endsWith('.yaml'));
    const files = await Promise.all(names.map(async (name) => ({ name, text: (await readFile(join(dir, name), 'utf8')).replaceAll('{党费统计月份}', '') })));
    const old = parseTemplateBank(files);
    const [d] = inProgress();
    expect(documentTexts(composeBranchReport(d, old)).join('\n')).toContain('截至2026年11月25日（按已结束的1—10月计），该支部应交党费');
  });
});
