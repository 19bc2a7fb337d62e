/**
 * 去年/今年/前年 in a note are relative to the ledger's year (统计年度), not to today: in a 2025
 * ledger "去年12月转出" is 2024年12月, whenever the check is run. Written out as years, so the dated
 * patterns of the notes read them as they read "2024年12月转出".
 */
import { toHalfWidth } from './half-width.js';

const OFFSET: Record<string, number> = { 前年: -2, 去年: -1, 上年: -1, 今年: 0 };
// 上年 not in "以上年老" (60岁以上年老体弱), 今年 not in "至今年" (until now … a year)
const RELATIVE = /前年|去年|(?<!以)上年|(?<!至)今年/g;
const ANY = /前年|去年|上年|今年/;

/** `note` (half-width) with its relative years written out as years of `year`'s ledger. */
export function absoluteYears(note: string, year: number): string {
  const text = toHalfWidth(note);
  return ANY.test(text) ? text.replace(RELATIVE, (w) => `${year + OFFSET[w]}年`) : text;
}
