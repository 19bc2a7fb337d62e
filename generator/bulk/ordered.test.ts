import { describe, expect, it } from 'vitest';
import { forEachOrdered } from './ordered.js';

const later = <T>(ms: number, v: T) => new Promise<T>((r) => setTimeout(() => r(v), ms));

describe('forEachOrdered', () => {
  it('consumes in input order however the work finishes, never more than the window in flight', async () => {
    const items = [30, 1, 20, 2, 10, 3, 0];
    let inFlight = 0, most = 0;
    const seen: number[] = [];
    await forEachOrdered(items, 3, async (ms) => {
      inFlight++;
      most = Math.max(most, inFlight);
      const v = await later(ms, ms);
      inFlight--;
      return v * 10;
    }, (r, item) => { seen.push(r); expect(r).toBe(item * 10); });
    expect(seen).toEqual(items.map((x) => x * 10));
    expect(most).toBeLessThanOrEqual(3);
    expect(most).toBeGreaterThan(1);
  });

  it('waits for each consume before taking more work', async () => {
    const log: string[] = [];
    await forEachOrdered([1, 2, 3], 1, async (x) => { log.push(`work ${x}`); return x; }, async (x) => { await later(1, 0); log.push(`consume ${x}`); });
    expect(log).toEqual(['work 1', 'consume 1', 'work 2', 'consume 2', 'work 3', 'consume 3']);
  });

  it('passes a failed item on as a rejection, in its turn', async () => {
    const seen: number[] = [];
    await expect(forEachOrdered([1, 2, 3], 3, async (x) => { if (x === 2) throw new Error('two'); return x; }, (x) => { seen.push(x); }))
      .rejects.toThrow('two');
    expect(seen).toEqual([1]);
  });
});
