/**
 * One worksheet part → GridSheet, cell for cell what exceljs-grid.ts makes of the same part:
 * cached formula results, shared/inline/rich strings, booleans, error text, dates (a date number
 * format turns a number into a 1900-system serial, rounded to the millisecond as exceljs does),
 * the number format in `f`, `t` for dates and booleans, merges (master only), hidden rows/cols.
 */
import type { GridCell, GridRange, GridSheet, RawValue } from '../../ledger/grid/grid.js';
import { UNCALCULATED } from '../../ledger/values/formula-error.js';
import { dateText } from './display-text.js';
import type { DateSystem } from './date-system.js';
import { XmlScanner, OPEN, CLOSE, TEXT, END } from './stream-xml.js';
import { xmlDecodeAgain, type StyleFormats } from './stream-parts.js';
import { decodeRange } from './range-ref.js';
import { emptyPlainCell, readPlainCell, readPlainCellAt, VALUE_DECIMAL, VALUE_INDEX, VALUE_NUMBER } from './plain-cell.js';

export interface SheetContext {
  /** null when the workbook has no sharedStrings part (exceljs then keeps the index as a number) */
  strings: (string | null)[] | null;
  styles: StyleFormats;
  sys: DateSystem;
}

export class SharedStringIndexError extends Error {}
export class OverlappingMergeError extends Error {}

