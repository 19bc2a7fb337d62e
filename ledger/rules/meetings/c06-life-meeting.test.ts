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

describe('C06 at a year\'s end', () => {
  it('says a 组织生活会 of the year held in January to March of the next counts once recorded with the year', () => {
    const [f] = run(c06LifeMeeting, completeBranch(['lifeMeeting@2025']).build());
    expect(f.message).toBe('三会一课：2025年没有组织生活会记录（组织生活会一般每年召开1次）。如已召开，请补录会议记录；如未召开，请按规定补开并记录。' +
      '2025年度的组织生活会在2026年1—3月召开的，在本台账中登记并写明“2025年度”（如“2025年度组织生活会”）即计入2025年。');
  });
});
