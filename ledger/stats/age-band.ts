/**
 * Age bands of the reports (age on the as-of date). The birth date comes from the
 * 出生日期 column, else from the ID number (GB 11643-1999: characters 7–14).
 */
import type { IsoDate, Member } from '../model/ledger.js';
import { isValidDate, yearsBetween } from '../time/calendar.js';
import type { AgeBand } from './stats-types.js';

export function ageBand(age: number | null): AgeBand {
  if (age == null || age < 0) return '不详';
  if (age <= 35) return '35岁及以下';
  if (age <= 45) return '36至45岁';
  if (age <= 55) return '46至55岁';
  if (age <= 60) return '56至60岁';
  return '61岁及以上';
}

/** Birth date as judged for statistics: the column, else the ID, else null. */
export function birthDateOf(m: Member): IsoDate | null {
  if (m.birthDate.value) return m.birthDate.value.date;
  const id = m.idNumber.value;
  if (!id || id.storedAsNumber || id.text.length !== 18) return null;
  const y = Number(id.text.slice(6, 10));
  const mo = Number(id.text.slice(10, 12));
  const d = Number(id.text.slice(12, 14));
  if (!isValidDate(y, mo, d)) return null;
  return id.text.slice(6, 10) + '-' + id.text.slice(10, 12) + '-' + id.text.slice(12, 14);
}

export function ageOn(m: Member, asOf: IsoDate): number | null {
  const birth = birthDateOf(m);
  return birth == null || birth > asOf ? null : yearsBetween(birth, asOf);
}
