/**
 * The year an annual meeting was held for. A branch's 组织生活会 and 民主评议党员 of a year are often
 * held in January to March of the next ("2025年度专题组织生活会" on 2026-01-20) and kept at the end of
 * that year's ledger: they are that year's, not a year without them (C06, C07) and a misdated row (C12).
 */
import type { Meeting, MeetingType } from '../../model/ledger.js';
import { toHalfWidth } from '../../values/half-width.js';

/** The meeting types held once a year, whose record may say which year it was for. */
export const ANNUAL_TYPES: readonly MeetingType[] = ['lifeMeeting', 'review'];

/** "2025年度…", or "2025年" just before the meeting's name ("2025年专题组织生活会", "2025年民主评议党员"). */
const FOR_YEAR = /(\d{4})\s*(?:年度|年\s*(?:度\s*)?(?:专题)?(?=组织生活会|民主评议|民主生活会))/;

/** Only so long after the year: a record of late in the next year is that year's own. */
export const LAST_MONTH_AFTER = 3;

/**
 * The year an annual meeting held early in the next year was for, as its type or topic says;
 * null for any other meeting (held in the year it names, or not annual, or not saying).
 */
export function heldForYear(m: Meeting): number | null {
  const d = m.date.value;
  if (!d || d.precision === 'year' || !m.types.some((t) => ANNUAL_TYPES.includes(t))) return null;
  for (const text of [m.typeText.value, m.topic.value]) {
    if (!text) continue;
    const found = FOR_YEAR.exec(toHalfWidth(text));
    if (!found) continue;
    const year = Number(found[1]);
    const heldYear = Number(d.date.slice(0, 4));
    const heldMonth = Number(d.date.slice(5, 7));
    return heldYear === year + 1 && heldMonth <= LAST_MONTH_AFTER ? year : null;
  }
  return null;
}
