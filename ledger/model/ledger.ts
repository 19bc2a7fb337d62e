/**
 * Ledger: the recognised sheets of one branch workbook as typed records.
 * Every field remembers the cell it came from, so a finding can point at it.
 */
import type { GridCell } from '../grid/grid.js';
import type { Finding } from '../findings/finding.js';

/** 'YYYY-MM-DD' */
export type IsoDate = string;
/** 'YYYY-MM' */
export type IsoMonth = string;

/** Where a value was read: sheet name as written, 1-based row/col, A1 address. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
  address: string;
}

/**
 * One recognised field of one record. `value` is null when the cell is empty
 * or could not be read as its type (then `unreadable` is true and a W03 was raised).
 */
export interface Field<T> {
  value: T | null;
  /** the cell as found, null when the column is absent or the cell empty */
  raw: GridCell | null;
  /** the cell the value came from; null when the column is absent */
  ref: CellRef | null;
  unreadable?: boolean;
}

/** A parsed date keeps how precise the source was ("2019.7" is month-precise). */
export interface DateValue {
  date: IsoDate;
  precision: 'day' | 'month' | 'year';
}

export type Gender = '男' | '女';
export type MemberCategory = '正式党员' | '预备党员';
/** 中组发〔2008〕3号: the status that decides the dues rate. */
export type WorkStatus = '在职' | '离退休' | '农民' | '学生' | '下岗失业' | '低保' | '其他';
export type BranchType = '机关' | '事业单位' | '企业' | '村' | '社区' | '学校' | '其他';

export interface BranchInfo {
  /** sheet the info came from (null when the workbook has no info sheet) */
  sheet: string | null;
  name: Field<string>;
  parent: Field<string>;
  unit: Field<string>;
  type: Field<BranchType>;
  founded: Field<DateValue>;
  lastElection: Field<DateValue>;
  nextElection: Field<DateValue>;
  year: Field<number>;
  filler: Field<string>;
  fillDate: Field<DateValue>;
}

export interface IdNumberValue {
  /** the ID as text, trimmed, upper-case X; for a number the digits it still has */
  text: string;
  /** the cell held a number: 18 digits cannot survive floating point */
  storedAsNumber: boolean;
}

export interface Member {
  sheet: string;
  /** 1-based Excel row */
  row: number;
  /** name as the roster writes it (trimmed) */
  name: Field<string>;
  /** identity key: name without any whitespace */
  nameKey: string;
  gender: Field<Gender>;
  ethnicity: Field<string>;
  idNumber: Field<IdNumberValue>;
  birthDate: Field<DateValue>;
  education: Field<string>;
  joinDate: Field<DateValue>;
  fullDate: Field<DateValue>;
  /** as written in the category column; null when the column is absent or empty */
  category: Field<MemberCategory>;
  /** category as judged: written, else derived (a 转正时间 makes a 正式党员); null when unknown */
  effectiveCategory: MemberCategory | null;
  /** 党内职务 normalised: '书记' | '副书记' | '组织委员' | '宣传委员' | '纪检委员' | '统战委员' | '党小组长' | other text */
  partyRoles: string[];
  partyRole: Field<string>;
  group: Field<string>;
  position: Field<string>;
  status: Field<WorkStatus>;
  phone: Field<string>;
  note: Field<string>;
  /** 转入时间 / 转出时间 columns, where the roster has them */
  transferIn?: Field<DateValue>;
  transferOut?: Field<DateValue>;
}

export interface MembersLedger {
  sheet: string;
  /**
   * Every sheet the ledger was read from, in workbook order, where it is split over several
   * (三会一课 by quarter, 党费 by half-year, a roster in two parts); absent when `sheet` is the only
   * one. `sheet`, `headerRow` and `columns` are then those of the sheet it was recognised on.
   */
  sheets?: string[];
  headerRow: number;
  members: Member[];
  /** which canonical columns were found (field key → 1-based column) */
  columns: Record<string, number>;
  /** no 党内职务 column: the sheet whose 支部书记/委员 entries gave the members their offices (info-roles.ts) */
  rolesFrom?: string;
}

export interface DuesMonth {
  month: IsoMonth;
  /** amount paid for this month; for a row covering several months, its share */
  paid: Field<number>;
  /**
   * the cell is empty but a note says dues are deducted from pay (payroll-deduction.ts): `paid` is the
   * row's due, or unknown (`unreadable`, no W03) where the row states none
   */
  deducted?: true;
}

/** One member's dues as one ledger row (wide form) or one row per payment (long form). */
export interface DuesRecord {
  sheet: string;
  row: number;
  name: Field<string>;
  nameKey: string;
  /** 身份证号, where the dues sheet has the column (it ties the row to its roster member, roster-index.ts) */
  idNumber?: Field<IdNumberValue>;
  base: Field<number>;
  /** monthly amount due */
  due: Field<number>;
  /** the rate as written (wide form 比例 column), e.g. 0.005 */
  rate: Field<number>;
  months: DuesMonth[];
  note: Field<string>;
}

export interface DuesLedger {
  sheet: string;
  /** every sheet read, in workbook order, where the ledger is split over several (as MembersLedger) */
  sheets?: string[];
  headerRow: number;
  form: 'long' | 'wide';
  /** the base or due column says it is rounded (取整) */
  roundedHeader: boolean;
  records: DuesRecord[];
  columns: Record<string, number>;
  /** required columns not found (W02 says so): the rules that need them are not judged */
  missingColumns?: string[];
}

/** Stable keys of meeting types; they are also the stats keys of the JSON contract. */
export type MeetingType = 'general' | 'committee' | 'group' | 'lecture' | 'themeDay' | 'lifeMeeting' | 'review';

export interface Meeting {
  sheet: string;
  row: number;
  date: Field<DateValue>;
  /** type text as written */
  typeText: Field<string>;
  /** recognised types (a combined meeting such as 党员大会暨党课 has two); empty when unknown */
  types: MeetingType[];
  topic: Field<string>;
  host: Field<string>;
  speaker: Field<string>;
  expected: Field<number>;
  present: Field<number>;
  leave: Field<number>;
  absentText: Field<string>;
  /** names listed as absent (reasons in brackets removed), as name keys */
  absentees: string[];
  recorder: Field<string>;
  /** the topic or type says it was an election (选举 / 换届) */
  isElection: boolean;
  /**
   * the type, topic or 备注 says it was held with another branch or unit (联合召开): its 应到/实到
   * count both, so C08 and C09 do not hold them against this branch's roster
   */
  withOthers: boolean;
  /**
   * the 党小组 a 党小组会 record names (第二党小组, as written: recognize/meeting-group.ts); absent or
   * null for a record of the branch as a whole
   */
  group?: string | null;
  /**
   * a cell of the row says the meeting is planned (计划, 拟于…, 待召开: recognize/planned-row.ts);
   * dated after the as-of date it is a plan, not a record (rules/meetings/planned.ts)
   */
  planned?: true;
}

export interface MeetingsLedger {
  sheet: string;
  /** every sheet read, in workbook order, where the ledger is split over several (as MembersLedger) */
  sheets?: string[];
  headerRow: number;
  meetings: Meeting[];
  columns: Record<string, number>;
  /** required columns not found (W02 says so): the rules that need them are not judged */
  missingColumns?: string[];
}

export interface Ledger {
  branch: BranchInfo;
  members: MembersLedger | null;
  dues: DuesLedger | null;
  meetings: MeetingsLedger | null;
  /** the ledger year: 统计年度, else inferred from the data; null when nothing tells */
  year: number | null;
  /** W01–W03: what could not be recognised or read */
  issues: Finding[];
}
