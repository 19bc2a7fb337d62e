/**
 * The abstract branch the generator builds before writing it: what the ledgers say,
 * independent of how the workbook lays it out. Violations are planted on this model;
 * the writer resolves each expectation's target object to its sheet/cell.
 */
import type { MeetingType, RuleId } from './contract.js';

export type WorkStatus = '在职' | '离退休' | '农民' | '学生' | '下岗失业' | '低保';
export type BranchType = '机关' | '事业单位' | '企业' | '村' | '社区' | '学校';

/** How the ID cell is written. */
export type IdForm = 'text' | 'textSpace' | 'number' | 'empty';

export interface GenMember {
  name: string;
  /** name as the roster writes it (may carry a space: 张 三) */
  rosterName: string;
  /** name as the dues sheet writes it */
  duesName: string;
  gender: '男' | '女';
  /** overrides the written 性别 (M03 plant) */
  genderWritten?: '男' | '女';
  ethnicity: string;
  id: string;
  idWritten: string;
  idForm: IdForm;
  birth: string;
  /** written instead of the birth date (W03 / M03 plants) */
  birthWritten?: string;
  education: string;
  join: string;
  full: string | null;
  category: '正式党员' | '预备党员';
  roles: string[];
  group: string | null;
  status: WorkStatus;
  phone: string;
  note: string;
  /** dues: null base for flat-rate members (农民, 学生 …) */
  base: number | null;
  /** monthly amount due as written, in fen */
  dueFen: number;
  /** amount paid per month Jan..Dec in fen; null = blank */
  paidFen: (number | null)[];
  /** false when the member has no dues row */
  hasDuesRow: boolean;
}

/** A dues row for someone not on the roster (D01 plant). */
export interface GenDuesStranger {
  name: string;
  base: number;
  dueFen: number;
  paidFen: (number | null)[];
}

export interface GenAbsentee {
  name: string;
  reason: string;
}

export interface GenMeeting {
  date: string;
  /** optional clock time written after the date */
  time?: string;
  type: MeetingType;
  typeText: string;
  topic: string;
  host: string;
  speaker: string;
  expected: number;
  present: number;
  absentees: GenAbsentee[];
  recorder: string;
}

export interface GenBranch {
  name: string;
  parent: string;
  unit: string;
  type: BranchType;
  founded: string;
  lastElection: string;
  nextElection: string | null;
  year: number;
  filler: string;
  fillDate: string;
  members: GenMember[];
  strangers: GenDuesStranger[];
  meetings: GenMeeting[];
  hasCommittee: boolean;
  hasGroups: boolean;
  /** columns deliberately left out (W02 plant): ledger → canonical field */
  dropColumns: { ledger: 'members' | 'dues' | 'meetings'; field: string }[];
}

/** Where an expected finding points, resolved by the writer. */
export type Target =
  | { kind: 'member'; member: GenMember; field: string | null }
  | { kind: 'duesMember'; member: GenMember; month: number | null; field: string | null }
  | { kind: 'duesStranger'; stranger: GenDuesStranger }
  | { kind: 'meeting'; meeting: GenMeeting; field: string | null }
  | { kind: 'branchInfo'; field: string }
  | { kind: 'sheet'; ledger: 'members' | 'dues' | 'meetings' }
  | { kind: 'meetingsSheet' }
  | { kind: 'none' };

export interface Expectation {
  rule: RuleId;
  target: Target;
  period: string | null;
  member: string | null;
}
