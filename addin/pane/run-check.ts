/**
 * One check of the open workbook: read it through the gateway, run the engine. Shared by the pane,
 * the ribbon command and the bench, so all three measure and show the same thing.
 */
import { checkGrid, type CheckResult } from '../../ledger/check.js';
import type { WorkbookGateway, StoredCheckSettings } from '../office/excel-gateway.js';

export interface CheckRun {
  result: CheckResult;
  /** milliseconds spent reading the workbook and in the engine */
  readMs: number;
  checkMs: number;
}

export async function runCheck(gateway: WorkbookGateway, options: StoredCheckSettings, now: () => number = () => performance.now()): Promise<CheckRun> {
  const t0 = now();
  const grid = await gateway.readGrid();
  const t1 = now();
  const result = checkGrid(grid, { asOf: options.asOf ?? undefined, settings: options.settings });
  return { result, readMs: t1 - t0, checkMs: now() - t1 };
}
