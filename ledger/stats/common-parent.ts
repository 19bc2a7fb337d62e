/**
 * The 上级党组织 every branch names alike, or null where some name none or they differ: a summary
 * over the branches of one body is about that body's branches (关于中共××委员会所属党支部…的调研报告).
 * Compared without spaces and with full-width letters and digits as half-width, as typed in different
 * workbooks; given as the first branch writes it.
 */
import { compact } from '../values/cell-text.js';
import type { BranchStats } from './stats-types.js';

export function commonParent(stats: readonly Pick<BranchStats, 'parent'>[]): string | null {
  const first = stats[0]?.parent?.trim();
  if (!first) return null;
  const key = compact(first.normalize('NFKC'));
  return stats.every((s) => s.parent != null && compact(s.parent.normalize('NFKC')) === key) ? first : null;
}
