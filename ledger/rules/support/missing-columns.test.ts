import { describe, expect, it } from 'vitest';
import type { Ledger } from '../../model/ledger.js';
import { RULES } from '../index.js';
import { completeBranch } from '../test-support/complete-branch.js';
import { LedgerBuilder, monthsOf } from '../test-support/ledger-builder.js';
import { run } from '../test-support/run.js';

// the meeting and dues rules (the roster of these small branches is not what is tested)
const fired = (ledger: Ledger) => RULES.filter((r) => /^[CD]/.test(r.id)).flatMap((r) => run(r, ledger)).map((f) => f.rule);

describe('rules needing a column W02 found missing are not judged', () => {
  // every meeting untyped, as read from a sheet without 会议类型; one member absent every month
  const untyped = () => {
    const b = completeBranch();
    b.member({ name: '党员丁', full: '2010-01-01' });
    const l = b.build();
    l.meetings!.meetings = l.meetings!.meetings.map((m) => ({ ...m, types: [], absentText: { ...m.absentText, value: '党员丁（出差）' }, absentees: ['党员丁'] }));
    return l;
  };

  it('without 会议类型 or 日期: no C01–C07, no C11', () => {
    // the premise: judged as if the column were there, every period lacks every meeting
    expect(new Set(fired(untyped()))).toEqual(new Set(['C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'C07', 'C11']));
    for (const key of ['typeText', 'date']) {
      const l = untyped();
      l.meetings!.missingColumns = [key];
      expect(fired(l)).toEqual([]);
    }
  });

  it('without 实交 (long form): no D03, no D04', () => {
    const b = new LedgerBuilder().member({ name: '书记甲', roles: ['书记'], full: '2010-01-01', status: '在职' });
    for (const m of monthsOf(2025)) b.duesLong({ name: '书记甲', months: [m], base: 4000, due: 40, paid: null });
    const l = b.build();
    expect(fired(l)).toEqual(['D04']);
    l.dues!.missingColumns = ['paid'];
    expect(fired(l)).toEqual([]);
  });
});
