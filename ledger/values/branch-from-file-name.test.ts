import { describe, expect, it } from 'vitest';
import { branchNameFromFileName } from './branch-from-file-name.js';

describe('branchNameFromFileName', () => {
  it('drops folder, extension and numbering, as Excel (Workbook.name) or a path gives the name', () => {
    expect(branchNameFromFileName('09_县档案馆党支部.xlsx')).toBe('县档案馆党支部');
    expect(branchNameFromFileName('C:\\上报\\3.县审计局党支部.xlsm')).toBe('县审计局党支部');
    expect(branchNameFromFileName('县委办.党支部.xlsx')).toBe('县委办.党支部');
    expect(branchNameFromFileName('工作簿1')).toBe('工作簿1');
  });
});
