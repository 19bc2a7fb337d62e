/**
 * 支部基本信息 as label/value pairs, wherever they sit: a label cell with its value to the
 * right ("支部名称 | XX党支部"), inline ("支部名称：XX党支部"), or a two-row table with
 * the labels as header and the values below. The info sheet is the one naming most fields.
 */
import type { Finding } from '../findings/finding.js';
import type { BranchInfo, Field } from '../model/ledger.js';
import type { FieldSpec } from '../schema/field-spec.js';
import { toHalfWidth } from '../values/half-width.js';
import { emptyField, readCell, readField, type FieldContext } from './read-field.js';
import type { SheetView } from './sheet-view.js';
import { lookupHeader } from './synonym-index.js';

interface LabelHit {
  spec: FieldSpec;
  row: number;
  col: number;
  label: string;
  /** text after the colon of an inline "label：value" cell */
  inline: string | null;
}

function branchHit(text: string): { spec: FieldSpec; inline: string | null; label: string } | null {
  const direct = lookupHeader(text).find((h) => h.kind === 'branch');
  if (direct) return { spec: direct.field, inline: null, label: text };
  const m = /^([^:：]{2,12})[:：]\s*(.+)$/s.exec(toHalfWidth(text).trim());
  if (!m) return null;
  const hit = lookupHeader(m[1]).find((h) => h.kind === 'branch');
  return hit ? { spec: hit.field, inline: m[2].trim(), label: m[1] } : null;
}

/** Branch labels of one sheet, down to row `last` (at most the first 200 rows: an info sheet is short). */
export function branchLabels(view: SheetView, last = view.bottom): LabelHit[] {
  const hits: LabelHit[] = [];
  const end = Math.min(last, view.top + 199);
  for (let r = view.top; r <= end; r++) {
    for (const c of view.filledCols(r)) {
      const v = view.cell(r, c)!.v;
      if (typeof v !== 'string' || v.length > 60) continue;
      const h = branchHit(v);
      if (h) hits.push({ ...h, row: r, col: c });
    }
  }
  return hits;
}

export function distinctFields(hits: LabelHit[]): number {
  return new Set(hits.map((h) => h.spec.key)).size;
}

function valueCell(view: SheetView, hit: LabelHit, isLabel: (r: number, c: number) => boolean, tableRow: boolean): { row: number; col: number } | null {
  const below = (): { row: number; col: number } | null =>
    hit.row + 1 <= view.bottom && view.text(hit.row + 1, hit.col) !== '' && !isLabel(hit.row + 1, hit.col) ? { row: hit.row + 1, col: hit.col } : null;
  if (tableRow) return below();
  for (let c = hit.col + 1; c <= Math.min(view.right, hit.col + 4); c++) {
    if (isLabel(hit.row, c)) break;
    if (view.text(hit.row, c) !== '') return { row: hit.row, col: c };
  }
  return below();
}

export function emptyBranch(): BranchInfo {
  return {
    sheet: null, name: emptyField(), parent: emptyField(), unit: emptyField(), type: emptyField(), founded: emptyField(),
    lastElection: emptyField(), nextElection: emptyField(), year: emptyField(), filler: emptyField(), fillDate: emptyField(),
  };
}

/** Read the branch fields of the chosen info sheet. */
export function readBranch(view: SheetView, hits: LabelHit[], issues: Finding[]): BranchInfo {
  const info = emptyBranch();
  const at = new Set(hits.map((h) => `${h.row},${h.col}`));
  const isLabel = (r: number, c: number) => at.has(`${r},${c}`);
  const perRow = new Map<number, number>();
  for (const h of hits) perRow.set(h.row, (perRow.get(h.row) ?? 0) + 1);
  const ctx: FieldContext = { view, issues, member: null };
  const record = info as unknown as Record<string, Field<unknown>>;
  for (const h of hits) {
    if (record[h.spec.key]?.ref) continue; // the first label of a field wins
    if (h.inline != null) {
      // "统计年度：2025" in one cell: read the text after the colon as the value
      const f = readInline(ctx, h);
      if (f) record[h.spec.key] = f;
      continue;
    }
    const cell = valueCell(view, h, isLabel, (perRow.get(h.row) ?? 0) >= 3);
    if (cell) record[h.spec.key] = readField(ctx, h.spec, h.spec.label, cell.row, cell.col);
  }
  info.sheet = view.name;
  return info;
}

function readInline(ctx: FieldContext, h: LabelHit): Field<unknown> | null {
  const f = readCell<unknown>(ctx, h.spec, h.spec.label, ctx.view.ref(h.row, h.col), { v: h.inline });
  return { ...f, raw: ctx.view.cell(h.row, h.col) };
}
