/** The 问题清单 table as rows of text: header first, one row per finding. Pure. */
import type { Finding } from '../../ledger/findings/finding.js';
import { maskIdsInText } from '../../ledger/values/mask.js';
import { cnPeriod } from '../../ledger/rules/support/dates.js';

export const ISSUE_HEADER = ['序号', '严重程度', '规则', '工作表', '单元格', '期间', '党员', '问题说明'] as const;

export function issueRows(findings: readonly Finding[]): string[][] {
  return [
    [...ISSUE_HEADER],
    ...findings.map((f, i) => [
      String(i + 1), f.severity, f.rule, f.sheet ?? '（整个工作簿）', f.cell ?? (f.row != null ? `第${f.row}行` : ''),
      // in words, as the CLI's 问题清单.xlsx: “2025年第一季度”, not the code “2025-Q1”
      f.period == null ? '' : cnPeriod(f.period), f.member ?? '', f.message,
    // an ID typed into a name or a sheet name is masked like those in messages (every output masks)
    ].map(maskIdsInText)),
  ];
}
