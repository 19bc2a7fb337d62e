/**
 * The data rows of a ledger: under its header block, to the end of the sheet, skipping
 * blank, 合计, footer and note rows. A later header block of the same ledger (a paged
 * export repeats its header) takes over the columns; one of another ledger ends it.
 */
import type { HeaderBlock } from './header-match.js';
import { rowKind } from './row-kind.js';
import type { SheetView } from './sheet-view.js';

export interface DataRow {
  row: number;
  block: HeaderBlock;
  /** a row that looks like a note, taken because the caller's `keep` asked for it */
  kept?: true;
}

/**
 * `keep` lets the caller take a row that reads as a note (a lone long text) after all: the
 * 三会一课 reader takes the 议题 lines inside a meeting's merged cells. `continues` tells a later
 * header of the ledger (a repeated one) from another table under it on the same sheet (a list of
 * 入党积极分子 below the roster): the rows end at a header it rejects.
 */
export function dataRows(view: SheetView, blocks: HeaderBlock[], first: HeaderBlock, keep?: (row: number, block: HeaderBlock) => boolean, continues?: (block: HeaderBlock) => boolean): DataRow[] {
  const out: DataRow[] = [];
  const start = blocks.indexOf(first);
  for (let i = start; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind !== first.kind || (block !== first && continues && !continues(block))) break;
    const end = i + 1 < blocks.length ? blocks[i + 1].row - 1 : view.bottom;
    for (let r = block.endRow + 1; r <= end; r++) {
      const kind = rowKind(view, r, block);
      if (kind === 'data') out.push({ row: r, block });
      else if (kind === 'note' && keep?.(r, block)) out.push({ row: r, block, kept: true });
    }
  }
  return out;
}
