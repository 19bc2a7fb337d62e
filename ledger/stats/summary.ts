/**
 * Figures over all branches of a report (调研报告 一、基本情况 and 二、存在的问题):
 * the branch stats summed, rates, and for every rule the branches it was found in.
 * Built by folding one digest at a time (emptySummary → addToSummary …), so that it can
 * run while thousands of workbooks stream through and only the summary is kept.
 */
import { collectedOf, rateBaseOf } from './dues-stats.js';
import { duesGap, meetingsGap, type DuesGap, type MeetingsGap } from './uncountable.js';
import type { RuleId, Severity } from '../findings/finding.js';
import { hasToCorrect } from '../findings/to-correct.js';
import type { MeetingType } from '../model/ledger.js';
import {
  AGE_BANDS, EDUCATION_GROUPS, MEETING_TYPES,
  type AgeBand, type BranchDigest, type BranchStats, type EducationGroup, type MeetingCounts,
} from './stats-types.js';

export interface RuleSpread {
  /** findings of this rule over all branches */
  count: number;
  /** branches (支部名称) with at least one finding of this rule, in the order added */
  branches: string[];
}

export interface SummaryStats {
  branches: number;
  /** every branch name, in the order added */
  branchNames: string[];
  /** earliest and latest as-of date among the branches (null before the first) */
  asOf: { earliest: string | null; latest: string | null };
  members: {
    total: number;
    full: number;
    probationary: number;
    male: number;
    female: number;
    byAge: Record<AgeBand, number>;
    byEducation: Record<EducationGroup, number>;
    newMembers: number;
    retired: number;
    /** 党小组 summed over branches */
    groups: number;
  };
  structure: {
    /** branches with fewer than 3 正式党员 (联合党支部 candidates, 党章第三十条) */
    underThreeFull: string[];
    /** branches with more than 50 members (支部工作条例 第八条) */
    overFifty: string[];
  };
  committee: {
    /** branches with a branch committee (支委会) */
    withCommittee: string[];
    /** branches with no 书记 in the roster */
    withoutSecretary: string[];
  };
  dues: {
    due: number;
    paid: number;
    /** each branch's collectedOf, summed */
    collected: number;
    /** each branch's dues on months whose payment could not be read (stats dues.unread), summed */
    unread: number;
    /** each branch's dues of a payment period still in progress (stats dues.pending), summed */
    pending: number;
    /**
     * collected / (due − unread) (a surplus one month or member paid does not cover another's arrears; a
     * month whose payment could not be read is left out), null while nothing readable is due
     */
    rate: number | null;
    membersInArrears: number;
    branchesInArrears: string[];
    /** branches whose dues cannot be counted (uncountable.ts), and why: left out of every figure above */
    uncounted: { branch: string; gap: DuesGap }[];
  };
  meetings: {
    held: MeetingCounts;
    required: MeetingCounts;
    periodsMet: MeetingCounts;
    /** periodsMet / required per type, null where nothing was required */
    rate: Record<MeetingType, number | null>;
    /** branches that met every required period of the type (the good examples) */
    fullyMet: Record<MeetingType, string[]>;
    /** branches whose 三会一课 cannot be counted (uncountable.ts), and why: left out of every figure above */
    uncounted: { branch: string; gap: MeetingsGap }[];
  };
  findings: {
    total: number;
    bySeverity: Record<Severity, number>;
    byRule: Partial<Record<RuleId, RuleSpread>>;
    /** branches without any finding */
    clean: string[];
    /** branches with a finding to correct (错误 or 警告, findings/to-correct.ts): those "存在问题" */
    toCorrect: string[];
    /** branches without any 错误 */
    withoutErrors: string[];
  };
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const perType = <T>(make: () => T) => Object.fromEntries(MEETING_TYPES.map((t) => [t, make()])) as Record<MeetingType, T>;

export function emptySummary(): SummaryStats {
  return {
    branches: 0,
    branchNames: [],
    asOf: { earliest: null, latest: null },
    members: {
      total: 0, full: 0, probationary: 0, male: 0, female: 0,
      byAge: zeros(AGE_BANDS), byEducation: zeros(EDUCATION_GROUPS), newMembers: 0, retired: 0, groups: 0,
    },
    structure: { underThreeFull: [], overFifty: [] },
    committee: { withCommittee: [], withoutSecretary: [] },
    dues: { due: 0, paid: 0, collected: 0, unread: 0, pending: 0, rate: null, membersInArrears: 0, branchesInArrears: [], uncounted: [] },
    meetings: {
      held: zeros(MEETING_TYPES), required: zeros(MEETING_TYPES), periodsMet: zeros(MEETING_TYPES),
      rate: perType(() => null), fullyMet: perType(() => []), uncounted: [],
    },
    findings: { total: 0, bySeverity: { 错误: 0, 警告: 0, 提示: 0 }, byRule: {}, clean: [], toCorrect: [], withoutErrors: [] },
  };
}

/**
 * Adds one branch to the summary. It updates `summary` in place and returns it, so that a
 * fold over thousands of branches stays linear: `digests.reduce(addToSummary, emptySummary())`.
 */
export function addToSummary(summary: SummaryStats, digest: BranchDigest): SummaryStats {
  const s = digest.stats;
  const name = s.branch;
  summary.branches++;
  summary.branchNames.push(name);
  if (summary.asOf.earliest == null || s.asOf < summary.asOf.earliest) summary.asOf.earliest = s.asOf;
  if (summary.asOf.latest == null || s.asOf > summary.asOf.latest) summary.asOf.latest = s.asOf;

  const m = summary.members;
  m.total += s.members.total;
  m.full += s.members.full;
  m.probationary += s.members.probationary;
  m.male += s.members.male;
  m.female += s.members.female;
  for (const b of AGE_BANDS) m.byAge[b] += s.members.byAge[b] ?? 0;
  for (const e of EDUCATION_GROUPS) m.byEducation[e] += s.members.byEducation[e] ?? 0;
  m.newMembers += s.members.newMembers;
  m.retired += s.members.retired;
  m.groups += s.members.groups;
  if (s.members.full < 3) summary.structure.underThreeFull.push(name);
  if (s.members.total > 50) summary.structure.overFifty.push(name);
  if (s.members.hasCommittee) summary.committee.withCommittee.push(name);
  if (!s.members.secretary) summary.committee.withoutSecretary.push(name);

  // a ledger that cannot be counted for a measure is left out of it, and named (uncountable.ts)
  const duesOut = duesGap(s);
  if (duesOut) summary.dues.uncounted.push({ branch: name, gap: duesOut });
  else addDues(summary.dues, s);
  const meetingsOut = meetingsGap(s);
  if (meetingsOut) summary.meetings.uncounted.push({ branch: name, gap: meetingsOut });
  else addMeetings(summary.meetings, s);

  const f = summary.findings;
  const seen = new Set<RuleId>();
  for (const finding of digest.findings) {
    f.total++;
    f.bySeverity[finding.severity]++;
    const spread = (f.byRule[finding.rule] ??= { count: 0, branches: [] });
    spread.count++;
    if (!seen.has(finding.rule)) {
      seen.add(finding.rule);
      spread.branches.push(name);
    }
  }
  if (digest.findings.length === 0) f.clean.push(name);
  if (hasToCorrect(digest.findings)) f.toCorrect.push(name);
  if (!digest.findings.some((x) => x.severity === '错误')) f.withoutErrors.push(name);
  return summary;
}

/** One branch's dues into the summary's. */
function addDues(d: SummaryStats['dues'], s: BranchStats): void {
  const name = s.branch;
  d.due = cents(d.due + s.dues.due);
  d.paid = cents(d.paid + s.dues.paid);
  d.collected = cents(d.collected + collectedOf(s.dues));
  d.unread = cents(d.unread + (s.dues.unread ?? 0));
  d.pending = cents(d.pending + (s.dues.pending ?? 0));
  const base = rateBaseOf(d);
  d.rate = base > 0 ? d.collected / base : null;
  d.membersInArrears += s.dues.membersInArrears;
  if (s.dues.membersInArrears > 0) d.branchesInArrears.push(name);
}

/** One branch's 三会一课 into the summary's. */
function addMeetings(mt: SummaryStats['meetings'], s: BranchStats): void {
  const name = s.branch;
  for (const t of MEETING_TYPES) {
    mt.held[t] += s.meetings[t];
    mt.required[t] += s.required[t];
    mt.periodsMet[t] += s.periodsMet[t];
    mt.rate[t] = mt.required[t] > 0 ? mt.periodsMet[t] / mt.required[t] : null;
    if (s.required[t] > 0 && s.periodsMet[t] >= s.required[t]) mt.fullyMet[t].push(name);
  }
}

export function summarize(digests: BranchDigest[]): SummaryStats {
  return digests.reduce(addToSummary, emptySummary());
}

/** Round a yuan sum to the 分, so that thousands of additions do not drift. */
function cents(x: number): number {
  return Math.round(x * 100) / 100;
}
