import { describe, expect, it } from 'vitest';
import { percent, shareTenths, tenthsText } from './format.js';
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

describe('shareTenths', () => {
  const shown = (parts: number[], whole: number) => shareTenths(parts, whole)!.map(tenthsText);
  const total = (parts: number[], whole: number) => shareTenths(parts, whole)!.reduce((a, t) => a + t, 0);

  it('rounds the shares of one whole together so they add up to 100.0% (largest remainder)', () => {
    // each on its own: 33.3% three times, 99.9% in all; 16.7% six times, 100.2%
    expect(shown([1, 1, 1], 3)).toEqual(['33.4%', '33.3%', '33.3%']);
    expect(total([1, 1, 1, 1, 1, 1], 6)).toBe(1000);
    expect(shown([2, 1, 4], 7)).toEqual(['28.6%', '14.3%', '57.1%']);
    expect(total([5, 0, 7, 11, 3, 1], 27)).toBe(1000);
  });

  it('keeps a share above nothing off 0.0% and one short of the whole off 100.0%, still adding up', () => {
    expect(shown([9998, 1, 1], 10000)).toEqual(['99.8%', '0.1%', '0.1%']);
    expect(total([9998, 1, 1], 10000)).toBe(1000);
    expect(shown([0, 5, 0], 5)).toEqual(['0.0%', '100.0%', '0.0%']);
  });

  it('rounds each on its own where the parts are not the whole split, and gives nothing over nothing', () => {
    expect(shown([1, 1], 3)).toEqual([percent(1, 3), percent(1, 3)]);
    expect(shareTenths([0, 0], 0)).toBeNull();
  });
});
