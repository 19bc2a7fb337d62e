/**
 * Which ledger a sheet was read as (BranchStats.sheets), for a finding that names only its sheet
 * (a W02/W03): the findings workbook's 台账 column and the reports' good examples ask.
 */
import type { BranchStats } from './stats-types.js';
import { maskIdsInText } from '../values/mask.js';

export type SheetArea = keyof NonNullable<BranchStats['sheets']>;

const AREAS: SheetArea[] = ['members', 'dues', 'meetings', 'info'];

/**
 * The ledger `sheet` belongs to, or null. Names compare as findings carry them, ID numbers masked
 * (a sheet named after a member's ID is masked in a digest's findings, not in its stats).
 */
export function sheetArea(sheets: NonNullable<BranchStats['sheets']>, sheet: string): SheetArea | null {
  const shown = maskIdsInText(sheet);
  return AREAS.find((a) => sheets[a].some((s) => s === sheet || maskIdsInText(s) === shown)) ?? null;
}
