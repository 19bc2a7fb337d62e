/**
 * Citizen ID numbers, GB 11643-1999 (公民身份号码): 6-digit region code, 8-digit birth
 * date, 3-digit sequence (odd = male), one check character (ISO 7064 MOD 11-2).
 */
import type { Gender, IdNumberValue, IsoDate } from '../../model/ledger.js';
import { isValidDate, isoDate } from '../../time/calendar.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];

/** Province-level codes of GB/T 2260 (first two digits), plus 81/82/83 for 港澳台 residence permits. */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

export type IdProblem =
  | { kind: 'old15' }
  | { kind: 'length'; length: number }
  | { kind: 'characters' }
  | { kind: 'region'; code: string }
  | { kind: 'birth'; text: string }
  | { kind: 'futureBirth'; birth: IsoDate }
  | { kind: 'check'; expected: string; actual: string };

/** The check character the first 17 digits call for. */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** Normalise as typed: trim, drop inner spaces, upper-case x. */
export function normaliseId(text: string): string {
  return text.replace(/[\s\u3000]+/g, '').toUpperCase();
}

/**
 * The ID as a key to tell whether two rows are one person (M04; a dues row and the roster): normalised,
 * and null where equal keys would prove nothing: a number has lost digits, a short text is no ID.
 */
export function idKey(id: IdNumberValue | null | undefined): string | null {
  if (!id || id.storedAsNumber) return null;
  const t = normaliseId(id.text);
  return t.length >= 15 ? t : null;
}

/**
 * A 港澳居民来往内地通行证 number (H for Hong Kong, M for Macau, then 8 digits, or 10 on the older
 * cards): what a member from Hong Kong or Macau without a residence permit writes where the ID goes.
 * It is the document the member has, not a wrong ID, and tells no birth date or sex.
 */
export function isHkMacauPermit(text: string): boolean {
  return /^[HM]\d{8}(?:\d{2})?$/.test(normaliseId(text));
}

/**
 * The first problem of an ID, or null when it is valid. `today` bounds the birth date
 * (a birth date in the future is impossible).
 */
export function idProblem(raw: string, today: IsoDate): IdProblem | null {
  const id = normaliseId(raw);
  if (/^\d{15}$/.test(id)) return { kind: 'old15' };
  if (id.length !== 18) return { kind: 'length', length: id.length };
  if (!/^\d{17}[\dX]$/.test(id)) return { kind: 'characters' };
  if (!PROVINCES.has(id.slice(0, 2))) return { kind: 'region', code: id.slice(0, 2) };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  if (y < 1900 || !isValidDate(y, m, d)) return { kind: 'birth', text: id.slice(6, 14) };
  const birth = isoDate(y, m, d);
  if (birth > today) return { kind: 'futureBirth', birth };
  const expected = checkCharacter(id.slice(0, 17));
  if (expected !== id[17]) return { kind: 'check', expected, actual: id[17] };
  return null;
}

/**
 * An ID partly hidden with * (110101********8428, 1101011980****8428), as rosters sent upward often
 * are to protect members' data: it cannot be checked, and is not wrong.
 */
export function isMaskedId(raw: string): boolean {
  const id = normaliseId(raw);
  return id.length === 18 && /\*{3,}/.test(id) && /^[\d*]{17}[\dX*]$/.test(id);
}

export function isValidId(raw: string, today: IsoDate): boolean {
  return idProblem(raw, today) === null;
}

/** Birth date of a well-formed 18-digit ID (no validation beyond the date). */
export function birthFromId(raw: string): IsoDate | null {
  const id = normaliseId(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return null;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  return isValidDate(y, m, d) ? isoDate(y, m, d) : null;
}

/** Gender of a well-formed 18-digit ID: the 17th digit, odd = 男. */
export function genderFromId(raw: string): Gender | null {
  const id = normaliseId(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return null;
  return Number(id[16]) % 2 === 1 ? '男' : '女';
}
