/**
 * Seeded PRNG (mulberry32): the corpus must be byte-for-byte reproducible from (seed, n),
 * so no Math.random anywhere in the generator.
 */
export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** integer in [lo, hi] */
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  /** true with probability p */
  chance(p: number): boolean;
  shuffle<T>(xs: T[]): T[];
  /** k distinct items */
  sample<T>(xs: readonly T[], k: number): T[];
}

export function makeRng(seed: number): Rng {
  let a = seed >>> 0 || 0x9e3779b9;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const shuffle = <T>(xs: T[]): T[] => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = int(0, i);
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  };
  return {
    next,
    int,
    pick: (xs) => xs[int(0, xs.length - 1)],
    chance: (p) => next() < p,
    shuffle,
    sample: (xs, k) => shuffle([...xs]).slice(0, k),
  };
}

/** Derive an independent stream per file so files do not shift when one changes. */
export function fileSeed(seed: number, index: number): number {
  let h = (seed * 2654435761) ^ (index * 40503 + 0x5bd1e995);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 13)) >>> 0;
}
