/**
 * An ID number kept in several cells under one merged 身份证号 header (地区码 | 其余12位, or a
 * character a cell as on a paper form): the cells' text joined, read as one ID at the first cell.
 */
import type { Field, IdNumberValue } from '../model/ledger.js';
import { MEMBERS_SCHEMA } from '../schema/members-schema.js';
import { rawText } from '../values/cell-text.js';
import type { HeaderBlock } from './header-match.js';
import { type FieldContext, readCell } from './read-field.js';

const ID_SPEC = MEMBERS_SCHEMA.fields.find((f) => f.key === 'idNumber')!;

/** The last column the 身份证号 header's merge spans, when it spans more than its own. */
function mergedRight(ctx: FieldContext, block: HeaderBlock, col: number): number | null {
  for (let r = block.row; r <= block.endRow; r++) {
    const m = ctx.view.mergeFrom(r, col);
    if (m && m.right > col) return m.right;
  }
  return null;
}

/** The row's ID, joined from the cells under a merged header; null where the header spans one column. */
export function splitIdField(ctx: FieldContext, block: HeaderBlock, row: number): Field<IdNumberValue> | null {
  const col = block.columns.get('idNumber');
  if (col === undefined) return null;
  const right = mergedRight(ctx, block, col);
  if (right == null) return null;
  const parts: string[] = [];
  for (let c = col; c <= right; c++) {
    const cell = ctx.view.cell(row, c);
    const text = cell && cell.v != null ? rawText(cell.v).replace(/\s+/g, '') : '';
    if (text !== '') parts.push(text);
  }
  // one filled cell is an ID written whole in the merge's first column: read as usual
  if (parts.length < 2 || !parts.every((p) => /^[\dXx]+$/.test(p))) return null;
  const label = block.labels.get('idNumber') ?? ID_SPEC.label;
  return readCell<IdNumberValue>(ctx, ID_SPEC, label, ctx.view.ref(row, col), { v: parts.join('') });
}
