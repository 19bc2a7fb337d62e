/**
 * The data behind the stand-in Office host: an in-memory workbook (sparse cells with value, text,
 * number format and fill), its comments and its settings. Plain data, so a test can build one from a
 * Grid, serialise it into a browser page and compare it before and after.
 */
import type { Grid } from '../../ledger/grid/grid.js';
import { a1 } from '../../ledger/grid/address.js';

export interface ModelCell {
  v: string | number | boolean | null;
  t?: string;
  f?: string;
  /** fill colour '#RRGGBB'; absent = no fill */
  fill?: string;
  bold?: boolean;
}

export interface ModelSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** A1 address → cell */
  cells: Record<string, ModelCell>;
  /** merged areas, 1-based (only the top-left cell holds the value) */
  merges?: { top: number; left: number; bottom: number; right: number }[];
  /** 审阅 → 保护工作表: cells cannot be written, filled or noted until the user unprotects it */
  protected?: boolean;
  /** 1-based rows and columns the user hid (右键 → 隐藏) */
  hiddenRows?: number[];
  hiddenCols?: number[];
}

export interface ModelComment {
  id: string;
  sheetId: string;
  address: string;
  content: string;
}

export interface WorkbookModel {
  /** the file the workbook was opened from, as Workbook.name gives it ('…党支部.xlsx'); absent = never saved */
  fileName?: string;
  sheets: ModelSheet[];
  activeSheetId: string | null;
  selection: { sheetId: string; address: string } | null;
  comments: ModelComment[];
  settings: Record<string, unknown>;
  /** 审阅 → 保护工作簿 (structure): sheets cannot be added, deleted, hidden or unhidden */
  structureProtected?: boolean;
}

/** A stand-in workbook with the content of a Grid (what a real workbook would show the adapter). */
export function modelFromGrid(grid: Grid): WorkbookModel {
  const sheets = grid.sheets.map((s, i): ModelSheet => {
    const cells: Record<string, ModelCell> = {};
    s.rows.forEach((row, r) => row.forEach((c, k) => {
      if (c && c.v !== null && c.v !== '') cells[a1(s.top + r, s.left + k)] = { v: c.v, t: c.t, f: c.f };
    }));
    return {
      id: `sheet${i + 1}`, name: s.name, visibility: s.hidden ? 'Hidden' : 'Visible', cells, merges: s.merges.map((m) => ({ ...m })),
      ...(s.hiddenRows.length ? { hiddenRows: [...s.hiddenRows] } : {}), ...(s.hiddenCols.length ? { hiddenCols: [...s.hiddenCols] } : {}),
    };
  });
  return { sheets, activeSheetId: sheets[0]?.id ?? null, selection: null, comments: [], settings: {} };
}
