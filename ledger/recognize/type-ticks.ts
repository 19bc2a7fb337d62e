/**
 * A 三会一课 sheet without a 会议类型 column that gives each meeting type a column of its own
 * (支部党员大会 | 支委会 | 党课 | …) and ticks the one held (√): the ticked column names the type.
 */
import { compact } from '../values/cell-text.js';
import { parseMeetingTypes } from '../values/meeting-types.js';
import type { HeaderBlock } from './header-match.js';
import type { SheetView } from './sheet-view.js';

export interface TypeColumn {
  col: number;
  /** the header text: the meeting type it names */
  text: string;
}

const columnsOf = new WeakMap<HeaderBlock, TypeColumn[]>();

/** The block's unmapped header cells that each name one meeting type; none unless two or more do. */
export function typeTickColumns(view: SheetView, block: HeaderBlock): TypeColumn[] {
  let out = columnsOf.get(block);
  if (out) return out;
  out = [];
  if (block.kind === 'meetings' && !block.columns.has('typeText')) {
    for (let r = block.row; r <= block.endRow; r++) {
      for (const col of view.filledCols(r)) {
        if (block.mapped.has(col)) continue;
        const text = view.text(r, col);
        if (parseMeetingTypes(text).length === 1 && compact(text).length <= 10) out.push({ col, text });
      }
    }
    if (out.length < 2) out = [];
  }
  columnsOf.set(block, out);
  return out;
}

// a tick, a circle, a 1 or a 是; a blank, 0, 否, ×, / or — is not held
const TICK = /^(?:[√✓✔☑○●◎★☆Vv对是有1]|(?:已)?(?:召开|开展|参加))$/;

/** The types ticked on a row, joined as one 会议类型 text ("支委会", "支部党员大会、党课"), or null. */
export function tickedTypeText(view: SheetView, row: number, columns: TypeColumn[]): string | null {
  const ticked = columns.filter((c) => TICK.test(compact(view.text(row, c.col)))).map((c) => c.text);
  return ticked.length > 0 ? ticked.join('、') : null;
}
