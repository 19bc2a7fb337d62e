/**
 * What a roster row says of the member's moves: the 备注, and a death written where the 在职状态 goes
 * ("2024年病故"), and the 转入时间 / 转出时间 columns of a roster that keeps them. One list for every reader of membership-note.ts (dues months, who the year's members
 * are, D01, 应到), so a death in the status column ends the membership for all of them alike.
 */
import type { DateValue, Member } from './ledger.js';
import { rawText } from '../values/cell-text.js';
import { namesDeath } from '../values/membership-note.js';

export function memberNotes(m: Member | null | undefined): (string | null | undefined)[] {
  const notes: (string | null | undefined)[] = [m?.note.value];
  const status = m?.status.raw ? rawText(m.status.raw.v) : null;
  if (namesDeath(status)) notes.push(status);
  // a 转入时间 / 转出时间 column says what a note would: "2025年5月转入"
  const moved = (d: DateValue | null | undefined, word: string) => {
    if (d) notes.push(`${d.date.slice(0, 4)}年${d.precision === 'year' ? '' : `${Number(d.date.slice(5, 7))}月`}${word}`);
  };
  moved(m?.transferIn?.value, '转入');
  moved(m?.transferOut?.value, '转出');
  return notes;
}
