import { describe, expect, it } from 'vitest';
import type { Finding } from '../../ledger/findings/finding.js';
import { issueRows } from './issue-rows.js';

describe('issueRows', () => {
  it('masks an ID wherever it appears: the member, the sheet name, the message', () => {
    const id = '110101198011168428';
    const f: Finding = { rule: 'M01', severity: '错误', sheet: `名册${id}`, cell: 'B2', row: 2, period: null, member: `张三${id}`, message: '姓名未填写' };
    const [, row] = issueRows([f]);
    expect(row.join('|')).not.toContain(id);
    expect(row[3]).toBe('名册110101********8428');
    expect(row[6]).toBe('张三110101********8428');
  });

  it('writes the period in words, as the CLI\'s 问题清单 does', () => {
    const at = (period: string) => issueRows([{ rule: 'C01', severity: '错误', sheet: '三会一课', cell: null, row: null, period, member: null, message: '缺会' }])[1][5];
    expect(['2025-Q1', '2025-11', '2025-H2', '2025'].map(at)).toEqual(['2025年第一季度', '2025年11月', '2025年下半年', '2025年']);
  });
});
