import { describe, expect, it } from 'vitest';
import { LedgerBuilder } from '../rules/test-support/ledger-builder.js';
import { computeStats } from './index.js';
import { toContractStats, type BranchStats } from './stats-types.js';
import { duesGap, meetingsGap, uncountableOf } from './uncountable.js';

const built = () => new LedgerBuilder()
  .member({ name: '张三', join: '2010-01-01' })
  .meeting({ date: '2025-01-06', types: ['committee'] })
  .build();

describe('what a ledger cannot be counted for', () => {
  it('a 三会一课 table without 日期 (or dates none of which could be read) or 会议类型', () => {
    const l = built();
    expect(uncountableOf(l, '2025-12-31')).toBeUndefined();
    l.meetings!.missingColumns = ['date'];
    expect(uncountableOf(l, '2025-12-31')).toEqual({ meetings: 'date' });
    l.meetings!.missingColumns = ['typeText'];
    expect(uncountableOf(l, '2025-12-31')).toEqual({ meetings: 'typeText' });
  });

  it('both measures of a ledger whose year begins after the as-of date; a missing column says more', () => {
    const l = new LedgerBuilder().setYear(2026).member({ name: '张三', join: '2010-01-01' })
      .duesWide({ name: '张三', due: 10, paid: [10] }).meeting({ date: '2026-01-06', types: ['committee'] }).build();
    expect(uncountableOf(l, '2025-12-31')).toEqual({ meetings: 'laterYear', dues: 'laterYear' });
    expect(uncountableOf(l, '2026-01-31')).toBeUndefined();
    l.meetings!.missingColumns = ['date'];
    expect(uncountableOf(l, '2025-12-31')).toEqual({ meetings: 'date', dues: 'laterYear' });
  });

  it('a ledger of a year after the as-of date: its meetings held are counted in its own year, as required is (not the cutoff year\'s rows C12 calls another year\'s)', () => {
    const l = new LedgerBuilder().setYear(2026).member({ name: '张三', join: '2010-01-01' })
      .meeting({ date: '2025-12-06', types: ['committee'] }).meeting({ date: '2026-01-06', types: ['committee'] }).build();
    const s = computeStats(l, [], '2025-12-31', 'x');
    expect(s.meetings.committee).toBe(0);
    expect(s.required.committee).toBe(0);
  });

  it('is in the stats only where there is something to say, and never in the JSON contract', () => {
    const l = built();
    expect('uncountable' in computeStats(l, [], '2025-12-31', 'x')).toBe(false);
    l.meetings!.missingColumns = ['date'];
    const s = computeStats(l, [], '2025-12-31', 'x');
    expect(s.uncountable).toEqual({ meetings: 'date' });
    expect(meetingsGap(s)).toBe('date');
    expect(JSON.stringify(toContractStats(s))).not.toContain('uncountable');
  });

  it('dues: no 实交 or 月份 column, or payments with no due recorded (and none yet pending)', () => {
    const dues = (d: Partial<BranchStats['dues']>, uncountable?: BranchStats['uncountable']) =>
      ({ dues: { due: 0, paid: 0, membersInArrears: 0, ...d }, ...(uncountable ? { uncountable } : {}) }) as BranchStats;
    expect(duesGap(dues({ due: 100, paid: 0, membersInArrears: 3 }, { dues: 'paid' }))).toBe('paid');
    expect(duesGap(dues({ due: 0, paid: 0 }, { dues: 'month' }))).toBe('month');
    expect(duesGap(dues({ due: 0, paid: 13314 }))).toBe('due');
    expect(duesGap(dues({ due: 0, paid: 3000, pending: 1093 }))).toBeNull();
    expect(duesGap(dues({ due: 100, paid: 100 }))).toBeNull();
    expect(duesGap(dues({ due: 0, paid: 0 }))).toBeNull();
  });
});
