/** Counting 正式党员 for the 支部工作条例 thresholds (only 正式党员 count). */
import type { IsoDate, Ledger, Member } from '../../model/ledger.js';
import { yearMembers } from '../../model/year-members.js';
import { statsYear } from '../support/dates.js';
import { categoryOf } from '../support/category.js';
import { perLedger } from '../support/per-ledger.js';
import { committeeOf, type Committee } from './committee.js';

/**
 * The roster's members of the year judged (as the stats count them: a row kept after 2023年5月转出 is
 * none), or null when the roster is missing or names none.
 */
export function rosterOf(ledger: Ledger, asOf: IsoDate): readonly Member[] | null {
  const ms = yearMembers(ledger, statsYear(ledger, asOf));
  return ms.length > 0 ? ms : null;
}

/**
 * The committee of the year's members, for every rule and the stats alike (B02, B04, C02's requirement,
 * C04's 书记讲党课, C09's seats, C11): a 书记 whose row is kept after "2024年12月转出" is no longer it.
 */
export const yearCommittee = perLedger(
  (ledger: Ledger, asOf: IsoDate): Committee => committeeOf(rosterOf(ledger, asOf) ?? []),
  (asOf: IsoDate) => asOf,
);

/** 正式党员 count, or null when no member's category is known (nothing to judge by). */
export function fullCount(members: readonly Member[]): number | null {
  if (!members.some((m) => categoryOf(m) != null)) return null;
  return members.filter((m) => m.effectiveCategory === '正式党员').length;
}
