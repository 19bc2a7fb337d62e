/** The most frequent number of a list (the earliest on ties), or null when empty. */
export function mostCommon(values: Iterable<number>): number | null {
  const counts = new Map<number, number>();
  let best: number | null = null;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount || (c === bestCount && best != null && v < best)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/**
 * The year a ledger's dated records are of when no 统计年度 is written: the latest year holding at
 * least half as many records as the busiest one. A meetings sheet kept running from January 2024
 * to December 2025 is this year's ledger with last year's records above it, not last year's; a
 * stray date of next year, or last December's meeting in this year's sheet, does not move it.
 */
export function ledgerYearOf(values: Iterable<number>): number | null {
  const counts = new Map<number, number>();
  let max = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > max) max = c;
  }
  let best: number | null = null;
  for (const [y, c] of counts) if (c * 2 >= max && (best == null || y > best)) best = y;
  return best;
}
