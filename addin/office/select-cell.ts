/**
 * Shows the user where a finding is: activates its sheet and selects its cell (or its row), in one
 * sync. Excel cannot activate a hidden sheet (the sync fails), so when that sync fails we ask why in
 * a second one, and the pane explains it instead of showing Excel's error.
 */
import type { Finding } from '../../ledger/findings/finding.js';
import { errorCode } from './office-error.js';

type Where = Pick<Finding, 'sheet' | 'cell' | 'row'>;

/** What came of a jump: done, nothing to show, or why the sheet cannot be shown. */
export type SelectOutcome =
  | { kind: 'selected' }
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

/** Jumps to the finding; when Excel refuses, tells a hidden or missing sheet apart from other failures. */
export async function selectOrExplain(run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => Promise<T>, finding: Where, opts: { unhide?: boolean } = {}): Promise<SelectOutcome> {
  try {
    return (await run((c) => selectFinding(c, finding, opts))) ? { kind: 'selected' } : { kind: 'none' };
  } catch (e) {
    if (opts.unhide && errorCode(e) === 'AccessDenied') return { kind: 'structure-protected' };
    const visibility = await run((c) => sheetVisibility(c, finding.sheet!)).catch(() => undefined);
    if (visibility === null) return { kind: 'missing' };
    if (visibility === 'Hidden' || visibility === 'VeryHidden') return { kind: 'hidden', visibility };
    throw e;
  }
}
