/** Counting 正式党员 for the 支部工作条例 thresholds (only 正式党员 count). */
import type { IsoDate, Ledger, Member } from '../../model/ledger.js';
import { yearMembers } from '../../model/year-members.js';
import { statsYear } from '../support/dates.js';
import { categoryOf } from '../support/category.js';

/**
 * The roster's members of the year judged (as the stats count them: a row kept after 2023年5月转出 is
 * none), or null when the roster is missing or names none.
 */
export function rosterOf(ledger: Ledger, asOf: IsoDate): readonly Member[] | null {
  const ms = yearMembers(ledger, statsYear(ledger, asOf));
  return ms.length > 0 ? ms : null;
}

/** 正式党员 count, or null when no member's category is known (nothing to judge by). */
export function fullCount(members: readonly Member[]): number | null {
  if (!members.some((m) => categoryOf(m) != null)) return null;
  return members.filter((m) => m.effectiveCategory === '正式党员').length;
}
