/**
 * A small number as branches write it in names: figures (1, 12) or Chinese numerals 一 … 九十九
 * (十二, 二十, 二十三). "第一支部", "第1支部" and "一支部" are one branch.
 */
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The number `text` writes, or NaN (一二 is no number). */
export function smallNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m) return NaN;
  // 一 … 九 alone
  if (!m[2]) return m[1] && !m[3] ? CN_DIGITS[m[1]] : NaN;
  return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[3] ? CN_DIGITS[m[3]] : 0);
}
