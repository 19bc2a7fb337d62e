/**
 * Test support: build Ledger objects by hand, every field with a CellRef, so rule tests
 * can assert the exact sheet, cell and row of a finding. Fixed column letters:
 * roster 党员名册 A 姓名 B 性别 C 身份证号 D 出生日期 E 入党时间 F 转正时间 G 党员类别 H 党内职务
 * I 党小组 J 在职状态 K 联系电话 L 备注; dues (wide) 党费 A 姓名 B 基数 C 比例 D 月应交 E–P 1–12月 Q 备注 R 身份证号 (when given);
 * dues (long) A 姓名 B 月份 C 基数 D 应交 E 实交 F 备注 G 身份证号; meetings 三会一课 A 日期 B 类型 C 主题 D 主持人
 * E 主讲人 F 应到 G 实到 H 请假 I 缺席人员 J 记录人.
 */
import type {
  BranchInfo, BranchType, CellRef, DateValue, DuesRecord, Field, Gender, IdNumberValue, Ledger, Meeting,
  MeetingType, Member, MemberCategory, WorkStatus,
} from '../../model/ledger.js';
import { a1 } from '../../grid/address.js';
import { nameKey } from '../support/text.js';

export const HEADER_ROW = 2;

const ROSTER_COLS = { name: 1, gender: 2, idNumber: 3, birthDate: 4, joinDate: 5, fullDate: 6, category: 7,
  partyRole: 8, group: 9, status: 10, phone: 11, note: 12 } as const;
const MEETING_COLS = { date: 1, typeText: 2, topic: 3, host: 4, speaker: 5, expected: 6, present: 7, leave: 8,
  absentText: 9, recorder: 10 } as const;

export function ref(sheet: string, row: number, col: number): CellRef {
  return { sheet, row, col, address: a1(row, col) };
}

/** `undefined` → the column is absent (ref null); `null` → the cell is empty; else a value. */
function field<T>(value: T | null | undefined, sheet: string, row: number, col: number): Field<T> {
  if (value === undefined) return { value: null, raw: null, ref: null };
  if (value === null) return { value: null, raw: null, ref: ref(sheet, row, col) };
  const v = value as unknown;
  const raw = { v: typeof v === 'number' || typeof v === 'string' ? v : JSON.stringify(v) };
  return { value, raw, ref: ref(sheet, row, col) };
}

/** '2025-03-05' → day precision; '2025-03' → month; '2025' → year. */
export function dv(s: string): DateValue {
  if (/^\d{4}$/.test(s)) return { date: `${s}-01-01`, precision: 'year' };
  if (/^\d{4}-\d{2}$/.test(s)) return { date: `${s}-01`, precision: 'month' };
  return { date: s, precision: 'day' };
}

const dateField = (s: string | null | undefined, sheet: string, row: number, col: number) =>
  field<DateValue>(s == null ? s : dv(s), sheet, row, col);

export interface MemberSpec {
  name?: string | null;
  gender?: Gender | null;
  id?: string | IdNumberValue | null;
  birth?: string | null;
  join?: string | null;
  full?: string | null;
  category?: MemberCategory | null;
  /** overrides the derived effective category */
  effective?: MemberCategory | null;
  roles?: string[];
  group?: string | null;
  status?: WorkStatus | null;
  phone?: string | null;
  note?: string | null;
}

export interface WideDuesSpec {
  name: string | null;
  base?: number | null;
  rate?: number | null;
  due?: number | null;
  /** paid per month 1..12; null = empty cell; shorter arrays leave later months empty */
  paid?: (number | null)[];
  note?: string | null;
  /** 身份证号 (the dues sheet's own ID column) */
  id?: string | null;
}

export interface LongDuesSpec {
  name: string | null;
  /** months this row covers, e.g. ['2025-01'] or the three months of a quarter */
  months: string[];
  base?: number | null;
  due?: number | null;
  /** amount paid by this row; split evenly over its months */
  paid?: number | null;
  note?: string | null;
  /** 身份证号 (the dues sheet's own ID column) */
  id?: string | null;
}

export interface MeetingSpec {
  date: string | null;
  types: MeetingType[];
  typeText?: string;
  topic?: string | null;
  host?: string | null;
  speaker?: string | null;
  expected?: number | null;
  present?: number | null;
  leave?: number | null;
  absent?: string[] | null;
  recorder?: string | null;
  election?: boolean;
  /** held with another branch (联合召开) */
  withOthers?: boolean;
  /** the 党小组 a 党小组会 record names */
  group?: string;
  /** a cell says the meeting is planned (计划) */
  planned?: boolean;
}

