/**
 * What a roster row says of the member's moves: the 备注, and a death written where the 在职状态 goes
 * ("2024年病故"). One list for every reader of membership-note.ts (dues months, who the year's members
 * are, D01, 应到), so a death in the status column ends the membership for all of them alike.
 */
import type { Member } from './ledger.js';
import { rawText } from '../values/cell-text.js';
import { namesDeath } from '../values/membership-note.js';

export function memberNotes(m: Member | null | undefined): (string | null | undefined)[] {
  const notes: (string | null | undefined)[] = [m?.note.value];
  const status = m?.status.raw ? rawText(m.status.raw.v) : null;
  if (namesDeath(status)) notes.push(status);
  return notes;
}
