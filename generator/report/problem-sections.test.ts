/**
 * 二、存在的问题 names a branch for what it must correct (错误, 警告), as the judgement counts it: a 提示
 * (last year's rows kept on, meetings planned ahead) stays in the annex and the findings workbook.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../ledger/findings/finding.js';
import type { BranchDigest } from '../../ledger/stats/stats-types.js';
import { composeBranchReport, composeSummaryReport } from './compose-report.js';
import type { ParagraphBlock, ReportDocument, TableBlock } from './document-model.js';
import { loadTemplateBank } from './load-template-bank.js';
import { sampleDigests } from './sample-digests.js';
import type { TemplateBank } from './template-bank.js';

let bank: TemplateBank;
beforeAll(async () => { bank = await loadTemplateBank(); });

const finding = (rule: Finding['rule'], severity: Finding['severity'], sheet: string): Finding =>
  ({ rule, severity, sheet, cell: null, row: null, period: null, member: null, message: `${sheet}：…` });

function branch(i: number, findings: Finding[]): BranchDigest {
  const d = sampleDigests()[i];
  const bySeverity = { 错误: 0, 警告: 0, 提示: 0 };
  for (const f of findings) bySeverity[f.severity]++;
  return { ...d, findings, stats: { ...d.stats, findings: { total: findings.length, bySeverity, byRule: {} } } };
}

const problems = (doc: ReportDocument) =>
  doc.sections[1].blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').map((p) => p.runs.map((r) => r.text).join('')).join('\n');

describe('二、存在的问题 and 提示', () => {
  it('summary: a branch with 提示 alone is named in no problem section, nor its family listed; the annex keeps them', () => {
    const ds = [branch(0, [finding('M02', '错误', '党员名册')]), branch(1, [finding('C12', '提示', '三会一课')]), branch(2, []), branch(3, [])];
    const doc = composeSummaryReport(ds, bank);
    const text = problems(doc);
    expect(text).toContain('共发现台账问题2处，其中错误1处、提示1处，错误涉及1个支部');
    expect(text).toContain(ds[0].stats.branch);
    expect(text).not.toContain(ds[1].stats.branch);
    expect(text).not.toContain('会议记录不够规范');
    const annex = doc.annexes[0].blocks[0] as TableBlock;
    expect(annex.rows.some((r) => r[1] === ds[1].stats.branch && r[4] === 'C12\n提示')).toBe(true);
  });

  it('summary: a branch is named for its warning, not for the 提示 of the same family elsewhere', () => {
    const ds = [branch(0, [finding('C10', '警告', '三会一课')]), branch(1, [finding('C12', '提示', '三会一课')]), branch(2, []), branch(3, [])];
    const text = problems(composeSummaryReport(ds, bank));
    expect(text).toContain('会议记录不够规范');
    expect(text).toContain('有1个支部存在此类问题');
    expect(text).not.toContain(ds[1].stats.branch);
  });

  it('branch report: its 提示 beside errors are not a problem point', () => {
    const text = problems(composeBranchReport(branch(0, [finding('M02', '错误', '党员名册'), finding('C12', '提示', '三会一课')]), bank));
    expect(text).toContain('党员信息登记不够准确');
    expect(text).not.toContain('会议记录不够规范');
  });
});
