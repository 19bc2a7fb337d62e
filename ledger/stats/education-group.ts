/**
 * 学历 as written (文化程度, with the many spellings of real rosters) → the groups the
 * reports quote. More specific words are tried first: 研究生 before 大学, 大学专科 counts as 大专.
 */
import type { EducationGroup } from './stats-types.js';

const PATTERNS: [RegExp, EducationGroup][] = [
  [/博士|硕士|研究生/, '研究生'],
  [/大专|专科|高职/, '大专'],
  [/本科|大学|学士/, '大学本科'],
  [/中专|高中|中技|职高|技校|中师|普高/, '中专及高中'],
  [/初中|小学|文盲|半文盲/, '初中及以下'],
];

export function educationGroup(text: string | null | undefined): EducationGroup {
  const s = (text ?? '').replace(/\s+/g, '');
  if (!s) return '不详';
  for (const [re, group] of PATTERNS) if (re.test(s)) return group;
  return '不详';
}