const TYPE_TEXT: Record<MeetingType, string> = {
  general: '支部党员大会', committee: '支委会', group: '党小组会', lecture: '党课', themeDay: '主题党日',
  lifeMeeting: '组织生活会', review: '民主评议党员',
};

export class LedgerBuilder {
  year: number | null = 2025;
  rosterSheet = '党员名册';
  duesSheet = '党费';
  meetingsSheet = '三会一课';
  private memberSpecs: MemberSpec[] = [];
  private wide: WideDuesSpec[] = [];
  private long: LongDuesSpec[] = [];
  private meetingSpecs: MeetingSpec[] = [];
  private branchSpec: { name?: string; type?: BranchType; last?: string; next?: string } = {};
  /** roster columns left out of the sheet */
  omit = new Set<keyof MemberSpec>();
  roundedHeader = false;
  /** dues columns left out of the sheet */
  duesOmit = new Set<'due' | 'rate' | 'base'>();
  withRoster = true;

  setYear(y: number | null): this { this.year = y; return this; }
  member(spec: MemberSpec): this { this.memberSpecs.push(spec); return this; }
  /** n ordinary full members named 党员1… with valid-looking data */
  fullMembers(n: number, extra: Partial<MemberSpec> = {}): this {
    for (let i = 1; i <= n; i++) this.member({ name: `党员${i}`, join: '2010-07-01', full: '2011-07-01', category: '正式党员', status: '在职', ...extra });
    return this;
  }
  duesWide(spec: WideDuesSpec): this { this.wide.push(spec); return this; }
  duesLong(spec: LongDuesSpec): this { this.long.push(spec); return this; }
  meeting(spec: MeetingSpec): this { this.meetingSpecs.push(spec); return this; }
  branch(spec: { name?: string; type?: BranchType; last?: string; next?: string }): this { this.branchSpec = spec; return this; }

  /** Excel row of the i-th (0-based) member / dues row / meeting. */
  rowOf(i: number): number { return HEADER_ROW + 1 + i; }

  build(): Ledger {
    return {
      branch: this.buildBranch(),
      members: this.withRoster ? {
        sheet: this.rosterSheet, headerRow: HEADER_ROW,
        members: this.memberSpecs.map((s, i) => this.buildMember(s, this.rowOf(i))),
        columns: Object.fromEntries(Object.entries(ROSTER_COLS).filter(([k]) => !this.omit.has((k === 'partyRole' ? 'roles' : k) as keyof MemberSpec))),
      } : null,
      dues: this.wide.length || this.long.length ? {
        sheet: this.duesSheet, headerRow: HEADER_ROW, form: this.long.length ? 'long' : 'wide',
        roundedHeader: this.roundedHeader,
        records: this.long.length ? this.long.map((s, i) => this.buildLong(s, this.rowOf(i)))
          : this.wide.map((s, i) => this.buildWide(s, this.rowOf(i))),
        columns: {},
      } : null,
      meetings: this.meetingSpecs.length ? {
        sheet: this.meetingsSheet, headerRow: HEADER_ROW,
        meetings: this.meetingSpecs.map((s, i) => this.buildMeeting(s, this.rowOf(i))),
        columns: { ...MEETING_COLS },
      } : null,
      year: this.year,
      issues: [],
    };
  }

  private buildBranch(): BranchInfo {
    const s = '支部信息';
    const b = this.branchSpec;
    const none = <T>(): Field<T> => ({ value: null, raw: null, ref: null });
    return {
      sheet: s, name: field(b.name ?? '测试党支部', s, 2, 2), parent: none(), unit: none(),
      type: field(b.type ?? null, s, 3, 2), founded: none(),
      lastElection: dateField(b.last ?? null, s, 4, 2), nextElection: dateField(b.next ?? null, s, 5, 2),
      year: field(this.year, s, 6, 2), filler: none(), fillDate: none(),
    };
  }

