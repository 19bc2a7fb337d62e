/**
 * The body that investigates, named in the opening (…于2025年12月组织人员) and the 落款: --unit, else a
 * body the template names, else the 上级党组织 the branches stand under (it examines its own branches),
 * else the template's example as today (中共××机关委员会).
 */
import { commonParent } from '../../ledger/stats/common-parent.js';
import type { BranchStats } from '../../ledger/stats/stats-types.js';

/** The shipped example unit (中共××机关委员会) or none: a template that names no body of its own. */
export function isExampleUnit(unit: string): boolean {
  return !unit.trim() || /××|ＸＸ/.test(unit);
}

/**
 * The unit a summary over these branches signs with, where it is still the template's example
 * (中共××机关委员会: no --unit, no unit in the template, the branches under different bodies); else null.
 * The report cannot know the body, so the CLI asks for --unit instead of leaving ×× unremarked.
 */
export function exampleSummaryUnit(given: string | undefined, template: string, parents: readonly Pick<BranchStats, 'parent'>[]): string | null {
  const { unit } = investigatingUnit(given, template, commonParent(parents));
  return isExampleUnit(unit) ? unit : null;
}

/** The unit, and whether it is the 上级党组织 standing in because nobody named one. */
export function investigatingUnit(given: string | undefined, template: string, parent: string | null): { unit: string; fromParent: boolean } {
  if (given != null) return { unit: given, fromParent: false };
  return parent && isExampleUnit(template) ? { unit: parent, fromParent: true } : { unit: template, fromParent: false };
}
