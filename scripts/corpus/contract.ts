/**
 * The truth-file contract (scripts/eval-corpus.ts reads it). Types are re-declared from
 * ledger/ so the corpus scripts stay runnable while other areas change.
 */
export type { RuleId } from '../../ledger/findings/finding.js';
export type { MeetingType } from '../../ledger/model/ledger.js';
import type { RuleId } from '../../ledger/findings/finding.js';
import type { MeetingType } from '../../ledger/model/ledger.js';

export interface ExpectedFinding {
  rule: RuleId;
  /** null: not constrained (whole-branch findings, or where the rule may point at either sheet) */
  sheet: string | null;
  cell: string | null;
  row: number | null;
  period: string | null;
  member: string | null;
}

export interface TruthStats {
  members: { total: number; full: number; probationary: number };
  dues: { due: number; paid: number };
  meetings: Record<MeetingType, number>;
}

export interface TruthFile {
  file: string;
  branch: string;
  /** hostile files: the ReadError code expected; null for readable workbooks */
  expectedError: string | null;
  expectedFindings: ExpectedFinding[];
  stats: TruthStats | null;
}

export interface Truth {
  seed: number;
  n: number;
  asOf: string;
  year: number;
  violations: boolean;
  files: TruthFile[];
}

export const AS_OF = '2025-12-31';
export const YEAR = 2025;
