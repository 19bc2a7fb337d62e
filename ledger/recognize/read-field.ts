/**
 * One cell of a recognised column → Field<T>, by the column's value type.
 * An unreadable typed cell yields value null, `unreadable`, and a W03 finding.
 */
import type { Finding } from '../findings/finding.js';
import type { CellRef, Field } from '../model/ledger.js';
import type { GridCell } from '../grid/grid.js';
import type { FieldSpec } from '../schema/field-spec.js';
import { parseAmount } from '../values/amount.js';
import { isBlankMark, rawText } from '../values/cell-text.js';
import { parseCount } from '../values/count.js';
import { parseDate, type DateOrder } from '../values/date.js';
import { matchEnum } from '../values/enum-match.js';
import { parseIdNumber } from '../values/id-number.js';
import { cleanName } from '../values/name.js';
import type { Parsed } from '../values/parsed.js';
import { parseRate } from '../values/rate.js';
import { parseMonthRange } from '../values/month.js';
import { parseYear } from '../values/year.js';
import { formulaErrorCell, unreadableCell } from './issues.js';
import { formulaError, isUncalculated } from '../values/formula-error.js';
import type { SheetView } from './sheet-view.js';
import { COMBINED_SEPARATOR, type ColumnPart, type HeaderBlock } from './header-match.js';

/** A column the ledger does not have. One frozen object serves all: fields are read-only data. */
const ABSENT: Field<never> = Object.freeze({ value: null, raw: null, ref: null });
export const emptyField = <T>(): Field<T> => ABSENT as Field<T>;

export interface FieldContext {
  view: SheetView;
  issues: Finding[];
  /** the member concerned (for the finding), when known */
  member: string | null;
  /** the sheet's date columns written day first (date-columns.ts): 03/04/2025 there is 3 April */
  dayFirst?: ReadonlySet<number>;
}

function parse(spec: FieldSpec, v: string | number | boolean | null, f: string | undefined, order: DateOrder): Parsed<unknown> {
  switch (spec.type) {
    case 'date': return parseDate(v, f, order);
    case 'amount': return parseAmount(v);
    case 'rate': return parseRate(v);
    case 'count': return parseCount(v, spec.pairRole);
    case 'year': return parseYear(v);
    case 'id': return parseIdNumber(v);
    // a 月份 cell may hold a range too ("2025年1-3月"): read both as a list of months
    case 'month': return parseMonthRange(v, f);
    case 'monthRange': return parseMonthRange(v, f);
    case 'enum': {
      const text = rawText(v);
      if (text === '' || isBlankMark(text)) return { kind: 'empty' };
      return { kind: 'ok', value: spec.enum ? matchEnum(spec.enum, text) : text };
    }
    case 'name': {
      const text = cleanName(rawText(v));
      return text === '' ? { kind: 'empty' } : { kind: 'ok', value: text };
    }
    default: {
      const text = rawText(v);
      return text === '' ? { kind: 'empty' } : { kind: 'ok', value: text };
    }
  }
}

/** Read `spec` at (row, col); col undefined means the column is absent. */
export function readField<T>(ctx: FieldContext, spec: FieldSpec, label: string, row: number, col: number | undefined): Field<T> {
  if (col === undefined) return emptyField<T>();
  return readCell<T>(ctx, spec, label, ctx.view.ref(row, col), ctx.view.cell(row, col));
}

/** Read a given cell (or a value cut out of one, such as the text after "统计年度：") at `ref`. */
export function readCell<T>(ctx: FieldContext, spec: FieldSpec, label: string, ref: CellRef, cell: GridCell | null): Field<T> {
  if (!cell || cell.v == null) {
    // a formula saved without its result is unknown, not empty: no rule takes it as missing or unpaid
    // (uncalculated.ts says so once a sheet, not here once a cell)
    return isUncalculated(cell) ? { value: null, raw: cell, ref, unreadable: true } : { value: null, raw: null, ref };
  }
  // the common case of a real number in an amount column, without the parser's wrapper
  if (spec.type === 'amount' && typeof cell.v === 'number' && Number.isFinite(cell.v)) return { value: cell.v as T, raw: cell, ref };
  const error = formulaError(cell.v);
  if (error) {
    ctx.issues.push(formulaErrorCell(ref, label, error, ctx.member));
    return { value: null, raw: cell, ref, unreadable: true };
  }
  const p = parse(spec, cell.v, cell.f, ctx.dayFirst?.has(ref.col) ? 'dayFirst' : 'unknown');
  if (p.kind === 'ok') return { value: p.value as T, raw: cell, ref };
  if (p.kind === 'empty') return { value: null, raw: cell, ref };
  ctx.issues.push(unreadableCell(ref, label, spec.type, rawText(cell.v) || (cell.t ?? ''), ctx.member, p.why));
  return { value: null, raw: cell, ref, unreadable: true };
}

const TEXT: FieldSpec = { key: 'text', label: '', synonyms: [], type: 'text' };

/**
 * The field reader of one ledger's schema: `field(ctx, block, key, row)` reads that key's column on
 * a data row (asText: as plain text, whatever its type). A column the block lacks costs no look-up.
 */
export function schemaFieldReader(fields: readonly FieldSpec[]) {
  const specs = new Map<string, FieldSpec>(fields.map((f) => [f.key, f]));
  return function field<T>(ctx: FieldContext, block: HeaderBlock, key: string, row: number, asText = false): Field<T> {
    const col = block.columns.get(key);
    if (col === undefined) return emptyField<T>();
    const spec = specs.get(key)!;
    const label = block.labels.get(key) ?? spec.label;
    const part = block.parts.size > 0 ? block.parts.get(key) : undefined;
    if (part) return readPart<T>(ctx, asText ? TEXT : spec, label, row, col, part);
    return readField<T>(ctx, asText ? TEXT : spec, label, row, col);
  };
}

/**
 * One field of a combined column ("主持人/记录人" holding "卢刚/何强"): the cell split as its header
 * is. A cell holding one value only ("卢刚") gives it to the first field.
 */
function readPart<T>(ctx: FieldContext, spec: FieldSpec, label: string, row: number, col: number, part: ColumnPart): Field<T> {
  const cell = ctx.view.cell(row, col);
  const ref = ctx.view.ref(row, col);
  if (!cell || cell.v == null) return { value: null, raw: null, ref };
  const values = typeof cell.v === 'string' ? cell.v.split(COMBINED_SEPARATOR).map((t) => t.trim()) : [cell.v];
  const v = values.length === part.count ? values[part.index] : part.index === 0 && values.length === 1 ? values[0] : null;
  if (v == null || v === '') return { value: null, raw: cell, ref };
  return readCell<T>(ctx, spec, label, ref, { v, f: cell.f });
}
