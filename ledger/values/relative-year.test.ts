import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { absoluteYears } from './relative-year.js';

describe('absoluteYears', () => {
  it.each([
    ['去年12月转出', '2024年12月转出'], ['前年病故', '2023年病故'], ['今年3月转入', '2025年3月转入'], ['上年底调出', '2024年底调出'],
    ['去年３月转入', '2024年3月转入'], ['按季度交纳', '按季度交纳'],
    // not a relative year: 以上年老, 至今年满
    ['60岁以上年老体弱', '60岁以上年老体弱'],
  ])('%s → %s in a 2025 ledger', (note, want) => expect(absoluteYears(note, 2025)).toBe(want));
  it('is relative to the ledger year given, not today', () => expect(absoluteYears('去年12月转出', 2024)).toBe('2023年12月转出'));
  it('never throws', () => fc.assert(fc.property(fc.string(), (s) => { absoluteYears(s, 2025); })));
});
