/**
 * How figures read in a report: counts as plain numbers, shares with one decimal, yuan with two,
 * dates in Arabic numerals without leading zeros (GB/T 9704-2012 §7.3.5.1: "2025年12月31日").
 */

/**
 * Shares: one decimal, "—" where there is nothing to divide by. A share short of the whole never
 * reads 100.0%, nor a share above nothing 0.0%: a 收缴率 of 99.96% beside members in arrears is
 * not "100.0%" (README 统计口径: 必低于 100%), nor a completion rate with a period missed.
 */
export function percent(part: number, whole: number): string {
  if (!(whole > 0)) return '—';
  return `${(tenths(part, whole) / 10).toFixed(1)}%`;
}

/** part/whole in tenths of a percent, rounded, kept off 0 and 1000 unless the part is nothing or the whole. */
function tenths(part: number, whole: number): number {
  const t = Math.round((part / whole) * 1000);
  if (part > 0 && part < whole) return Math.min(999, Math.max(1, t));
  return t;
}

export function yuan(x: number): string {
  return (Math.round(x * 100) / 100).toFixed(2);
}

export function cnDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function cnMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return `${y}年${m}月`;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 25 → 二十五 (up to 99, enough for report numbering). */
export function cnNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  return String(n);
}

/** "第一，" numbering of points inside a section (seed 003). */
export function ordinal(n: number): string {
  return `第${cnNumber(n)}，`;
}

/** Branch names in a sentence: all of them up to `max`, else the first `max` and the count. */
export function nameList(names: string[], max = 10): string {
  if (names.length <= max) return names.join('、');
  return `${names.slice(0, max).join('、')}等${names.length}个支部`;
}
