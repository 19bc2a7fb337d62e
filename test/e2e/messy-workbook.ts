/**
 * The messy workbook the e2e tests open in the stand-in host: the problem example branch
 * (examples/…（问题示例）.xlsx, read by the project's own reader), plus a cell that already has a
 * fill and one that already has a comment, so 清除标出 must put back exactly what was there.
 */
import { join } from 'node:path';
import { readWorkbookFile } from '../../generator/read/read-workbook.js';
import { checkGrid, type CheckResult } from '../../ledger/check.js';
import { readWorkbookGrid } from '../../addin/office/read-grid.js';
import { FakeExcelHost } from '../../addin/test-host/fake-excel.js';
import { modelFromGrid, type WorkbookModel } from '../../addin/test-host/workbook-model.js';
import { ROOT } from './harness.js';

export const MESSY_FILE = join(ROOT, 'examples', '县住房和城乡建设局党支部（问题示例）.xlsx');
export const USER_FILL = '#00B0F0';

export interface MessyWorkbook {
  model: WorkbookModel;
  /** what the pane should find: the engine over the grid the Office adapter reads from this model */
  expected: CheckResult;
  /** a finding cell that had a fill of its own before marking */
  filledCell: { sheet: string; cell: string };
  /** a finding cell that had a comment of its own before marking */
  commentedCell: { sheet: string; cell: string };
}

export async function messyWorkbook(): Promise<MessyWorkbook> {
  const model = modelFromGrid(await readWorkbookFile(MESSY_FILE));
  const host = new FakeExcelHost(structuredClone(model));
  const grid = await host.run((c) => readWorkbookGrid(c as unknown as Excel.RequestContext));
  const expected = checkGrid(grid, {});
  const cells = expected.findings.filter((f) => f.sheet && f.cell);
  const distinct = [...new Map(cells.map((f) => [`${f.sheet}!${f.cell}`, f])).values()];
  if (distinct.length < 3) throw new Error('the messy workbook should have findings on at least three cells');
  const [a, b] = distinct;
  const sheetA = model.sheets.find((s) => s.name === a.sheet)!;
  (sheetA.cells[a.cell!] ??= { v: null }).fill = USER_FILL;
  const sheetB = model.sheets.find((s) => s.name === b.sheet)!;
  model.comments.push({ id: 'user-comment', sheetId: sheetB.id, address: b.cell!, content: '用户自己的批注' });
  return { model, expected, filledCell: { sheet: a.sheet!, cell: a.cell! }, commentedCell: { sheet: b.sheet!, cell: b.cell! } };
}
