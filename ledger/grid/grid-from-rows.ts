/**
 * Build Grid sheets from plain rows, for tests: a raw value becomes { v }, a GridCell
 * passes through, null / undefined / '' is an empty cell. Shared by every area's tests.
 */
import type { Grid, GridCell, GridRange, GridSheet, RawValue } from './grid.js';

export type RowInput = (RawValue | GridCell | undefined)[];

export interface SheetOptions {
  top?: number;
  left?: number;
  hidden?: boolean;
  merges?: GridRange[];
  hiddenRows?: number[];
  hiddenCols?: number[];
}

function toCell(x: RawValue | GridCell | undefined): GridCell | null {
  if (x == null || x === '') return null;
  if (typeof x === 'object') return x;
  return { v: x };
}

export function gridFromRows(name: string, rows: RowInput[], options: SheetOptions = {}): GridSheet {
  return {
    name,
    hidden: options.hidden ?? false,
    top: options.top ?? 1,
    left: options.left ?? 1,
    rows: rows.map((r) => r.map(toCell)),
    merges: options.merges ?? [],
    hiddenRows: options.hiddenRows ?? [],
    hiddenCols: options.hiddenCols ?? [],
  };
}

export function gridOf(...sheets: GridSheet[]): Grid {
  return { sheets };
}

/** A date cell as Excel holds it: a 1900-system serial with a date format. */
export function dateCell(iso: string, format = 'yyyy-mm-dd'): GridCell {
  const ms = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  const days = Math.round((ms - Date.UTC(1899, 11, 30)) / 86_400_000);
  return { v: days < 61 ? days - 1 : days, f: format, t: iso };
}
