import { describe, expect, it } from 'vitest';
import { c06LifeMeeting } from './c06-life-meeting.js';
import { completeBranch } from '../test-support/complete-branch.js';
import { at, run } from '../test-support/run.js';

describe('C06 a period without 组织生活会', () => {
  it('fires for 2025 on the meetings sheet, period set, row and cell null', () => {
    const f = run(c06LifeMeeting, completeBranch(['lifeMeeting@2025']).build());
    expect(at(f)).toEqual(['三会一课!-@-#2025']);
    expect(f[0].message).toContain('组织生活会');
  });
  it('is quiet when every period has one, and before the period has ended', () => {
    expect(run(c06LifeMeeting, completeBranch().build())).toEqual([]);
    expect(run(c06LifeMeeting, completeBranch(['lifeMeeting@2025']).build(), '2025-12-30')).toEqual([]);
  });
});
