import { describe, expect, it } from 'vitest';
import { c07Review } from './c07-review.js';
import { completeBranch } from '../test-support/complete-branch.js';
import { at, run } from '../test-support/run.js';

describe('C07 a period without 民主评议党员', () => {
  it('fires for 2025 on the meetings sheet, period set, row and cell null', () => {
    const f = run(c07Review, completeBranch(['review@2025']).build());
    expect(at(f)).toEqual(['三会一课!-@-#2025']);
    expect(f[0].message).toContain('民主评议党员');
  });
  it('is quiet when every period has one, and before the period has ended', () => {
    expect(run(c07Review, completeBranch().build())).toEqual([]);
    expect(run(c07Review, completeBranch(['review@2025']).build(), '2025-12-30')).toEqual([]);
  });
});

describe('C07 at a year\'s end', () => {
  it('says a 民主评议党员 of the year held early next year counts once recorded with the year', () => {
    const [f] = run(c07Review, completeBranch(['review@2025']).build());
    expect(f.message).toContain('2025年度的民主评议党员在2026年1—3月开展的，在本台账中登记并写明“2025年度”（如“2025年度民主评议党员”）即计入2025年。');
  });
});
