/**
 * The body that investigates, named in the opening (…于2025年12月组织人员) and the 落款: --unit, else a
 * body the template names, else the 上级党组织 the branches stand under (it examines its own branches),
 * else the template's example as today (中共××机关委员会).
 */

/** The shipped example unit (中共××机关委员会) or none: a template that names no body of its own. */
function isExampleUnit(unit: string): boolean {
  return !unit.trim() || /××|ＸＸ/.test(unit);
}

/** The unit, and whether it is the 上级党组织 standing in because nobody named one. */
export function investigatingUnit(given: string | undefined, template: string, parent: string | null): { unit: string; fromParent: boolean } {
  if (given != null) return { unit: given, fromParent: false };
  return parent && isExampleUnit(template) ? { unit: parent, fromParent: true } : { unit: template, fromParent: false };
}