  private buildMember(s: MemberSpec, row: number): Member {
    const sh = this.rosterSheet;
    const c = ROSTER_COLS;
    const col = <K extends keyof MemberSpec>(k: K, v: MemberSpec[K]) => (this.omit.has(k) ? undefined : v ?? null);
    const id = s.id == null ? s.id : typeof s.id === 'string' ? { text: s.id, storedAsNumber: false } : s.id;
    const roles = s.roles ?? [];
    const full = col('full', s.full);
    const category = col('category', s.category);
    const effective = s.effective !== undefined ? s.effective : category ?? (full ? '正式党员' : null);
    return {
      sheet: sh, row,
      name: field(col('name', s.name === undefined ? `党员${row}` : s.name), sh, row, c.name),
      nameKey: nameKey(s.name === undefined ? `党员${row}` : s.name),
      gender: field(col('gender', s.gender), sh, row, c.gender),
      ethnicity: { value: null, raw: null, ref: null },
      idNumber: field(this.omit.has('id') ? undefined : id ?? null, sh, row, c.idNumber),
      birthDate: dateField(col('birth', s.birth), sh, row, c.birthDate),
      education: { value: null, raw: null, ref: null },
      joinDate: dateField(col('join', s.join), sh, row, c.joinDate),
      fullDate: dateField(full, sh, row, c.fullDate),
      category: field(category, sh, row, c.category),
      effectiveCategory: effective,
      partyRoles: roles,
      partyRole: field(this.omit.has('roles') ? undefined : roles.join('、') || null, sh, row, c.partyRole),
      group: field(col('group', s.group), sh, row, c.group),
      position: { value: null, raw: null, ref: null },
      status: field(col('status', s.status), sh, row, c.status),
      phone: field(col('phone', s.phone), sh, row, c.phone),
      note: field(col('note', s.note), sh, row, c.note),
    };
  }

  private buildWide(s: WideDuesSpec, row: number): DuesRecord {
    const sh = this.duesSheet;
    const year = this.year ?? 2025;
    const paid = s.paid ?? [];
    return {
      sheet: sh, row,
      name: field(s.name, sh, row, 1), nameKey: nameKey(s.name),
      base: field(this.duesOmit.has('base') ? undefined : s.base ?? null, sh, row, 2),
      rate: field(this.duesOmit.has('rate') ? undefined : s.rate ?? null, sh, row, 3),
      due: field(this.duesOmit.has('due') ? undefined : s.due ?? null, sh, row, 4),
      months: Array.from({ length: 12 }, (_, i) => ({
        month: `${year}-${String(i + 1).padStart(2, '0')}`,
        paid: field(paid[i] ?? null, sh, row, 5 + i),
      })),
      note: field(s.note ?? null, sh, row, 17),
      ...(s.id !== undefined ? { idNumber: field(s.id == null ? null : { text: s.id, storedAsNumber: false }, sh, row, 18) } : {}),
    };
  }

  private buildLong(s: LongDuesSpec, row: number): DuesRecord {
    const sh = this.duesSheet;
    const share = s.paid == null ? null : s.paid / s.months.length;
    return {
      sheet: sh, row,
      name: field(s.name, sh, row, 1), nameKey: nameKey(s.name),
      base: field(s.base ?? null, sh, row, 3), rate: { value: null, raw: null, ref: null }, due: field(s.due ?? null, sh, row, 4),
      months: s.months.map((month) => ({ month, paid: field(share, sh, row, 5) })),
      note: field(s.note ?? null, sh, row, 6),
      ...(s.id !== undefined ? { idNumber: field(s.id == null ? null : { text: s.id, storedAsNumber: false }, sh, row, 7) } : {}),
    };
  }

  private buildMeeting(s: MeetingSpec, row: number): Meeting {
    const sh = this.meetingsSheet;
    const c = MEETING_COLS;
    const d = (v: string | null | undefined, dflt: string | null) => (v === undefined ? dflt : v);
    return {
      sheet: sh, row,
      date: dateField(s.date, sh, row, c.date),
      typeText: field(s.typeText ?? s.types.map((t) => TYPE_TEXT[t]).join('暨'), sh, row, c.typeText),
      types: s.types,
      topic: field(d(s.topic, '学习贯彻会议精神'), sh, row, c.topic),
      host: field(d(s.host, '书记甲'), sh, row, c.host),
      speaker: field(d(s.speaker, null), sh, row, c.speaker),
      expected: field(s.expected ?? null, sh, row, c.expected),
      present: field(s.present ?? null, sh, row, c.present),
      leave: field(s.leave ?? null, sh, row, c.leave),
      absentText: field(s.absent ? s.absent.join('、') || null : null, sh, row, c.absentText),
      absentees: (s.absent ?? []).map((n) => nameKey(n)),
      recorder: field(d(s.recorder, '记录员'), sh, row, c.recorder),
      isElection: s.election ?? false,
      withOthers: s.withOthers ?? false,
      ...(s.group ? { group: s.group } : {}),
      ...(s.planned ? { planned: true as const } : {}),
    };
  }
}

/** A valid 18-digit ID for a birth date (region 110101, sequence → gender). */
export function makeId(birth: string, gender: Gender = '男', region = '110101'): string {
  const seq = gender === '男' ? '123' : '124';
  const first17 = region + birth.replace(/-/g, '') + seq;
  const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const CHECK = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return first17 + CHECK[sum % 11];
}

/** Every month of a year as '2025-01' … '2025-12'. */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}
