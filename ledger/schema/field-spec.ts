/**
 * A canonical ledger column as data: what recognition looks for in headers and what
 * the blank template writes. One definition serves both, so they cannot drift.
 */
import type { EnumSpec } from './enums.js';

export type ValueType =
  | 'text' | 'name' | 'date' | 'amount' | 'rate' | 'count' | 'id' | 'enum' | 'year' | 'month' | 'monthRange';

/** The types whose unreadable cells are W03 findings. */
export const TYPED: ReadonlySet<ValueType> = new Set(['date', 'amount', 'rate', 'count', 'year', 'month', 'monthRange']);

export interface TemplateColumn {
  /** column width in characters */
  width: number;
  /** Excel number format ("@" for text, "yyyy-mm-dd" for dates) */
  numFmt?: string;
  /** the input hint shown when the cell is selected */
  prompt?: string;
}

export interface FieldSpec {
  /** the Ledger model field this column fills */
  key: string;
  /** canonical Chinese header (the template writes it) */
  label: string;
  /** header texts real files use for it (the label itself is implied) */
  synonyms: string[];
  /**
   * headers that name this column only when no better column claims the field
   * ("职务" is 党内职务 in one file and 工作岗位 in another)
   */
  weakSynonyms?: string[];
  type: ValueType;
  enum?: EnumSpec<string>;
  /** W02 when a found ledger lacks it */
  required?: boolean;
  /** a count written with its pair in one cell ("8/9", "应到9实到8"): which of the two this column holds */
  pairRole?: 'expected' | 'present';
  /** written in the blank template (absent: not a template column) */
  template?: TemplateColumn;
}

export type LedgerKind = 'branch' | 'members' | 'dues' | 'meetings';

export interface LedgerSchema {
  kind: LedgerKind;
  /** Chinese name used in messages and as the template sheet name */
  label: string;
  /** sheet names seen in real files: a tie-breaker only, never required */
  sheetNames: string[];
  fields: FieldSpec[];
}
