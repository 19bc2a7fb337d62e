import { describe, expect, it } from 'vitest';
import { agreedYear } from './agreed-year.js';

describe('agreedYear', () => {
  it('the year every piece of evidence naming one names, with where each is written', () => {
    expect(agreedYear([{ year: 2025, where: '支部信息' }, { year: null, where: '党员名册' }, { year: 2025, where: '党费' }])).toEqual({ year: 2025, from: ['支部信息', '党费'] });
  });

  it('none where they disagree or none names a year', () => {
    expect(agreedYear([{ year: 2025, where: '支部信息' }, { year: 2024, where: '党费' }])).toBeNull();
    expect(agreedYear([{ year: null, where: '支部信息' }])).toBeNull();
  });
});