/** exceljs excelToDate → dateToSerial, with the same floating-point steps. */
function toSerial(v: number, sys: DateSystem): number | null {
  const ms = Math.round((v - 25569 + (sys.exceljsSaw1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  if (!(Math.abs(ms) <= 8.64e15)) return null; // Invalid Date
  const serial = ms / 86_400_000 + 25_569;
  return sys.is1904 && !sys.exceljsSaw1904 ? serial + 1_462 : serial;
}

function colOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return n;
}

interface RowAcc { row: number; cells: (GridCell | null)[]; first: number; last: number }

export function parseSheet(xml: string, name: string, hidden: boolean, ctx: SheetContext): GridSheet {
  const x = new XmlScanner(xml);
  const rowsByNumber = new Map<number, RowAcc>();
  const hiddenRowSet = new Set<number>();
  const cols: { min: number; max: number; hidden: boolean }[] = [];
  const mergeRefs: string[] = [];

  let rowNo = 0;
  let acc: RowAcc | null = null;
  // current cell
  let inCell = false;
  let cRef: string | undefined;
  let cStyle = 0;
  let cType: string | undefined;
  let formula = '';
  let shareType: string | undefined;
  let value: string | undefined;
  let sawValue = false;
  let runs: string[] | null = null;
  let runText: string | null = null;
  let inRunT = false;
  let node: 'f' | 'v' | 't' | null = null;
  let prevCol = 0;
  const plain = emptyPlainCell();

  const endCell = (v: string | undefined, f: string, share: string | undefined): void => {
    const col = cRef ? colOf(cRef) : prevCol + 1;
    prevCol = col;
    if (!acc || col <= 0) return;
    // the row's first and last filled columns are found once, in assemble()
    acc.cells[col] = finishCell(cType, cStyle, f, share, v, ctx, sawValue);
  };

  for (let t = x.next(); t !== END; t = x.next()) {
    if (t === OPEN) {
      switch (x.name) {
        case 'row': {
          x.attrs3('r', 'hidden', '\0');
          rowNo = parseInt(x.found0 ?? '', 10);
          const h = x.found1;
          if (h === '1' || h === 'true') hiddenRowSet.add(rowNo); else hiddenRowSet.delete(rowNo);
          // a repeated row element replaces the earlier one (exceljs _rows[n-1] = row)
          acc = { row: rowNo, cells: [], first: Infinity, last: 0 };
          rowsByNumber.set(rowNo, acc);
          prevCol = 0;
          break;
        }
        case 'c': {
          if (readPlainCell(x.source, x.attrStart, x.attrEnd, x.selfClosing, x.position, plain)) {
            // this cell and the plain ones after it in the row, without a token each
            do {
              const col = plain.col >= 0 ? plain.col : prevCol + 1;
              prevCol = col;
              if (acc && col > 0) {
                acc.cells[col] = plain.kind === VALUE_INDEX ? sharedCell(plain.num, plain.num, plain.style, ctx)
                  : plain.kind === VALUE_NUMBER ? numberCell(plain.num, plain.style, ctx)
                  : plain.kind === VALUE_DECIMAL ? numberCell(parseFloat(xml.slice(plain.v0, plain.v1)), plain.style, ctx)
                  : null;
              }
            } while (readPlainCellAt(xml, plain.end, plain));
            x.skipTo(plain.end);
            break;
          }
          x.attrs3('r', 's', 't');
          cRef = x.found0;
          cStyle = parseInt(x.found1 ?? '', 10) || 0;
          cType = x.found2;
          const simple = x.selfClosing ? undefined : x.simpleContent('<v>', '</v></c>');
          if (simple !== undefined) {
            // <c …><v>text</v></c>: what the tokens below would make of it, without them
            endCell(simple, '', undefined);
            break;
          }
          inCell = true;
          formula = ''; shareType = undefined; value = undefined; sawValue = false; runs = null; runText = null; node = null;
          break;
        }
        case 'f': if (inCell) { node = 'f'; shareType = x.attr('t'); } break;
        case 'v': if (inCell) { node = 'v'; sawValue = true; } break;
        case 't': if (inCell) { if (runText !== null) inRunT = true; else node = 't'; } break;
        case 'r': if (inCell) { runs ??= []; runText = ''; } break;
        case 'col': {
          const h = x.attr('hidden');
          cols.push({ min: parseInt(x.attr('min') || '0', 10), max: parseInt(x.attr('max') || '0', 10), hidden: h === '1' || h === 'true' });
          break;
        }
        case 'mergeCell': { const ref = x.attr('ref'); if (ref) mergeRefs.push(ref); break; }
      }
    } else if (t === TEXT) {
      if (!inCell) continue;
      if (runText !== null) { if (inRunT) runText += x.text(); }
      else if (node === 'f') formula += x.text();
      else if (node === 'v' || node === 't') { if (!runs) value = (value ?? '') + x.text(); }
    } else if (t === CLOSE) {
      switch (x.name) {
        case 'c':
          inCell = false;
          endCell(runs ? runs.join('') : value, formula, shareType);
          break;
        case 'r': if (inCell && runs && runText !== null) { runs.push(unescapeX(runText)); runText = null; } break;
        case 't': if (inRunT) inRunT = false; else node = null; break;
        case 'f': case 'v': case 'is': node = null; break;
      }
    }
  }
  return assemble(name, hidden, rowsByNumber, hiddenRowSet, cols, mergeRefs);
}

function unescapeX(s: string): string {
  return s.indexOf('_x') >= 0 ? s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

/** `sawValue`: the cell has a <v> element, if an empty one (<v></v>: a formula's empty text result). */
function finishCell(type: string | undefined, style: number, formula: string, shareType: string | undefined,
  value: string | undefined, ctx: SheetContext, sawValue = true): GridCell | null {
  if (formula || shareType) {
    // no cached result at all: the value is unknown, not empty
    if (!sawValue) return { v: null, t: UNCALCULATED };
    if (!value) return null;
    const isDate = style ? ctx.styles.isDate[style] === true : false;
    let result: RawValue | { error: string };
    if (type === 'str') result = xmlDecodeAgain(value);
    else if (type === 'b') result = parseInt(value, 10) !== 0;
    else if (type === 'e') result = { error: value };
    else result = parseFloat(value);
    if (isDate && typeof result === 'number') {
      return Number.isNaN(result) ? null : dateCell(result, style, ctx);
    }
    // Deliberate difference: exceljs passes any date-styled result through excelToDate, so an
    // error (#N/A) or a text result in a date column would read as an empty cell and hide a W03.
    return valueCell(typeof result === 'object' && result !== null ? result.error : result, style, ctx);
  }
  if (value === undefined) return null;
  switch (type) {
    case 's': return sharedCell(parseInt(value, 10), value, style, ctx);
    case 'str': return valueCell(xmlDecodeAgain(value), style, ctx);
    case 'inlineStr': return valueCell(value, style, ctx);
    case 'b': return valueCell(parseInt(value, 10) !== 0, style, ctx);
    case 'e': return valueCell(value, style, ctx);
    default: return numberCell(parseFloat(value), style, ctx);
  }
}

/** t="s": the shared string at index `i` (`raw` is the index as written, for the message). */
function sharedCell(i: number, raw: string | number, style: number, ctx: SheetContext): GridCell | null {
  if (!ctx.strings) return valueCell(i, style, ctx);
  if (!(i >= 0 && i < ctx.strings.length)) throw new SharedStringIndexError(`shared string ${raw}`);
  return valueCell(ctx.strings[i], style, ctx);
}

/** A number cell: a date serial when its style is a date format. */
function numberCell(n: number, style: number, ctx: SheetContext): GridCell | null {
  if (style && ctx.styles.isDate[style] === true) return dateCell(n, style, ctx);
  return valueCell(n, style, ctx);
}

function dateCell(n: number, style: number, ctx: SheetContext): GridCell | null {
  const serial = toSerial(n, ctx.sys);
  if (serial === null) return null;
  const f = ctx.styles.fmt[style];
  return f ? { v: serial, t: dateText(serial, f), f } : { v: serial, t: dateText(serial, f) };
}

function valueCell(v: RawValue, style: number, ctx: SheetContext): GridCell | null {
  if (v === null || v === '') return null;
  const f = style ? ctx.styles.fmt[style] : undefined;
  if (typeof v === 'boolean') return f ? { v, t: v ? 'TRUE' : 'FALSE', f } : { v, t: v ? 'TRUE' : 'FALSE' };
  return f ? { v, f } : { v };
}

function assemble(name: string, hidden: boolean, rowsByNumber: Map<number, RowAcc>, hiddenRowSet: Set<number>,
  cols: { min: number; max: number; hidden: boolean }[], mergeRefs: string[]): GridSheet {
  const merges: GridRange[] = [];
  const covered = new Set<number>();
  for (const ref of mergeRefs) {
    const r = decodeRange(ref);
    if (!r) continue;
    // exceljs throws "Cannot merge already merged cells" on overlapping areas
    for (let row = r.top; row <= r.bottom; row++) {
      for (let c = r.left; c <= r.right; c++) {
        const k = row * 16385 + c;
        if (covered.has(k)) throw new OverlappingMergeError(ref);
        covered.add(k);
      }
    }
    merges.push(r);
    // slaves lose their values (exceljs turns them into Merge cells)
    for (let row = r.top; row <= r.bottom; row++) {
      const acc = rowsByNumber.get(row);
      if (!acc) continue;
      for (let c = r.left; c <= Math.min(r.right, acc.cells.length - 1); c++) {
        if (row === r.top && c === r.left) continue;
        acc.cells[c] = null;
      }
    }
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);

  const found: RowAcc[] = [];
  let top = Infinity, left = Infinity, bottom = 0, right = 0;
  const numbers = [...rowsByNumber.keys()].filter((n) => n >= 1).sort((a, b) => a - b);
  for (const n of numbers) {
    const acc = rowsByNumber.get(n)!;
    let first = Infinity, last = 0;
    for (let c = 1; c < acc.cells.length; c++) if (acc.cells[c]) { if (c < first) first = c; last = c; }
    if (last === 0) continue;
    acc.first = first; acc.last = last;
    found.push(acc);
    if (n < top) top = n;
    bottom = n;
    if (first < left) left = first;
    if (last > right) right = last;
  }
  const rows: (GridCell | null)[][] = [];
  const hiddenCols: number[] = [];
  if (found.length) {
    for (const acc of found) {
      const out: (GridCell | null)[] = [];
      for (let c = left; c <= acc.last; c++) out.push(acc.cells[c] ?? null);
      rows[acc.row - top] = out;
    }
    for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
    // Column.fromModel: sorted by min, padded; a range never goes back over an earlier one
    const sorted = [...cols].sort((a, b) => a.min - b.min);
    let count = 1;
    for (const c of sorted) {
      if (count < c.min) count = c.min;
      const hi = Math.min(c.max, right);
      for (; count <= hi; count++) if (c.hidden) hiddenCols.push(count);
      if (c.max > hi) count = Math.max(count, c.max + 1);
    }
  }
  const hiddenRows = found.length ? [...hiddenRowSet].filter((r) => r >= 1 && r <= bottom).sort((a, b) => a - b) : [];
  return {
    name, hidden,
    top: found.length ? top : 1,
    left: found.length ? left : 1,
    rows, merges, hiddenRows, hiddenCols,
  };
}
