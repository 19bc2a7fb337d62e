import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/finding.js';
import { addToSummary, emptySummary, summarize } from './summary.js';
import { AGE_BANDS, EDUCATION_GROUPS, MEETING_TYPES, type BranchDigest, type BranchStats, type MeetingCounts } from './stats-types.js';

const counts = (o: Partial<MeetingCounts>): MeetingCounts =>
  Object.fromEntries(MEETING_TYPES.map((t) => [t, o[t] ?? 0])) as MeetingCounts;
const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

function stats(branch: string, o: { total: number; full: number; due: number; paid: number; arrears?: number;
  committee?: boolean; secretary?: string | null; required?: Partial<MeetingCounts>; met?: Partial<MeetingCounts>; held?: Partial<MeetingCounts> }): BranchStats {
  const byAge = zeros(AGE_BANDS);
  byAge['35岁及以下'] = o.total;
  const byEducation = zeros(EDUCATION_GROUPS);
  byEducation['大学本科'] = o.total;
  return {
    branch, asOf: '2025-12-31', year: 2025,
    members: {
      total: o.total, full: o.full, probationary: o.total - o.full, male: o.total, female: 0, byAge, byEducation,
      newMembers: 1, retired: 0, committeeSize: o.committee ? 3 : 1, hasCommittee: !!o.committee,
      secretary: o.secretary === undefined ? '甲' : o.secretary, groups: 0,
    },
    dues: { due: o.due, paid: o.paid, membersInArrears: o.arrears ?? 0 },
    meetings: counts(o.held ?? {}), required: counts(o.required ?? {}), periodsMet: counts(o.met ?? {}),
    findings: { total: 0, bySeverity: { 错误: 0, 警告: 0, 提示: 0 }, byRule: {} },
  };
}

const finding = (rule: Finding['rule'], severity: Finding['severity'] = '错误'): Finding =>
  ({ rule, severity, sheet: null, cell: null, row: null, period: null, member: null, message: '' });

const digests: BranchDigest[] = [
  { file: 'a.xlsx', stats: stats('财政局党支部', { total: 10, full: 9, due: 1200.1, paid: 1200.1, committee: true,
    required: { general: 4, committee: 12 }, met: { general: 4, committee: 12 }, held: { general: 5, committee: 12 } }), findings: [] },
  { file: 'b.xlsx', stats: stats('交通局党支部', { total: 2, full: 2, due: 100.2, paid: 50.1, arrears: 1, secretary: null,
    required: { general: 4 }, met: { general: 3 }, held: { general: 3 } }),
    findings: [finding('C01'), finding('D04'), finding('D03', '警告'), finding('D03', '警告'), finding('B01', '警告')] },
  { file: 'c.xlsx', stats: stats('某村党支部', { total: 60, full: 55, due: 0.3, paid: 0.3,
    required: { general: 4 }, met: { general: 4 }, held: { general: 4 } }), findings: [finding('D03', '警告'), finding('B03', '警告')] },
];

