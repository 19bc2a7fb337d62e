/**
 * Synthetic citizen ID numbers for sample workbooks (GB 11643-1999): a real region code,
 * the birth date, a sequence whose last digit is odd for men and even for women, and the
 * check character (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 → 1 0 X 9 8 7 6 5 4 3 2).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function checkChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** seq picks the 3-digit sequence; its parity is set by the sex (odd = male). */
export function makeId(region: string, birth: string, seq: number, gender: '男' | '女'): string {
  const n = (seq * 2 + (gender === '男' ? 1 : 0)) % 1000;
  const first17 = region + birth.replaceAll('-', '') + String(n).padStart(3, '0');
  return first17 + checkChar(first17);
}

/** A valid ID whose check character is X (a near miss: X is not a typo). */
export function makeIdWithX(region: string, birth: string, gender: '男' | '女'): string {
  for (let seq = 0; seq < 1000; seq++) {
    const id = makeId(region, birth, seq, gender);
    if (id.endsWith('X')) return id;
  }
  throw new Error('no X check character found');
}

/** The same ID with a wrong check character. */
export function breakCheck(id: string): string {
  const wrong = CHECK[(CHECK.indexOf(id[17]) + 3) % 11];
  return id.slice(0, 17) + wrong;
}

/**
 * A valid ID that, stored as a number, still shows its first 17 digits (the sex and birth
 * date survive; only the check digit is lost to floating point), so only M02 applies.
 */
export function makeIdSurvivingAsNumber(region: string, birth: string, gender: '男' | '女'): string {
  for (let seq = 0; seq < 1000; seq++) {
    const id = makeId(region, birth, seq, gender);
    if (/X$/.test(id)) continue;
    const back = String(Number(id));
    if (back.slice(0, 17) === id.slice(0, 17) && back !== id) return id;
  }
  throw new Error('no such ID');
}
