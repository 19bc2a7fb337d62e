import { describe, expect, it } from 'vitest';
import { c03GroupMeeting } from './c03-group-meeting.js';
import { completeBranch } from '../test-support/complete-branch.js';
import { at, run } from '../test-support/run.js';

describe('C03 a period without 党小组会', () => {
  it('fires for 2025-11 on the meetings sheet, period set, row and cell null', () => {
    const f = run(c03GroupMeeting, completeBranch(['group@2025-11']).build());
    expect(at(f)).toEqual(['三会一课!-@-#2025-11']);
    expect(f[0].message).toContain('党小组会');
  });
  it('is quiet when every period has one, and before the period has ended', () => {
    expect(run(c03GroupMeeting, completeBranch().build())).toEqual([]);
    expect(run(c03GroupMeeting, completeBranch(['group@2025-11']).build(), '2025-11-29')).toEqual([]);
  });
});
