/**
 * The figures the report quotes over a set of branches, read off the stats stage's own
 * summary (ledger/stats/summary.ts: summarize), so the report and the stats never disagree.
 * This adapter keeps the report's view small and in one place.
 */
import type { Severity } from '../../ledger/findings/finding.js';
import type { BranchDigest, MeetingCounts } from '../../ledger/stats/stats-types.js';
import { summarize, type SummaryStats } from '../../ledger/stats/summary.js';
import type { DuesFigures } from './phrases.js';

export interface Totals {
  branches: number;
  members: SummaryStats['members'];
  /** branches with a branch committee */
  committees: number;
  /** collected: paid counted up to each member-month's due, summed (ledger/stats collectedOf); unread: left out of the rate */
  dues: DuesFigures;
  meetings: MeetingCounts;
  required: MeetingCounts;
  periodsMet: MeetingCounts;
  findings: { total: number; bySeverity: Record<Severity, number> };
  /** branches with a finding to correct (错误 or 警告): those the report says "存在问题" */
  branchesToCorrect: number;
  /** branches left out of the dues or 三会一课 figures, their ledger lacking what counting needs (ledger/stats uncountable.ts) */
  uncounted: { dues: SummaryStats['dues']['uncounted']; meetings: SummaryStats['meetings']['uncounted'] };
}

export function totalsOf(digests: BranchDigest[]): Totals {
  const s = summarize(digests);
  return {
    branches: s.branches,
    members: s.members,
    committees: s.committee.withCommittee.length,
    dues: { due: s.dues.due, paid: s.dues.paid, collected: s.dues.collected, unread: s.dues.unread, pending: s.dues.pending, membersInArrears: s.dues.membersInArrears },
    meetings: s.meetings.held,
    required: s.meetings.required,
    periodsMet: s.meetings.periodsMet,
    findings: { total: s.findings.total, bySeverity: s.findings.bySeverity },
    branchesToCorrect: s.findings.toCorrect.length,
    uncounted: { dues: s.dues.uncounted, meetings: s.meetings.uncounted },
  };
}
