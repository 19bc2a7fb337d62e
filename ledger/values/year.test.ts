import { describe, expect, it } from 'vitest';
import { yearInFileName } from './year.js';

describe('yearInFileName', () => {
  it('reads the year a file name names as its ledger\'s', () => {
    expect(yearInFileName('2025年XX局第一党支部台账')).toBe(2025);
    expect(yearInFileName('XX局第一党支部台账（２０２５年度）')).toBe(2025);
    expect(yearInFileName('统计年度2024 第一支部')).toBe(2024);
  });
  it('reads none from a date of sending, a bare number or no year', () => {
    expect(yearInFileName('第一党支部台账2026年1月报送')).toBeNull();
    expect(yearInFileName('第一党支部20251')).toBeNull();
    expect(yearInFileName('第一党支部台账')).toBeNull();
  });
  it('reads none from a year the branch\'s history names, nor from a span of two years', () => {
    expect(yearInFileName('XX供销社党支部（2019年成立）党建台账')).toBeNull();
    expect(yearInFileName('XX社区党支部台账（2021年换届）')).toBeNull();
    expect(yearInFileName('2024-2025年度党支部党费台账')).toBeNull();
    expect(yearInFileName('实验中学党支部2025—2026学年台账')).toBeNull();
    // a history's year beside the ledger's: the ledger's is read
    expect(yearInFileName('XX党支部（2019年成立）2025年台账')).toBe(2025);
  });
});
