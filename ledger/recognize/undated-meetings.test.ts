import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/finding.js';
import { LedgerBuilder } from '../rules/test-support/ledger-builder.js';
import { withoutReadableDates } from './undated-meetings.js';

const unreadable = (l: ReturnType<LedgerBuilder['build']>, rows: number[]) => {
  const meetings = l.meetings!;
  return { ...meetings, meetings: meetings.meetings.map((m, i) => (rows.includes(i) ? { ...m, date: { ...m.date, value: null, unreadable: true } } : m)) };
};

describe('a 三会一课 table without one readable date', () => {
  const built = new LedgerBuilder().meeting({ date: '2025-01-06', types: ['committee'] }).meeting({ date: '2025-02-06', types: ['committee'] }).build();

  it('is read as one without a 日期 column, with one W02 at the header saying why', () => {
    const issues: Finding[] = [];
    const m = withoutReadableDates(unreadable(built, [0, 1]), issues);
    expect(m.missingColumns).toEqual(['date']);
    expect(issues.map((f) => [f.rule, f.cell])).toEqual([['W02', 'A2']]);
    expect(issues[0].message).toMatch(/^三会一课 A2 “日期”列的2条会议记录的日期都无法识别/);
  });

  it('is left alone when one date is read', () => {
    const issues: Finding[] = [];
    const m = unreadable(built, [0]);
    expect(withoutReadableDates(m, issues)).toBe(m);
    expect(issues).toEqual([]);
  });
});
