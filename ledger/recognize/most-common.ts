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
