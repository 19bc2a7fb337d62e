import { describe, expect, it } from 'vitest';
import { percent, shares } from './format.js';
import { duesRate } from './branch-vars.js';

const add = (xs: string[]) => Math.round(xs.reduce((a, x) => a + Number(x.replace('%', '')) * 10, 0)) / 10;

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

describe('shares', () => {
  it('add up to 100.0% where rounding each alone gives 100.1%', () => {
    const counts = [205, 166, 177, 79, 119];
    expect(counts.map((n) => percent(n, 746)).join('+')).toBe('27.5%+22.3%+23.7%+10.6%+16.0%');
    const s = shares(counts, 746);
    expect(add(s)).toBe(100);
    // each stays within 0.1 of its own value
    counts.forEach((n, i) => expect(Math.abs(Number(s[i].replace('%', '')) - (n / 746) * 100)).toBeLessThan(0.1));
  });

  it('add up to 100.0% where rounding each alone gives 99.9%', () => {
    expect(add(shares([1, 1, 1], 3))).toBe(100);
    expect(shares([1, 1, 1], 3)).toEqual(['33.4%', '33.3%', '33.3%']);
  });

  it('give a group with members at least 0.1%', () => {
    expect(shares([2999, 1], 3000)).toEqual(['99.9%', '0.1%']);
  });

  it('are "—" over nothing', () => {
    expect(shares([0, 0], 0)).toEqual(['—', '—']);
  });
});
