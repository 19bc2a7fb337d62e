/** A member's category as the rules judge it. */
import type { Member, MemberCategory } from '../../model/ledger.js';

/**
 * effectiveCategory, else: in a roster without a 党员类别 column that keeps 转正时间 (as national-system
 * exports do), an empty 转正时间 marks a 预备党员 (党章第七条: 预备党员 until 转正).
 */
export function categoryOf(m: Member): MemberCategory | null {
  if (m.effectiveCategory) return m.effectiveCategory;
  if (m.category.ref == null && m.fullDate.ref != null && m.fullDate.value == null && !m.fullDate.unreadable) return '预备党员';
  return null;
}
