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
});
