import { describe, expect, it } from 'vitest';
import { smallNumber } from './cn-number.js';

describe('smallNumber', () => {
  it('reads figures and Chinese numerals up to 九十九', () => {
    expect(['1', '12', '一', '九', '十', '十二', '二十', '二十三'].map(smallNumber)).toEqual([1, 12, 1, 9, 10, 12, 20, 23]);
  });
  it('is NaN for what writes no number', () => {
    expect(['一二', '十十', '', '甲'].map(smallNumber).every(Number.isNaN)).toBe(true);
  });
});
