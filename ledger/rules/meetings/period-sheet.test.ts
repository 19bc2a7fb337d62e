import { describe, expect, it } from 'vitest';
import type { Ledger, Meeting } from '../../model/ledger.js';
import { c02CommitteeMeeting } from './c02-committee-meeting.js';
import { c04Lecture } from './c04-lecture.js';
import { c06LifeMeeting } from './c06-life-meeting.js';
import { completeBranch } from '../test-support/complete-branch.js';
import { at, run } from '../test-support/run.js';

/** The built ledger's meetings kept in several sheets, as recognition reads a split ledger. */
function split(l: Ledger, sheetOf: (m: Meeting) => string): Ledger {
  const meetings = l.meetings!.meetings.map((m) => ({ ...m, sheet: sheetOf(m) }));
  return { ...l, meetings: { ...l.meetings!, sheet: meetings[0].sheet, sheets: [...new Set(meetings.map((m) => m.sheet))], meetings } };
}

const QUARTER = ['第一季度', '第二季度', '第三季度', '第四季度'];
const byQuarter = (m: Meeting) => QUARTER[Math.floor((Number(m.date.value!.date.slice(5, 7)) - 1) / 3)];

describe('a missing meeting in a meetings ledger split over several sheets', () => {
  it('is reported on the sheet its period is kept in (one sheet a quarter)', () => {
    expect(at(run(c02CommitteeMeeting, split(completeBranch(['committee@2025-08']).build(), byQuarter)))).toEqual(['第三季度!-@-#2025-08']);
    expect(at(run(c04Lecture, split(completeBranch(['lecture@2025-Q2']).build(), byQuarter)))).toEqual(['第二季度!-@-#2025-Q2']);
    expect(at(run(c06LifeMeeting, split(completeBranch(['lifeMeeting@2025']).build(), byQuarter)))).toEqual(['第四季度!-@-#2025']);
  });

  it('is reported on the sheet that keeps its type (one sheet a meeting type)', () => {
    const l = split(completeBranch(['committee@2025-08']).build(), (m) => (m.types.includes('committee') ? '支委会' : '组织生活'));
    expect(at(run(c02CommitteeMeeting, l))).toEqual(['支委会!-@-#2025-08']);
    const plenary = (m: Meeting) => (m.types.some((t) => t === 'general' || t === 'lecture') ? '党员大会及党课' : '其他');
    expect(at(run(c04Lecture, split(completeBranch(['lecture@2025-Q2']).build(), plenary)))).toEqual(['党员大会及党课!-@-#2025-Q2']);
  });
});
