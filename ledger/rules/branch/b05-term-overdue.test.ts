import { describe, expect, it } from 'vitest';
import { b05TermOverdue } from './b05-term-overdue.js';
import { LedgerBuilder } from '../test-support/ledger-builder.js';
import { at, run } from '../test-support/run.js';

describe('B05 term overdue', () => {
  it('warns at the 上次换届时间 cell when 3 years have passed, mentioning the approved extension', () => {
    const l = new LedgerBuilder().branch({ last: '2022-06-15' }).build();
    const f = run(b05TermOverdue, l, '2025-06-16');
    expect(at(f)).toEqual(['支部信息!B4@4']);
    expect(f[0].message).toContain('不超过1年');
    expect(run(b05TermOverdue, l, '2025-06-15')).toEqual([]);
  });
  it('uses 应换届时间 when given, and 5 years for a 村 branch', () => {
    const next = new LedgerBuilder().branch({ last: '2020-01-01', next: '2025-09-30' }).build();
    expect(run(b05TermOverdue, next, '2025-09-30')).toEqual([]);
    expect(at(run(b05TermOverdue, next, '2025-10-01'))).toEqual(['支部信息!B5@5']);
    const village = new LedgerBuilder().branch({ last: '2021-03-01', type: '村' }).build();
    expect(run(b05TermOverdue, village, '2025-12-31')).toEqual([]);
    expect(run(b05TermOverdue, village, '2025-12-31', { villageTermYears: 4 })).toHaveLength(1);
  });
});
