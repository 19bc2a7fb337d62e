import { describe, expect, it } from 'vitest';
import { meetingRequirements } from './requirements.js';
import { LedgerBuilder } from '../test-support/ledger-builder.js';
import { resolveSettings } from '../../settings.js';

describe('meetingRequirements', () => {
  it('lists one entry per type per period ended by the as-of date, with required and held', () => {
    const l = new LedgerBuilder().member({ name: '甲', roles: ['书记'] }).member({ name: '乙', roles: ['组织委员'] })
      .meeting({ date: '2025-02-10', types: ['general', 'lecture'] }).meeting({ date: '2025-07', types: ['themeDay'] }).build();
    const p = meetingRequirements(l, '2025-08-15', resolveSettings());
    const of = (t: string) => p.filter((x) => x.type === t);
    expect(of('general').map((x) => [x.period, x.held])).toEqual([['2025-Q1', 1], ['2025-Q2', 0]]);
    expect(of('committee').every((x) => !x.required)).toBe(true);
    expect(of('group').every((x) => !x.required)).toBe(true);
    expect(of('committee')).toHaveLength(7);
    expect(of('themeDay').find((x) => x.period === '2025-07')?.held).toBe(1);
    expect(of('lifeMeeting')).toEqual([]);
    const year = meetingRequirements(l, '2025-12-31', resolveSettings({ lectureFrequency: 'halfyear' }));
    expect(year.filter((x) => x.type === 'lecture').map((x) => x.period)).toEqual(['2025-H1', '2025-H2']);
    expect(year.filter((x) => x.type === 'review').map((x) => x.period)).toEqual(['2025']);
  });
});

describe('hasGroups', () => {
  it('ignores placeholder 党小组 values such as 无 and /', () => {
    const l = new LedgerBuilder().member({ name: '甲', group: '无' }).member({ name: '乙', group: '/' })
      .meeting({ date: '2025-01-05', types: ['general'] }).build();
    expect(meetingRequirements(l, '2025-12-31', resolveSettings()).filter((p) => p.type === 'group').every((p) => !p.required)).toBe(true);
    const g = new LedgerBuilder().member({ name: '甲', group: '第一党小组' }).meeting({ date: '2025-01-05', types: ['general'] }).build();
    expect(meetingRequirements(g, '2025-12-31', resolveSettings()).filter((p) => p.type === 'group').every((p) => p.required)).toBe(true);
  });
});
