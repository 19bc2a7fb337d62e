/**
 * Synthetic citizen ID numbers, GB 11643-1999: region (6) + birth date (8) + sequence (3, odd = male)
 * + check character over the weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 → 1 0 X 9 8 7 6 5 4 3 2.
 */
import type { Rng } from './prng.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** Real county-level codes (GB/T 2260), so a region check passes. */
export const REGION_CODES = [
  '110101', '110105', '310104', '310115', '440305', '440106', '510104', '420102', '370202', '320106',
  '330106', '610113', '130102', '410105', '430104', '350203', '210102', '500103', '340104', '360102',
];

export function checkChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** A valid ID for birth 'YYYY-MM-DD' and gender, unique within `used`. */
export function makeId(rng: Rng, birth: string, male: boolean, used: Set<string>): string {
  for (;;) {
    const region = rng.pick(REGION_CODES);
    let seq = rng.int(0, 499) * 2 + (male ? 1 : 0);
    if (seq === 0) seq = 2;
    const first17 = region + birth.replaceAll('-', '') + String(seq).padStart(3, '0');
    const id = first17 + checkChar(first17);
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

/** The same ID with a wrong check character (a typo in the last place). */
export function breakCheckChar(id: string): string {
  const right = id[17];
  const wrong = right === '3' ? '7' : right === 'X' ? '5' : '3';
  return id.slice(0, 17) + wrong;
}
