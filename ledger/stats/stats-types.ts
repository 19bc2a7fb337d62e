/**
 * The figures a report quotes, per branch (ARCHITECTURE.md "Stats").
 * Counted over the periods up to the as-of date; dues in yuan.
 */
import type { MeetingType } from '../model/ledger.js';
import type { RuleId, Severity } from '../findings/finding.js';

export type MeetingCounts = Record<MeetingType, number>;

export const MEETING_TYPES: readonly MeetingType[] = [
  'general', 'committee', 'group', 'lecture', 'themeDay', 'lifeMeeting', 'review',
];

export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  general: '支部党员大会',
  committee: '支委会',
  group: '党小组会',
  lecture: '党课',
  themeDay: '主题党日',
  lifeMeeting: '组织生活会',
  review: '民主评议党员',
};

/** Age bands used by the reports (age at the as-of date). */
export const AGE_BANDS = ['35岁及以下', '36至45岁', '46至55岁', '56至60岁', '61岁及以上', '不详'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Education groups used by the reports. */
export const EDUCATION_GROUPS = ['研究生', '大学本科', '大专', '中专及高中', '初中及以下', '不详'] as const;
export type EducationGroup = (typeof EDUCATION_GROUPS)[number];

export interface BranchStats {
  /** 支部名称 (from the info sheet, else the file name without extension) */
  branch: string;
  /**
   * 上级党组织 as the info sheet writes it, null where it does not. Optional, like `ledgers`: a digest
   * made without it (older callers, hand-built tests) reads as "not given".
   */
  parent?: string | null;
  /** which of the three ledgers the workbook holds (a missing one is a W01); absent = not known */
  ledgers?: { members: boolean; dues: boolean; meetings: boolean };
  /**
   * The sheets each ledger was read from (info: the 支部基本信息 sheet), so that a sheet-level finding
   * (W02 a column missing, W03 a cell unreadable) can be told apart by ledger: a branch whose roster
   * lacks a column is no example of a complete roster. Optional, like `ledgers`: absent = not known.
   */
  sheets?: { info: string[]; members: string[]; dues: string[]; meetings: string[] };
  asOf: string;
  year: number | null;
  members: {
    total: number;
    full: number;
    probationary: number;
    male: number;
    female: number;
    byAge: Record<AgeBand, number>;
    byEducation: Record<EducationGroup, number>;
    /** admitted (入党时间) within the ledger year up to the as-of date */
    newMembers: number;
    retired: number;
    /** committee roles held (书记, 副书记, 委员) */
    committeeSize: number;
    hasCommittee: boolean;
    secretary: string | null;
    /** distinct 党小组 */
    groups: number;
  };
  dues: {
    /** sum of the amounts due, months up to the as-of date */
    due: number;
    /** sum of the amounts paid, months up to the as-of date */
    paid: number;
    /** members with at least one month unpaid or short */
    membersInArrears: number;
    /**
     * Of `due`, what was paid: each member-month's payment (with what a quarterly or advance payment
     * carries to it) counted up to that month's due, so never more than `due`. `paid` minus this is
     * paid beyond the dues up to the as-of date: 预交 for later months, 多交, or a due entered too low.
     * Optional: absent where the stats came from elsewhere.
     */
    collected?: number;
    /**
     * Of `due`, what fell on months whose payment cell could not be read (W03) and was not covered
     * otherwise: not known to be paid or owed, so left out of the 收缴率 (dues-stats rateBaseOf).
     * Absent where there is none, or where the stats came from elsewhere.
     */
    unread?: number;
    /**
     * Not in `due`: the dues of ended months of a payment period still in progress (a 第四季度 or 全年
     * column not yet paid before the period ends), not yet owed. Absent where there is none.
     */
    pending?: number;
  };
  /**
   * The measures the ledgers cannot be counted for, and the column they lack (uncountable.ts). Not in
   * the JSON contract: the figures above stay as counted; the reports say "无法统计" instead of quoting
   * them and leave the branch out of that measure's totals. Absent where everything can be counted.
   */
  uncountable?: { meetings?: 'date' | 'typeText' | 'laterYear'; dues?: 'month' | 'paid' | 'laterYear' };
  /** meetings held, by type, dated within the year up to the as-of date */
  meetings: MeetingCounts;
  /** meetings required by the rules in the periods ended by the as-of date (0 where not applicable) */
  required: MeetingCounts;
  /** periods (months/quarters/years, per type) in which the required meeting was held */
  periodsMet: MeetingCounts;
  findings: {
    total: number;
    bySeverity: Record<Severity, number>;
    byRule: Partial<Record<RuleId, number>>;
  };
}

/** The stats as the JSON contract of `dangjian check --json` carries them, exactly. */
export interface ContractStats {
  members: { total: number; full: number; probationary: number };
  dues: { due: number; paid: number };
  meetings: MeetingCounts;
}

export function toContractStats(s: BranchStats): ContractStats {
  return {
    members: { total: s.members.total, full: s.members.full, probationary: s.members.probationary },
    dues: { due: round2(s.dues.due), paid: round2(s.dues.paid) },
    meetings: { ...s.meetings },
  };
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * What the report stage keeps of one branch once its workbook is done:
 * small enough to hold thousands while the ledgers themselves stream through.
 */
export interface BranchDigest {
  /** path as given or found */
  file: string;
  stats: BranchStats;
  /** findings with ID numbers already masked in every message */
  findings: import('../findings/finding.js').Finding[];
}
