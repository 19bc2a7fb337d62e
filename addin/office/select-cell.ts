/**
 * Shows the user where a finding is: activates its sheet and selects its cell (or its row), in one
 * sync. Excel cannot activate a hidden sheet (the sync fails), so when that sync fails we ask why in
 * a second one, and the pane explains it instead of showing Excel's error.
 */
import type { Finding } from '../../ledger/findings/finding.js';
import { errorCode } from './office-error.js';
import { columnLetters, parseA1 } from '../../ledger/grid/address.js';

type Where = Pick<Finding, 'sheet' | 'cell' | 'row'>;

/** The finding's row (1-based) and column ('E') that the user hid; null where that one is shown. */
export interface HiddenLines {
  row: number | null;
  column: string | null;
}

/** What came of a jump: done, nothing to show, or why the sheet cannot be shown. */
export type SelectOutcome =
  /**
   * hidden: the cell is selected but its row or column is hidden, so the user sees nothing;
   * linesProtected: asked to unhide them, but the sheet is protected; unhiddenLines: shown as asked
   */
  | { kind: 'selected'; hidden?: HiddenLines; linesProtected?: boolean; unhiddenLines?: HiddenLines }
  | { kind: 'none' }
  | { kind: 'hidden'; visibility: 'Hidden' | 'VeryHidden' }
  /** asked to unhide, but the workbook's structure is protected */
  | { kind: 'structure-protected' }
  | { kind: 'missing' };

export async function selectFinding(context: Excel.RequestContext, finding: Where, opts: { unhide?: boolean } = {}): Promise<boolean> {
  if (!finding.sheet) return false;
  const ws = context.workbook.worksheets.getItem(finding.sheet);
  // only when the user asked for it: the API may show even a very hidden sheet, the Excel window cannot
  if (opts.unhide) ws.visibility = 'Visible' as Excel.SheetVisibility;
  ws.activate();
  const address = finding.cell ?? (finding.row != null ? `${finding.row}:${finding.row}` : null);
  if (address) ws.getRange(address).select();
  await context.sync();
  return true;
}

/** The sheet's visibility, or null when there is no such sheet (renamed or deleted since the check). */
export async function sheetVisibility(context: Excel.RequestContext, name: string): Promise<string | null> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  return sheets.items.find((s) => s.name === name)?.visibility ?? null;
}

/** The finding's cell (or row) as a range on its sheet. */
function findingRange(context: Excel.RequestContext, f: Where): Excel.Range | null {
  const address = f.cell ?? (f.row != null ? `${f.row}:${f.row}` : null);
  return f.sheet && address ? context.workbook.worksheets.getItem(f.sheet).getRange(address) : null;
}

/**
 * Whether the finding's row or column is hidden (ExcelApi 1.2): a clerk often hides the 身份证号 column
 * before printing, or the rows of members who left; Excel then selects a cell no one can see.
 */
export async function hiddenLines(context: Excel.RequestContext, f: Where): Promise<HiddenLines | null> {
  const range = findingRange(context, f);
  if (!range) return null;
  range.load('rowHidden,columnHidden');
  await context.sync();
  const at = f.cell ? parseA1(f.cell) : null;
  const row = range.rowHidden === true ? at?.row ?? f.row : null;
  const column = at && range.columnHidden === true ? columnLetters(at.col) : null;
  return row != null || column ? { row, column } : null;
}

/** Shows the hidden row and column of the finding and selects it again, so Excel scrolls to it. */
export async function unhideLines(context: Excel.RequestContext, f: Where, lines: HiddenLines): Promise<void> {
  const range = findingRange(context, f);
  if (!range) return;
  if (lines.row != null) range.rowHidden = false;
  if (lines.column) range.columnHidden = false;
  range.select();
  await context.sync();
}

/**
 * Jumps to the finding; when Excel refuses, tells a hidden or missing sheet apart from other failures.
 * unhide: show its hidden sheet; unhideLines: show its hidden row and column.
 */
export async function selectOrExplain(run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => Promise<T>, finding: Where, opts: { unhide?: boolean; unhideLines?: boolean } = {}): Promise<SelectOutcome> {
  try {
    if (!(await run((c) => selectFinding(c, finding, opts)))) return { kind: 'none' };
    // an old or odd host that cannot say: the jump as before
    const lines = await run((c) => hiddenLines(c, finding)).catch(() => null);
    if (!lines) return { kind: 'selected' };
    if (!opts.unhideLines) return { kind: 'selected', hidden: lines };
    try {
      await run((c) => unhideLines(c, finding, lines));
      return { kind: 'selected', unhiddenLines: lines };
    } catch (e) {
      if (errorCode(e) === 'AccessDenied') return { kind: 'selected', hidden: lines, linesProtected: true };
      throw e;
    }
  } catch (e) {
    if (opts.unhide && errorCode(e) === 'AccessDenied') return { kind: 'structure-protected' };
    const visibility = await run((c) => sheetVisibility(c, finding.sheet!)).catch(() => undefined);
    if (visibility === null) return { kind: 'missing' };
    if (visibility === 'Hidden' || visibility === 'VeryHidden') return { kind: 'hidden', visibility };
    throw e;
  }
}
