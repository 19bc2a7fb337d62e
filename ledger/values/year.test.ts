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
});
