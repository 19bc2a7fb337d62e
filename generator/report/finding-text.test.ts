import { describe, expect, it } from 'vitest';
import type { Finding } from '../../ledger/findings/finding.js';
import { messageWithoutPlace } from './finding-text.js';
import { cnPeriod as periodText } from '../../ledger/rules/support/dates.js';

const f = (over: Partial<Finding>): Finding => ({
  rule: 'B05', severity: '警告', sheet: '支部基本信息', cell: 'B6', row: 6, period: null, member: null, message: '', ...over,
});

describe('periodText (the rules\' cnPeriod)', () => {
  it('writes quarters, half-years, months and years in Chinese', () => {
    expect(periodText('2025-H1')).toBe('2025年上半年');
    expect(periodText('2025-Q3')).toBe('2025年第三季度');
    expect(periodText('2025-Q1')).toBe('2025年第一季度');
    expect(periodText('2025-08')).toBe('2025年8月');
    expect(periodText('2025-12')).toBe('2025年12月');
    expect(periodText('2025')).toBe('2025年');
    expect(periodText('上半年')).toBe('上半年');
  });
});

describe('messageWithoutPlace', () => {
  it('drops the place the sheet and cell columns already show', () => {
    expect(messageWithoutPlace(f({ message: '支部基本信息 B6：上次换届时间为2019年4月10日。' }))).toBe('上次换届时间为2019年4月10日。');
    expect(messageWithoutPlace(f({ sheet: '党员名册', cell: null, row: 7, message: '党员名册第7行：姓名为空。' }))).toBe('姓名为空。');
    expect(messageWithoutPlace(f({ sheet: '三会一课', cell: null, row: null, period: '2025-Q3', message: '三会一课：2025年第三季度没有支部党员大会记录。' })))
      .toBe('2025年第三季度没有支部党员大会记录。');
  });

  it('keeps a message that starts otherwise, or names another place', () => {
    expect(messageWithoutPlace(f({ message: '支部基本信息 B6 的日期“2025.13.02”无法识别。' }))).toBe('支部基本信息 B6 的日期“2025.13.02”无法识别。');
    expect(messageWithoutPlace(f({ message: '党员名册 E7：另一张表的问题。' }))).toBe('党员名册 E7：另一张表的问题。');
    expect(messageWithoutPlace(f({ sheet: null, cell: null, row: null, message: '名册中没有书记。' }))).toBe('名册中没有书记。');
    expect(messageWithoutPlace(f({ message: '支部基本信息 B6：' }))).toBe('支部基本信息 B6：');
  });
});
