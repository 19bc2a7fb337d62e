import { describe, expect, it } from 'vitest';
import { percent } from './format.js';
import { duesRate } from './branch-vars.js';

describe('percent', () => {
  it('rounds to one decimal', () => {
    expect(percent(132, 136)).toBe('97.1%');
    expect(percent(3, 3)).toBe('100.0%');
    expect(percent(0, 3)).toBe('0.0%');
    expect(percent(1, 0)).toBe('—');
  });

  it('never reads 100.0% for a share short of the whole, nor 0.0% for a share above nothing', () => {
    expect(percent(9996, 10000)).toBe('99.9%');
    expect(percent(4, 10000)).toBe('0.1%');
  });

  it('keeps a 收缴率 with members in arrears under 100% (README 统计口径)', () => {
    // 青山镇王庄村党支部 of a generated corpus: 2 members short by a few yuan of 19,000 due
    expect(duesRate({ due: 19000, paid: 18996, collected: 18996, membersInArrears: 2 })).toBe('99.9%');
  });
});
