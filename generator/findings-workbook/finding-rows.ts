/**
 * One finding as one row of a 问题清单 sheet (the findings workbook and the annotated copies share it).
 * ID numbers are masked again here: a last line of defence, whatever a message carries.
 */
import type { Finding } from '../../ledger/findings/finding.js';
import { maskIdsInText } from '../../ledger/values/mask.js';
import { messageWithoutPlace } from '../report/finding-text.js';
import { cnPeriod } from '../../ledger/rules/support/dates.js';
import { findingLedger, ruleName } from './rule-names.js';
import type { BranchStats } from '../../ledger/stats/stats-types.js';

export const FINDING_COLUMNS = [
  { header: '序号', width: 8 },
  { header: '支部', width: 24 },
  { header: '文件', width: 30 },
  { header: '台账', width: 14 },
  { header: '工作表', width: 14 },
  { header: '单元格', width: 9 },
  { header: '行', width: 7 },
  { header: '期间', width: 10 },
  { header: '党员', width: 10 },
  { header: '规则', width: 7 },
  { header: '规则名称', width: 22 },
  { header: '严重程度', width: 9 },
  { header: '问题说明', width: 70 },
] as const;

export type FindingRowValue = string | number | null;

/**
 * Characters XML 1.0 cannot hold (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates): the
 * writer drops them anyway, so they go first — otherwise "\u0001=HYPERLINK(…)" passes the formula
 * check below and is stored as "=HYPERLINK(…)" without the Text format.
 */
export const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as a findings sheet holds it: ID numbers masked, characters XML cannot carry dropped. */
export function cellText<T extends string | null>(s: T): T {
  return (s == null ? null : maskIdsInText(s).replace(NOT_XML, '')) as T;
}

/** `sheets`: the sheets each ledger was read from (BranchStats), to name the ledger of a W02/W03. */
export function findingRow(index: number, branch: string, file: string, f: Finding, sheets?: BranchStats['sheets']): FindingRowValue[] {
  return [
    index, cellText(branch), cellText(file), findingLedger(f, sheets), cellText(f.sheet), f.cell, f.row, f.period == null ? null : cnPeriod(f.period),
    // the sheet and cell columns say where: the message need not say it again
    cellText(f.member), f.rule, ruleName(f.rule), f.severity, cellText(messageWithoutPlace(f)),
  ];
}

/**
 * Spreadsheet programs may evaluate text that starts with = + - @ (or a tab/CR before them) when the
 * cell is edited or the sheet exported to CSV (OWASP "CSV Injection"). Such cells get the Text
 * number format "@" so they stay text; the value itself is kept as written.
 */
export function looksLikeFormula(value: unknown): boolean {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value);
}
