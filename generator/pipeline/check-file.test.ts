import { describe, expect, it } from 'vitest';
import { branchNameFromFile } from './check-file.js';

describe('branchNameFromFile', () => {
  it('drops the numbering submitters put before the name to order their files', () => {
    expect(branchNameFromFile('/in/09_县档案馆党支部.xlsx')).toBe('县档案馆党支部');
    expect(branchNameFromFile('0001-县财政局党支部.xlsx')).toBe('县财政局党支部');
    expect(branchNameFromFile('上报/3.县审计局党支部.xlsx')).toBe('县审计局党支部');
    expect(branchNameFromFile('(12)县气象局党支部.xlsm')).toBe('县气象局党支部');
    expect(branchNameFromFile('（12）县气象局党支部.xlsx')).toBe('县气象局党支部');
    expect(branchNameFromFile('12、县水利局党支部.xlsx')).toBe('县水利局党支部');
    expect(branchNameFromFile('07b_县民政局党支部_加密.xls')).toBe('县民政局党支部_加密');
    expect(branchNameFromFile('5 红星村党支部.xlsx')).toBe('红星村党支部');
  });

  it('keeps a number that is part of the name, and a name that is only a number', () => {
    expect(branchNameFromFile('2025年县委办党支部台账.xlsx')).toBe('2025年县委办党支部台账');
    expect(branchNameFromFile('第1党支部.xlsx')).toBe('第1党支部');
    expect(branchNameFromFile('12345.xlsx')).toBe('12345');
    expect(branchNameFromFile('01_.xlsx')).toBe('01_');
  });
});
