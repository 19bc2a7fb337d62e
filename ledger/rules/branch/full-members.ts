/** Counting 正式党员 for the 支部工作条例 thresholds (only 正式党员 count). */
import type { Ledger, Member } from '../../model/ledger.js';
import { categoryOf } from '../support/category.js';

/** The roster's members, or null when the roster is missing or empty. */
export function rosterOf(ledger: Ledger): Member[] | null {
  const ms = ledger.members?.members ?? [];
  return ms.length > 0 ? ms : null;
}

/** 正式党员 count, or null when no member's category is known (nothing to judge by). */
export function fullCount(members: Member[]): number | null {
  if (!members.some((m) => categoryOf(m) != null)) return null;
  return members.filter((m) => m.effectiveCategory === '正式党员').length;
}
