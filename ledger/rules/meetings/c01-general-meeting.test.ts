import { describe, expect, it } from 'vitest';
import { c01GeneralMeeting } from './c01-general-meeting.js';
import { completeBranch } from '../test-support/complete-branch.js';
import { at, run } from '../test-support/run.js';

describe('C01 a period without 支部党员大会', () => {
  it('fires for 2025-Q2 on the meetings sheet, period set, row and cell null', () => {
    const f = run(c01GeneralMeeting, completeBranch(['general@2025-Q2']).build());
    expect(at(f)).toEqual(['三会一课!-@-#2025-Q2']);
    expect(f[0].message).toContain('支部党员大会');
  });
  it('is quiet when every period has one, and before the period has ended', () => {
    expect(run(c01GeneralMeeting, completeBranch().build())).toEqual([]);
    expect(run(c01GeneralMeeting, completeBranch(['general@2025-Q2']).build(), '2025-06-29')).toEqual([]);
  });
});
