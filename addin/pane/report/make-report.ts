/**
 * 生成调研报告 in the pane: this branch's report as .docx bytes. This module, the docx package and
 * the template bank form a separate chunk, loaded by a dynamic import() only when the button is clicked.
 */
import type { CheckResult } from '../../../ledger/check.js';
import type { BranchDigest } from '../../../ledger/stats/stats-types.js';
import { maskIdsInText } from '../../../ledger/values/mask.js';
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
  const digest: BranchDigest = {
    file: branch,
    stats: result.stats,
    findings: result.findings.map((f) => ({ ...f, message: maskIdsInText(f.message) })),
  };
  const doc = composeBranchReport(digest, bank, {});
  const bytes = await renderDocx(doc);
  return { bytes, fileName: `${branch}调研报告.docx` };
}
