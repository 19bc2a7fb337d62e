import { describe, expect, it } from 'vitest';
import { groupKey, namesGroup, numberedGroupIn } from './group-name.js';

describe('group names', () => {
  it('finds the numbered group in a type, title or topic', () => {
    expect(numberedGroupIn('第一党小组会')).toBe('第一党小组');
    expect(numberedGroupIn('第二党小组党小组会')).toBe('第二党小组');
    expect(numberedGroupIn('第二党小组会议记录（组长：王芳）')).toBe('第二党小组');
    expect(numberedGroupIn('一组党小组会')).toBe('一组');
    expect(numberedGroupIn('第３党小组')).toBe('第3党小组');
    expect(numberedGroupIn('第一党小组会议记录（2025年1-12月）')).toBe('第一党小组');
  });
  it('names none in plain type words or 组织生活会', () => {
    expect(numberedGroupIn('党小组会')).toBeNull();
    expect(numberedGroupIn('召开各党小组会')).toBeNull();
    expect(numberedGroupIn('第一组织生活会')).toBeNull();
    expect(numberedGroupIn('第一季度党员大会')).toBeNull();
  });
  it('names none where several groups met together', () => {
    expect(numberedGroupIn('第一、二党小组联合党小组会')).toBeNull();
    expect(numberedGroupIn('第一党小组和第二党小组党小组会')).toBeNull();
    expect(numberedGroupIn('第一党小组第二党小组合并召开')).toBeNull();
    expect(numberedGroupIn('全体党小组会')).toBeNull();
  });
  it('keys one group however written', () => {
    expect(groupKey('第一党小组')).toBe('1');
    expect(groupKey('第1党小组')).toBe('1');
    expect(groupKey('一组')).toBe('1');
    expect(groupKey('第十二小组')).toBe('12');
    expect(groupKey('离退休党小组')).toBe('离退休');
  });

  it.each([['第一党小组', true], [' 离退休党小组 ', true], ['', false], ['  ', false], ['—', false], ['/', false], ['无', false], ['否', false], ['N/A', false], [null, false]] as const)(
    'namesGroup(%j) is %s: one test for the roster and the records', (text, named) => expect(namesGroup(text)).toBe(named));
});
