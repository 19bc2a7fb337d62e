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
  return tenthsText(tenths(part, whole));
}

/** part/whole in tenths of a percent, rounded, kept off 0 and 1000 unless the part is nothing or the whole. */
function tenths(part: number, whole: number): number {
  const t = Math.round((part / whole) * 1000);
  if (part > 0 && part < whole) return Math.min(999, Math.max(1, t));
  return t;
}

/**
 * Shares of one whole shown side by side (年龄结构, 学历结构), in tenths of a percent: rounded by the
 * largest remainder (Hamilton's method), so that together they read 100.0%, where each rounded on its
 * own could read 99.9% or 100.1%. As in percent(), a share above nothing never reads 0.0%, nor one short
 * of the whole 100.0%. Parts that are not the whole split (their sum is not `whole`) are each rounded
 * on their own; null where there is nothing to divide by.
 */
export function shareTenths(parts: readonly number[], whole: number): number[] | null {
  if (!(whole > 0)) return null;
  const sum = parts.reduce((a, n) => a + n, 0);
  if (Math.abs(sum - whole) > 1e-9 * whole) return parts.map((n) => tenths(n, whole));
  const exact = parts.map((n) => (n / whole) * 1000);
  const t = exact.map(Math.floor);
  let left = 1000 - t.reduce((a, n) => a + n, 0);
  // the largest remainders take the tenths left over; on a tie the earlier part, so the result is stable
  const order = parts.map((_, i) => i).sort((a, b) => (exact[b] - t[b]) - (exact[a] - t[a]) || a - b);
  for (const i of order) if (left-- > 0) t[i]++;
  // a part above nothing shows at least 0.1%, taken from the largest share (which keeps the whole at 100.0%)
  parts.forEach((n, i) => {
    if (n > 0 && t[i] === 0) {
      const big = t.indexOf(Math.max(...t));
      t[big]--;
      t[i] = 1;
    }
  });
  return t;
}

/** Tenths of a percent as a share: 123 → "12.3%". */
export function tenthsText(t: number): string {
  return `${(t / 10).toFixed(1)}%`;
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

/** Up to this many branches are named in a list of the summary; beyond, "…等N个支部". */
export const BRANCHES_NAMED = 300;

/** Branch names in a sentence: all of them up to `max`, else the first `max` and the count. */
export function nameList(names: string[], max = 10): string {
  if (names.length <= max) return names.join('、');
  return `${names.slice(0, max).join('、')}等${names.length}个支部`;
}
