import { describe, expect, it } from 'vitest';
import { findingsMix } from './phrases.js';

describe('findingsMix', () => {
  it('names the kinds found, without the zero ones', () => {
    expect(findingsMix({ 错误: 2, 警告: 1, 提示: 0 })).toBe('其中错误2处、警告1处');
    expect(findingsMix({ 错误: 0, 警告: 0, 提示: 0 })).toBe('未发现问题');
  });
  it('says 均为 of several findings of one kind, and 为 of a single one (均 would speak of several)', () => {
    expect(findingsMix({ 错误: 3, 警告: 0, 提示: 0 })).toBe('均为错误');
    expect(findingsMix({ 错误: 0, 警告: 1, 提示: 0 })).toBe('为警告');
  });
});
