/**
 * Runs `work` over `items` with at most `window` in flight and hands each result to `consume`
 * strictly in input order (deterministic output whatever order the threads finish in).
 */
export async function forEachOrdered<I, R>(
  items: readonly I[],
  window: number,
  work: (item: I) => Promise<R>,
  consume: (result: R, item: I) => Promise<void> | void,
): Promise<void> {
  const inFlight: { item: I; result: Promise<R> }[] = [];
  for (const item of items) {
    const result = work(item);
    result.catch(() => undefined); // awaited below, in order; no unhandled rejection meanwhile
    inFlight.push({ item, result });
    if (inFlight.length >= Math.max(1, window)) {
      const head = inFlight.shift()!;
      await consume(await head.result, head.item);
    }
  }
  while (inFlight.length > 0) {
    const head = inFlight.shift()!;
    await consume(await head.result, head.item);
  }
}
