/**
 * The 上级党组织 every branch names alike, or null where some name none or they differ: a summary
 * over the branches of one body is about that body's branches (关于中共××委员会所属党支部…的调研报告).
 * Compared without spaces and with full-width letters and digits as half-width, as typed in different
 * workbooks; given as the first branch writes it.
 */
import { compact } from '../values/cell-text.js';
import type { BranchStats } from './stats-types.js';

/** Two writings of one body's name alike (spaces, full-width letters and digits aside). */
export function sameBody(a: string, b: string): boolean {
  return bodyKey(a) === bodyKey(b);
}

/** A body's name as compared: without spaces, full-width letters and digits as half-width. */
export function bodyKey(name: string): string {
  return compact(name.trim().normalize('NFKC'));
}

export function commonParent(stats: readonly Pick<BranchStats, 'parent'>[]): string | null {
  const first = stats[0]?.parent?.trim();
  if (!first) return null;
  return stats.every((s) => s.parent != null && sameBody(s.parent, first)) ? first : null;
}
