/**
 * Formula cells saved without their results (values/formula-error.ts UNCALCULATED): one W03 per
 * ledger sheet holding any, at the first of them, so the reader of the findings knows why cells that
 * look filled in Excel were read as nothing (readCell leaves each such cell unread, so no rule takes
 * it as missing or unpaid).
 */
import type { Finding } from '../findings/finding.js';
import { isUncalculated } from '../values/formula-error.js';
import { uncalculatedFormulas } from './issues.js';
import type { SheetView } from './sheet-view.js';

/** `duesSheets`: those of the dues ledger, whose unknown months are left unjudged (the message says so). */
export function uncalculatedIssues(views: SheetView[], ledgerSheets: Set<string>, duesSheets: Set<string>): Finding[] {
  const out: Finding[] = [];
  for (const view of views) {
    if (!ledgerSheets.has(view.name)) continue;
    const { rows, top, left } = view.sheet;
    let count = 0;
    let first: { row: number; col: number } | null = null;
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r];
      if (!cells) continue;
      for (let c = 0; c < cells.length; c++) {
        if (!isUncalculated(cells[c])) continue;
        count++;
        first ??= { row: top + r, col: left + c };
      }
    }
    if (first) out.push(uncalculatedFormulas(view.ref(first.row, first.col), count, duesSheets.has(view.name)));
  }
  return out;
}
