/**
 * 生成调研报告 in the pane: this branch's report as .docx bytes. This module, the docx package and
 * the template bank form a separate chunk, loaded by a dynamic import() only when the button is clicked.
 */
import type { CheckResult } from '../../../ledger/check.js';
import { toDigest } from '../../../generator/bulk/digest.js';
import { parseTemplateBank } from '../../../generator/report/parse-template-bank.js';
import { composeBranchReport } from '../../../generator/report/compose-report.js';
import { renderDocx } from '../../../generator/report/render-docx.js';

// the template bank, bundled as text: editable YAML in templates/report, no fetch at run time
const TEMPLATE_FILES = import.meta.glob('../../../templates/report/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export interface ReportFile {
  bytes: Uint8Array;
  fileName: string;
}

export async function makeBranchReport(result: CheckResult): Promise<ReportFile> {
  const bank = parseTemplateBank(Object.entries(TEMPLATE_FILES).map(([path, text]) => ({ name: path.split('/').pop()!, text })));
  const branch = result.stats.branch || '本支部';
  // the CLI's digest, every ID number in messages, members and sheet names masked alike
  const digest = toDigest(branch, { ...result.stats, branch }, result.findings);
  const doc = composeBranchReport(digest, bank, {});
  const bytes = await renderDocx(doc);
  return { bytes, fileName: `${branch}调研报告.docx` };
}