describe('summarize', () => {
  it('sums members, dues and meetings and names the branches behind each figure', () => {
    const s = summarize(digests);
    expect(s.branches).toBe(3);
    expect(s.branchNames).toEqual(['财政局党支部', '交通局党支部', '某村党支部']);
    expect(s.members).toMatchObject({ total: 72, full: 66, probationary: 6, male: 72, newMembers: 3 });
    expect(s.members.byAge['35岁及以下']).toBe(72);
    expect(s.structure).toEqual({ underThreeFull: ['交通局党支部'], overFifty: ['某村党支部'] });
    expect(s.committee).toEqual({ withCommittee: ['财政局党支部'], withoutSecretary: ['交通局党支部'] });
    expect(s.dues.due).toBe(1300.6);
    expect(s.dues.paid).toBe(1250.5);
    expect(s.dues.rate).toBeCloseTo(1250.5 / 1300.6, 10);
    expect(s.dues.branchesInArrears).toEqual(['交通局党支部']);
    expect(s.meetings.held.general).toBe(12);
    expect(s.meetings.required.general).toBe(12);
    expect(s.meetings.periodsMet.general).toBe(11);
    expect(s.meetings.rate.general).toBeCloseTo(11 / 12, 10);
    expect(s.meetings.rate.group).toBeNull();
    expect(s.meetings.fullyMet.general).toEqual(['财政局党支部', '某村党支部']);
    expect(s.meetings.fullyMet.committee).toEqual(['财政局党支部']);
  });

  it('rates dues by what each branch collected up to its months\' dues, so one branch\'s surplus covers no other\'s arrears', () => {
    const over = { file: 'd.xlsx', stats: stats('多交党支部', { total: 3, full: 3, due: 100, paid: 160 }), findings: [] };
    over.stats.dues.collected = 90;
    const s = summarize([digests[1], over]);
    expect([s.dues.paid, s.dues.collected]).toEqual([210.1, 140.1]);
    expect(s.dues.rate).toBeCloseTo(140.1 / 200.2, 10);
  });

  it('leaves out of the rate the dues of months whose payment could not be read', () => {
    const unread = { file: 'w.xlsx', stats: stats('水务局党支部', { total: 3, full: 3, due: 100, paid: 0 }), findings: [] };
    unread.stats.dues.collected = 0;
    unread.stats.dues.unread = 100;
    const s = summarize([digests[1], unread]);
    expect(s.dues.unread).toBe(100);
    expect(s.dues.rate).toBeCloseTo(s.dues.collected / (s.dues.due - 100), 10);
    expect(summarize([unread]).dues.rate).toBeNull();
  });

  it('leaves a branch whose 三会一课 cannot be counted out of the meetings figures, and names it with the reason', () => {
    // no readable date: 3 periods "required", none "met", which averaged 0.0% into the rate
    const undated = { file: 'u.xlsx', stats: { ...stats('红十字会党支部', { total: 9, full: 9, due: 100, paid: 100,
      required: { general: 4 }, met: {}, held: {} }), uncountable: { meetings: 'date' as const } }, findings: [finding('W02')] };
    const s = summarize([...digests, undated]);
    const without = summarize(digests);
    expect(s.meetings.required).toEqual(without.meetings.required);
    expect(s.meetings.rate.general).toBeCloseTo(11 / 12, 10);
    expect(s.meetings.uncounted).toEqual([{ branch: '红十字会党支部', gap: 'date' }]);
    // its members and dues still count
    expect(s.members.total).toBe(without.members.total + 9);
    expect(s.dues.due).toBe(1400.6);
    expect(s.dues.uncounted).toEqual([]);
  });

  it('leaves out of the dues figures a branch without 实交 or without any due recorded, and names each with the reason', () => {
    const noPaid = { file: 'p.xlsx', stats: { ...stats('科技局党支部', { total: 10, full: 10, due: 16420, paid: 0, arrears: 10 }),
      uncountable: { dues: 'paid' as const } }, findings: [finding('W02')] };
    const noDue = { file: 'e.xlsx', stats: stats('商务局党支部', { total: 8, full: 8, due: 0, paid: 7910 }), findings: [] };
    const s = summarize([...digests, noPaid, noDue]);
    const without = summarize(digests);
    expect([s.dues.due, s.dues.paid, s.dues.collected, s.dues.rate]).toEqual([without.dues.due, without.dues.paid, without.dues.collected, without.dues.rate]);
    expect(s.dues.membersInArrears).toBe(without.dues.membersInArrears);
    expect(s.dues.branchesInArrears).toEqual(['交通局党支部']);
    expect(s.dues.uncounted).toEqual([{ branch: '科技局党支部', gap: 'paid' }, { branch: '商务局党支部', gap: 'due' }]);
    // its meetings still count
    expect(s.meetings.uncounted).toEqual([]);
  });

  it('counts findings per rule with each branch named once', () => {
    const s = summarize(digests);
    expect(s.findings.total).toBe(7);
    expect(s.findings.bySeverity).toEqual({ 错误: 2, 警告: 5, 提示: 0 });
    expect(s.findings.byRule.D03).toEqual({ count: 3, branches: ['交通局党支部', '某村党支部'] });
    expect(s.findings.byRule.C01).toEqual({ count: 1, branches: ['交通局党支部'] });
    expect(s.findings.byRule.M02).toBeUndefined();
    expect(s.findings.clean).toEqual(['财政局党支部']);
    expect(s.findings.withoutErrors).toEqual(['财政局党支部', '某村党支部']);
  });

  it('lists as to correct the branches with an error or a warning, not those with 提示 alone', () => {
    const hint = { ...digests[0], stats: stats('提示党支部', { total: 3, full: 3, due: 0, paid: 0 }),
      findings: [finding('C04', '提示')] };
    const s = summarize([...digests, hint]);
    expect(s.findings.toCorrect).toEqual(['交通局党支部', '某村党支部']);
    expect(s.findings.clean).toEqual(['财政局党支部']);
  });

  it('folds one digest at a time to the same result as summarize', () => {
    let s = emptySummary();
    expect(s.dues.rate).toBeNull();
    for (const d of digests) s = addToSummary(s, d);
    expect(s).toEqual(summarize(digests));
  });

  it('keeps thousands of dues additions exact to the 分', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ file: `${i}.xlsx`, stats: stats(`支部${i}`, { total: 3, full: 3, due: 0.1, paid: 0.1 }), findings: [] }));
    expect(summarize(many).dues.due).toBe(300);
  });
});
