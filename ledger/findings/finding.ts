/**
 * A finding: one problem in one branch's ledgers, shaped exactly as the JSON
 * contract in ARCHITECTURE.md ("findings" entries) carries it.
 */
export type Severity = '错误' | '警告' | '提示';

export type RuleId =
  | 'W01' | 'W02' | 'W03'
  | 'M01' | 'M02' | 'M03' | 'M04' | 'M05' | 'M06' | 'M07' | 'M08' | 'M09'
  | 'B01' | 'B02' | 'B03' | 'B04' | 'B05'
  | 'D01' | 'D02' | 'D03' | 'D04'
  | 'C01' | 'C02' | 'C03' | 'C04' | 'C05' | 'C06' | 'C07' | 'C08' | 'C09' | 'C10' | 'C11' | 'C12';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** sheet name as written; null only for whole-branch/workbook findings (B01–B04, W01) */
  sheet: string | null;
  /** A1 address or null */
  cell: string | null;
  /** 1-based Excel row or null where no single row is at fault */
  row: number | null;
  /** '2025-Q3' | '2025-07' | '2025' for period rules, else null */
  period: string | null;
  /** member's name as the roster writes it, where one member is concerned */
  member: string | null;
  /** Chinese: what is wrong and how to fix it. Never a full ID number. */
  message: string;
}

/** Ledger areas, used to group findings in the CLI, the pane and the reports. */
export type LedgerArea = 'workbook' | 'branch' | 'members' | 'dues' | 'meetings';

export const SEVERITY_ORDER: Record<Severity, number> = { 错误: 0, 警告: 1, 提示: 2 };
