/**
 * Sums of the per-branch figures, for the summary report. A small local aggregation over
 * BranchStats (the stats teammate's SummaryStats may replace it later; the figures are the same sums).
 */
import type { Severity } from '../../ledger/findings/finding.js';
import {
  AGE_BANDS, EDUCATION_GROUPS, MEETING_TYPES,
  type AgeBand, type BranchStats, type EducationGroup, type MeetingCounts,
} from '../../ledger/stats/stats-types.js';

export interface Totals {
  branches: number;
  members: {
    total: number; full: number; probationary: number; male: number; female: number;
    byAge: Record<AgeBand, number>; byEducation: Record<EducationGroup, number>;
    newMembers: number; retired: number; groups: number;
  };
  /** branches with a branch committee */
  committees: number;
  dues: { due: number; paid: number; membersInArrears: number };
  meetings: MeetingCounts;
  required: MeetingCounts;
  periodsMet: MeetingCounts;
  findings: { total: number; bySeverity: Record<Severity, number> };
  /** branches with at least one finding */
  branchesWithFindings: number;
}

const zeroMeetings = (): MeetingCounts =>
  Object.fromEntries(MEETING_TYPES.map((t) => [t, 0])) as MeetingCounts;

export function totalsOf(stats: BranchStats[]): Totals {
  const t: Totals = {
    branches: stats.length,
    members: {
      total: 0, full: 0, probationary: 0, male: 0, female: 0,
      byAge: Object.fromEntries(AGE_BANDS.map((b) => [b, 0])) as Record<AgeBand, number>,
      byEducation: Object.fromEntries(EDUCATION_GROUPS.map((g) => [g, 0])) as Record<EducationGroup, number>,
      newMembers: 0, retired: 0, groups: 0,
    },
    committees: 0,
    dues: { due: 0, paid: 0, membersInArrears: 0 },
    meetings: zeroMeetings(),
    required: zeroMeetings(),
    periodsMet: zeroMeetings(),
    findings: { total: 0, bySeverity: { 错误: 0, 警告: 0, 提示: 0 } },
    branchesWithFindings: 0,
  };
  for (const s of stats) {
    const m = s.members;
    t.members.total += m.total;
    t.members.full += m.full;
    t.members.probationary += m.probationary;
    t.members.male += m.male;
    t.members.female += m.female;
    for (const b of AGE_BANDS) t.members.byAge[b] += m.byAge[b] ?? 0;
    for (const g of EDUCATION_GROUPS) t.members.byEducation[g] += m.byEducation[g] ?? 0;
    t.members.newMembers += m.newMembers;
    t.members.retired += m.retired;
    t.members.groups += m.groups;
    if (m.hasCommittee) t.committees++;
    t.dues.due += s.dues.due;
    t.dues.paid += s.dues.paid;
    t.dues.membersInArrears += s.dues.membersInArrears;
    for (const k of MEETING_TYPES) {
      t.meetings[k] += s.meetings[k] ?? 0;
      t.required[k] += s.required[k] ?? 0;
      t.periodsMet[k] += s.periodsMet[k] ?? 0;
    }
    t.findings.total += s.findings.total;
    for (const sev of ['错误', '警告', '提示'] as const) t.findings.bySeverity[sev] += s.findings.bySeverity[sev] ?? 0;
    if (s.findings.total > 0) t.branchesWithFindings++;
  }
  return t;
}

/** The totals of one branch, so both reports build their figures the same way. */
export function totalsOfBranch(s: BranchStats): Totals {
  return totalsOf([s]);
}
