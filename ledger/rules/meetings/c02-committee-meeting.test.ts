import { describe, expect, it } from 'vitest';
import { c02CommitteeMeeting } from './c02-committee-meeting.js';
import { completeBranch } from '../test-support/complete-branch.js';
import { at, run } from '../test-support/run.js';

describe('C02 a period without 支委会', () => {
  it('fires for 2025-03 on the meetings sheet, period set, row and cell null', () => {
    const f = run(c02CommitteeMeeting, completeBranch(['committee@2025-03']).build());
    expect(at(f)).toEqual(['三会一课!-@-#2025-03']);
    expect(f[0].message).toContain('支委会');
  });
  it('is quiet when every period has one, and before the period has ended', () => {
    expect(run(c02CommitteeMeeting, completeBranch().build())).toEqual([]);
    expect(run(c02CommitteeMeeting, completeBranch(['committee@2025-03']).build(), '2025-03-30')).toEqual([]);
  });
});
