/** A member's birth date: the 出生日期 column, else a valid ID number. */
import type { DateValue, IsoDate, Member } from '../../model/ledger.js';
import { birthFromId, isValidId } from './id-number.js';

export function validIdText(m: Member, asOf: IsoDate): string | null {
  const id = m.idNumber.value;
  if (!id || id.storedAsNumber) return null;
  return isValidId(id.text, asOf) ? id.text : null;
}

export function birthOf(m: Member, asOf: IsoDate): DateValue | null {
  if (m.birthDate.value) return m.birthDate.value;
  const id = validIdText(m, asOf);
  const b = id ? birthFromId(id) : null;
  return b ? { date: b, precision: 'day' } : null;
}
