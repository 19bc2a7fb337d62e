/**
 * One exceljs cell → GridCell. Formula cells give their cached result, rich text and hyperlinks
 * their text, errors their error text ("#REF!"), dates a 1900-system serial (Grid contract).
 */
import type { Cell, CellValue } from 'exceljs';
import type { GridCell, RawValue } from '../../ledger/grid/grid.js';
import { dateToSerial, type DateSystem } from './date-system.js';
import { dateText } from './display-text.js';
import { localeFormat } from './builtin-formats.js';

// exceljs ValueType (lib/doc/enums.js); a const map avoids importing the runtime enum
const NULL = 0, MERGE = 1, FORMULA = 6;

/** The raw value of a plain (non-formula) exceljs value. */
function raw(value: unknown, sys: DateSystem): RawValue | Date {
  if (value == null) return null;
  switch (typeof value) {
    case 'string': case 'number': case 'boolean': return value;
    case 'object': {
      if (value instanceof Date) return value;
      const o = value as { richText?: { text: string }[]; text?: unknown; error?: string; result?: unknown };
      if (o.richText) return richText(o.richText);
      if (o.error !== undefined) return o.error;
      if (o.text !== undefined) return raw(o.text, sys); // hyperlink: {text, hyperlink}; text may be rich
      if ('result' in o) return raw(o.result, sys);
      return null;
    }
    default: return null;
  }
}

function richText(runs: { text: string }[]): string {
  let s = '';
  for (const r of runs) s += r.text ?? '';
  return s;
}

/** GridCell for an exceljs cell, or null when empty or a merged cell's slave. */
export function gridCell(cell: Cell, sys: DateSystem): GridCell | null {
  const type = cell.type as number;
  if (type === NULL || type === MERGE) return null;
  const value: CellValue = cell.value;
  let v = type === FORMULA ? raw(cell.result, sys) : raw(value, sys);
  const fmt = cell.numFmt as string | undefined;
  const f = fmt === undefined ? undefined : localeFormat(fmt);
  if (v instanceof Date) {
    const serial = Number.isNaN(v.getTime()) ? null : dateToSerial(v, sys);
    if (serial === null) return null;
    return f ? { v: serial, t: dateText(serial, f), f } : { v: serial, t: dateText(serial, f) };
  }
  if (v === null || v === '') return null;
  if (typeof v === 'boolean') return f ? { v, t: v ? 'TRUE' : 'FALSE', f } : { v, t: v ? 'TRUE' : 'FALSE' };
  return f ? { v, f } : { v };
}
