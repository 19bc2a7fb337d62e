/** Read access to one GridSheet in absolute 1-based coordinates, with merges indexed once. */
import type { GridCell, GridRange, GridSheet } from '../grid/grid.js';
import { a1 } from '../grid/address.js';
import type { CellRef } from '../model/ledger.js';
import { rawText, isEmptyCell } from '../values/cell-text.js';

export class SheetView {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly mergeAt = new Map<number, GridRange>();

  constructor(readonly sheet: GridSheet) {
    this.name = sheet.name;
    this.top = sheet.top;
    this.left = sheet.left;
    this.bottom = sheet.top + sheet.rows.length - 1;
    let w = 0;
    for (const r of sheet.rows) if (r && r.length > w) w = r.length;
    this.right = sheet.left + w - 1;
    for (const m of sheet.merges ?? []) this.mergeAt.set(this.key(m.top, m.left), m);
  }

  private key(row: number, col: number): number {
    return row * 20_000 + col;
  }

  cell(row: number, col: number): GridCell | null {
    const r = this.sheet.rows[row - this.top];
    return r ? r[col - this.left] ?? null : null;
  }

  /** Trimmed raw text of a cell ('' when empty). */
  text(row: number, col: number): string {
    const c = this.cell(row, col);
    return c ? rawText(c.v) : '';
  }

  /** by row - top; rows outside the sheet (the one under the last) go to the map */
  private readonly filled: (number[] | undefined)[] = [];
  private readonly filledOutside = new Map<number, number[]>();

  /** The columns of a row that hold a value (computed once a row: header search and row sorting both ask). */
  filledCols(row: number): number[] {
    const i = row - this.top;
    const inside = i >= 0 && i < this.sheet.rows.length;
    let out = inside ? this.filled[i] : this.filledOutside.get(row);
    if (out) return out;
    out = [];
    const r = this.sheet.rows[i];
    if (r) for (let c = 0; c < r.length; c++) if (!isEmptyCell(r[c])) out.push(this.left + c);
    if (inside) this.filled[i] = out;
    else this.filledOutside.set(row, out);
    return out;
  }

  /** The merged area whose top-left cell this is, if any. */
  mergeFrom(row: number, col: number): GridRange | undefined {
    return this.mergeAt.get(this.key(row, col));
  }

  /** cells below the top row of a vertical merge → that merge; built on the first question */
  private covered: Map<number, GridRange> | undefined;

  /**
   * The merged area spanning several rows that covers this cell below its top row, if any: the
   * cell is empty in the grid, its value is the one at the merge's top-left (one meeting written
   * over several rows, its 日期 and 主持人 merged down).
   */
  mergeAbove(row: number, col: number): GridRange | undefined {
    if (!this.covered) {
      this.covered = new Map();
      for (const m of this.sheet.merges ?? []) {
        // a merge over a whole page is no record's: do not index millions of cells for it
        if (m.bottom === m.top || (m.bottom - m.top) * (m.right - m.left + 1) > 100_000) continue;
        for (let r = m.top + 1; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.covered.set(this.key(r, c), m);
      }
    }
    return this.covered.size === 0 ? undefined : this.covered.get(this.key(row, col));
  }

  private readonly letters: string[] = [];

  ref(row: number, col: number): CellRef {
    const letters = (this.letters[col] ??= a1(1, col).slice(0, -1));
    return { sheet: this.name, row, col, address: letters + row };
  }
}
