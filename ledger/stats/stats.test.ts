import { describe, expect, it } from 'vitest';
import type { DateValue, DuesLedger, Field, Ledger, Meeting, MeetingType, Member, MemberCategory } from '../model/ledger.js';
import type { Finding } from '../findings/finding.js';
import { computeStats } from './index.js';
import { rateBaseOf } from './dues-stats.js';
import { resolveSettings } from '../settings.js';
import { ageBand } from './age-band.js';
import { educationGroup } from './education-group.js';
import { toContractStats } from './stats-types.js';

const f = <T>(value: NoInfer<T> | null): Field<T> => ({ value, raw: null, ref: null });
const d = (date: string): DateValue => ({ date, precision: 'day' });
/** a value read from a cell (the 月应交 column is present) */
const at = (value: number): Field<number> => ({ value, raw: { v: value }, ref: { sheet: '党费', row: 1, col: 4, address: 'D1' } });

interface MemberSpec {
  name: string; id?: string; gender?: '男' | '女'; birth?: string; education?: string; join?: string;
  category?: MemberCategory | null; roles?: string[]; group?: string; status?: '在职' | '离退休'; note?: string;
}

function member(s: MemberSpec, row: number): Member {
  return {
    sheet: '党员名册', row, name: f(s.name), nameKey: s.name.replace(/\s+/g, ''),
    gender: f(s.gender ?? null), ethnicity: f('汉族'),
    idNumber: f(s.id ? { text: s.id, storedAsNumber: false } : null),
    birthDate: f(s.birth ? d(s.birth) : null), education: f(s.education ?? null),
    joinDate: f(s.join ? d(s.join) : null), fullDate: f(null),
    category: f(s.category ?? null), effectiveCategory: s.category === undefined ? '正式党员' : s.category,
    partyRoles: s.roles ?? [], partyRole: f(s.roles?.join('、') ?? null), group: f(s.group ?? null),
    position: f(null), status: f(s.status ?? '在职'), phone: f(null), note: f(s.note ?? null),
  };
}

function meeting(date: string, types: MeetingType[], row: number): Meeting {
  return {
    sheet: '三会一课', row, date: f(d(date)), typeText: f(types.join('暨')), types,
    topic: f('学习'), host: f('甲'), speaker: f(null), expected: f(5), present: f(5), leave: f(0),
    absentText: f(null), absentees: [], recorder: f('乙'), isElection: false, withOthers: false,
  };
}

function ledger(parts: Partial<Ledger> & { roster?: MemberSpec[]; meetingList?: Meeting[] }): Ledger {
  const empty = f<never>(null);
  return {
    branch: {
      sheet: '支部信息', name: f(null), parent: empty, unit: empty, type: empty, founded: empty,
      lastElection: empty, nextElection: empty, year: empty, filler: empty, fillDate: empty,
    },
    members: parts.roster
      ? { sheet: '党员名册', headerRow: 1, members: parts.roster.map((m, i) => member(m, i + 2)), columns: {} }
      : null,
    dues: parts.dues ?? null,
    meetings: parts.meetingList ? { sheet: '三会一课', headerRow: 1, meetings: parts.meetingList, columns: {} } : null,
    year: parts.year ?? 2025,
    issues: [],
    ...(parts.branch ? { branch: parts.branch } : {}),
  };
}

const finding = (rule: Finding['rule'], severity: Finding['severity']): Finding =>
  ({ rule, severity, sheet: null, cell: null, row: null, period: null, member: null, message: '' });

describe('age bands and education groups', () => {
  it('puts 35 in the youngest band and 36 in the next; 60 and 61 either side', () => {
    expect([35, 36, 45, 46, 55, 56, 60, 61].map(ageBand)).toEqual(
      ['35岁及以下', '36至45岁', '36至45岁', '46至55岁', '46至55岁', '56至60岁', '56至60岁', '61岁及以上']);
    expect(ageBand(null)).toBe('不详');
  });
  it('maps the 学历 synonyms of real rosters', () => {
    const cases: Record<string, string> = {
      博士研究生: '研究生', 硕士: '研究生', 研究生: '研究生', 本科: '大学本科', 大学: '大学本科',
      大学本科: '大学本科', 大专: '大专', 大学专科: '大专', 专科: '大专', 中专: '中专及高中', 高中: '中专及高中',
      中技: '中专及高中', 职高: '中专及高中', 初中: '初中及以下', 小学: '初中及以下', '': '不详', 其他: '不详',
    };
    for (const [text, group] of Object.entries(cases)) expect([text, educationGroup(text)]).toEqual([text, group]);
  });
});

describe('computeStats', () => {
  it('records the sheets each ledger was read from, so a W02/W03 can be told apart by ledger', () => {
    const l = ledger({ roster: [{ name: '甲' }], meetingList: [meeting('2025-03-01', ['general'], 2)] });
    l.members!.sheets = ['第一党小组', '第二党小组'];
    const s = computeStats(l, [], '2025-12-31', '某支部');
    expect(s.sheets).toEqual({ info: ['支部信息'], members: ['第一党小组', '第二党小组'], dues: [], meetings: ['三会一课'] });
  });

  const roster: MemberSpec[] = [
    { name: '赵 一', gender: '男', birth: '1990-12-31', education: '硕士', join: '2015-06-01', roles: ['书记'], group: '第一党小组' },
    { name: '钱二', gender: '女', birth: '1989-12-31', education: '本科', join: '2012-06-01', roles: ['组织委员'], group: '第一党小组' },
    // no 性别 column value: the ID's 17th digit (even) says 女; no 出生日期: the ID says 1964-05-05
    { name: '孙三', id: '110101196405050028', education: '大专', join: '2000-07-01', roles: ['宣传委员'], group: '第二党小组', status: '离退休' },
    { name: '李四', gender: '男', birth: '2003-03-01', education: '高中', join: '2025-03-01', category: '预备党员' },
    { name: '', category: null },
  ];

  it('counts members by category, sex, age band, education, new members, retired and 党小组', () => {
    const s = computeStats(ledger({ roster }), [], '2025-12-31', '文件名支部');
    expect(s.branch).toBe('文件名支部');
    expect(s.members).toMatchObject({
      total: 4, full: 3, probationary: 1, male: 2, female: 2, newMembers: 1, retired: 1, groups: 2,
    });
    expect(s.members.byAge).toEqual({ '35岁及以下': 2, '36至45岁': 1, '46至55岁': 0, '56至60岁': 0, '61岁及以上': 1, 不详: 0 });
    expect(s.members.byEducation).toEqual({ 研究生: 1, 大学本科: 1, 大专: 1, 中专及高中: 1, 初中及以下: 0, 不详: 0 });
    expect(s.members.hasCommittee).toBe(true);
    expect(s.members.secretary).toBe('赵 一');
  });

  it('counts no member who left before the year: a row kept on after 2023年5月转出 is no member in 2025', () => {
    const left: MemberSpec[] = [
      ...roster,
      { name: '周五', gender: '女', birth: '1970-01-01', education: '本科', join: '1995-07-01', note: '2023年5月转出至市文旅局' },
      { name: '吴六', gender: '男', birth: '1940-01-01', education: '初中', join: '1965-07-01', status: '离退休', note: '2024.11去世' },
      // left during the year, or on a note without a date: still one of the year's members
      { name: '郑七', gender: '男', birth: '1980-01-01', education: '本科', join: '2005-07-01', note: '2025年6月转出' },
      { name: '王八', gender: '男', birth: '1980-01-01', education: '本科', join: '2005-07-01', note: '已转出' },
    ];
    const s = computeStats(ledger({ roster: left }), [], '2025-12-31', '');
    expect(s.members).toMatchObject({ total: 6, full: 5, probationary: 1, male: 4, female: 2, retired: 1 });
    expect(s.members.byEducation['初中及以下']).toBe(0);
    expect(toContractStats(s).members).toEqual({ total: 6, full: 5, probationary: 1 });
  });

  it('takes the branch name from the info sheet before the file name', () => {
    const l = ledger({ roster });
    l.branch.name = f('财政局机关党支部');
    expect(computeStats(l, [], '2025-12-31', 'x').branch).toBe('财政局机关党支部');
  });

  it('counts meetings dated in the year up to the as-of date, a combined meeting once per type', () => {
    const list = [
      meeting('2024-12-20', ['general'], 2), // previous year
      meeting('2025-01-10', ['general', 'lecture'], 3),
      meeting('2025-02-10', ['themeDay'], 4),
      meeting('2025-06-30', ['committee'], 5), // on the as-of date: counted
      meeting('2025-07-01', ['committee'], 6), // after the as-of date
    ];
    const s = computeStats(ledger({ roster, meetingList: list }), [], '2025-06-30', '');
    expect(s.meetings).toEqual({ general: 1, committee: 1, group: 0, lecture: 1, themeDay: 1, lifeMeeting: 0, review: 0 });
  });

  it('counts last year\'s 组织生活会 held this January for last year, not for this one (as C06 judges it)', () => {
    const held = meeting('2026-01-20', ['lifeMeeting', 'review'], 2);
    held.topic = f('2025年度专题组织生活会和民主评议党员');
    const s = computeStats(ledger({ roster, meetingList: [held, meeting('2026-01-20', ['committee'], 3)], year: 2026 }), [], '2026-11-25', '');
    expect(s.meetings).toEqual({ general: 0, committee: 1, group: 0, lecture: 0, themeDay: 0, lifeMeeting: 0, review: 0 });
    expect(computeStats(ledger({ roster, meetingList: [held], year: 2025 }), [], '2025-12-31', '').meetings.lifeMeeting).toBe(1);
  });

  it('sums wide-form dues over the months ended by the as-of date, from the month of admission', () => {
    const months = (amounts: (number | null)[]) => amounts.map((a, i) => ({ month: `2025-${String(i + 1).padStart(2, "0")}`, paid: f<number>(a) }));
    const dues: DuesLedger = {
      sheet: '党费', headerRow: 3, form: 'wide', roundedHeader: false, columns: {},
      records: [
        { sheet: '党费', row: 4, name: f('赵 一'), nameKey: '赵一', base: f(4000), due: at(40), rate: f(0.01), note: f(null),
          months: months([40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40]) },
        // paid quarterly: not in arrears at the end of a quarter
        { sheet: '党费', row: 5, name: f('钱二'), nameKey: '钱二', base: f(2000), due: at(10.05), rate: f(0.005), note: f(null),
          months: months([null, null, 30.15, null, null, 30.15, null, null, null, null, null, null]) },
        // admitted in March 2025: due from March; paid April and May only
        { sheet: '党费', row: 6, name: f('李四'), nameKey: '李四', base: f(3000), due: at(15), rate: f(0.005), note: f(null),
          months: months([null, null, null, 15, 15, null, null, null, null, null, null, null]) },
      ],
    };
    const s = computeStats(ledger({ roster, dues }), [], '2025-06-30', '');
    // 赵一 6×40 + 钱二 6×10.05 + 李四 4×15 (March–June)
    expect(s.dues.due).toBe(240 + 60.3 + 60);
    expect(s.dues.paid).toBe(240 + 60.3 + 30);
    expect(s.dues.membersInArrears).toBe(1);
    // the months before admission filled with 0 rather than left blank: still not due
    const zeros = { ...dues, records: dues.records.map((r) => (r.nameKey === '李四' ? { ...r, months: months([0, 0, null, 15, 15, 0, 0, 0, 0, 0, 0, 0]) } : r)) };
    const z = computeStats(ledger({ roster, dues: zeros }), [], '2025-06-30', '');
    expect([z.dues.due, z.dues.paid, z.dues.membersInArrears]).toEqual([s.dues.due, s.dues.paid, 1]);
  });

  it('counts long-form dues for every ended month, a month without a payment row still due', () => {
    const dues: DuesLedger = {
      sheet: '党费收缴明细', headerRow: 1, form: 'long', roundedHeader: false, columns: {},
      records: [
        { sheet: '党费收缴明细', row: 2, name: f('赵 一'), nameKey: '赵一', base: f(4000), due: at(40), rate: f(null), note: f(null),
          months: ['2025-01', '2025-02', '2025-03'].map((month) => ({ month, paid: f(40) })) },
        { sheet: '党费收缴明细', row: 3, name: f('赵 一'), nameKey: '赵一', base: f(4000), due: at(40), rate: f(null), note: f(null),
          months: [{ month: '2025-04', paid: f(20) }] },
        { sheet: '党费收缴明细', row: 4, name: f('赵 一'), nameKey: '赵一', base: f(4000), due: at(40), rate: f(null), note: f(null),
          months: [{ month: '2025-07', paid: f(40) }] }, // after the as-of date
        // another member paid January–June in one row: the ledger keeps those months
        { sheet: '党费收缴明细', row: 5, name: f('钱二'), nameKey: '钱二', base: f(2000), due: at(10.05), rate: f(null), note: f(null),
          months: ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'].map((month) => ({ month, paid: f(10.05) })) },
      ],
    };
    const s = computeStats(ledger({ roster, dues }), [], '2025-06-30', '');
    // 赵一 due January–June (6 × 40, May and June without a row of his), paid 3 × 40 + 20; 钱二 6 × 10.05 paid
    expect(s.dues).toEqual({ due: 240 + 60.3, paid: 140 + 60.3, membersInArrears: 1, collected: 140 + 60.3 });
  });

  it('does not count a member with approved 减免 as in arrears', () => {
    const dues: DuesLedger = {
      sheet: '党费', headerRow: 1, form: 'wide', roundedHeader: false, columns: {},
      records: [{ sheet: '党费', row: 2, name: f('钱二'), nameKey: '钱二', base: f(2000), due: at(10), rate: f(null),
        note: f('经上级党委批准免交'), months: ['2025-01', '2025-02', '2025-03'].map((month) => ({ month, paid: f<number>(null) })) }],
    };
    const s = computeStats(ledger({ roster, dues }), [], '2025-03-31', '');
    expect(s.dues).toEqual({ due: 30, paid: 0, membersInArrears: 0, collected: 0 });
  });

  it('counts as collected what each month received up to its due: a surplus paid elsewhere does not cover arrears', () => {
    const dues: DuesLedger = {
      sheet: '党费', headerRow: 1, form: 'wide', roundedHeader: false, columns: {},
      records: [
        // pays 50 on a due of 40 every month (多交, or a due entered too low)
        { sheet: '党费', row: 2, name: f('赵 一'), nameKey: '赵一', base: f(4000), due: at(40), rate: f(null), note: f(null),
          months: ['2025-01', '2025-02', '2025-03'].map((month) => ({ month, paid: f(50) })) },
        // pays nothing in March
        { sheet: '党费', row: 3, name: f('钱二'), nameKey: '钱二', base: f(2000), due: at(10), rate: f(null), note: f(null),
          months: ['2025-01', '2025-02', '2025-03'].map((month) => ({ month, paid: f<number>(month === '2025-03' ? null : 10) })) },
        // pays the quarter in advance in January: all three months collected
        { sheet: '党费', row: 4, name: f('孙三'), nameKey: '孙三', base: f(2000), due: at(10), rate: f(null), note: f(null),
          months: ['2025-01', '2025-02', '2025-03'].map((month) => ({ month, paid: f<number>(month === '2025-01' ? 30 : null) })) },
      ],
    };
    const s = computeStats(ledger({ roster, dues }), [], '2025-03-31', '');
    expect(s.dues).toEqual({ due: 120 + 30 + 30, paid: 150 + 20 + 30, membersInArrears: 1, collected: 120 + 20 + 30 });
  });

  it('keeps the dues of months whose payment cell could not be read (W03) apart, out of the rate', () => {
    const unreadable: Field<number> = { value: null, raw: { v: '=SUM(A1)' } as never, ref: null, unreadable: true };
    const dues: DuesLedger = {
      sheet: '党费', headerRow: 1, form: 'wide', roundedHeader: false, columns: {},
      records: [
        // January paid, February and March formulas saved without their results
        { sheet: '党费', row: 2, name: f('赵 一'), nameKey: '赵一', base: f(4000), due: at(40), rate: f(null), note: f(null),
          months: ['2025-01', '2025-02', '2025-03'].map((month) => ({ month, paid: month === '2025-01' ? f(40) : unreadable })) },
      ],
    };
    const s = computeStats(ledger({ roster, dues }), [], '2025-03-31', '');
    // not known to be short: nobody in arrears, and 80 of the 120 due is not known either way
    expect(s.dues).toEqual({ due: 120, paid: 40, membersInArrears: 0, collected: 40, unread: 80 });
    expect(rateBaseOf(s.dues)).toBe(40);
  });

  it('says which ledgers the workbook holds and the 上级党组织 of the info sheet', () => {
    const l = ledger({ roster });
    expect(computeStats(l, [], '2025-12-31', '').ledgers).toEqual({ members: true, dues: false, meetings: false });
    expect(computeStats(l, [], '2025-12-31', '').parent).toBeNull();
    l.branch.parent = f(' 中共城关镇委员会 ');
    expect(computeStats(l, [], '2025-12-31', '').parent).toBe('中共城关镇委员会');
  });

  it('counts findings by severity and rule', () => {
    const s = computeStats(ledger({ roster }), [finding('M02', '错误'), finding('M02', '错误'), finding('C09', '警告')], '2025-12-31', '');
    expect(s.findings).toEqual({ total: 3, bySeverity: { 错误: 2, 警告: 1, 提示: 0 }, byRule: { M02: 2, C09: 1 } });
  });

  it('counts required and met periods as the meeting rules judge them', () => {
    // a whole year of 主题党日 except in May; as-of the end of June: 6 months required, 5 met
    const list = [1, 2, 3, 4, 6].map((m, i) => meeting(`2025-0${m}-15`, ['themeDay'], i + 2));
    const s = computeStats(ledger({ roster, meetingList: list }), [], '2025-06-30', '');
    expect(s.required.themeDay).toBe(6);
    expect(s.periodsMet.themeDay).toBe(5);
    expect(s.required.lifeMeeting).toBe(0);
  });

  it('counts a month one named 党小组 missed as not met, as C03 reports it', () => {
    // two groups the records name, each month to June, group two skipping April; the roster shows no groups
    const list = [1, 2, 3, 4, 5, 6].flatMap((m, i) => [
      { ...meeting(`2025-0${m}-10`, ['group'], 2 * i + 2), group: '第一党小组' },
      ...(m === 4 ? [] : [{ ...meeting(`2025-0${m}-12`, ['group'], 2 * i + 3), group: '第二党小组' }]),
    ]);
    const s = computeStats(ledger({ roster, meetingList: list }), [], '2025-06-30', '');
    expect([s.required.group, s.periodsMet.group, s.meetings.group]).toEqual([6, 5, 11]);
  });

  it('follows the 党课 frequency setting for the lectures required', () => {
    const list = [meeting('2025-02-10', ['lecture'], 2)];
    const l = ledger({ roster, meetingList: list });
    expect(computeStats(l, [], '2025-12-31', '').required.lecture).toBe(4);
    const monthly = computeStats(l, [], '2025-12-31', '', resolveSettings({ lectureFrequency: 'month' }));
    expect(monthly.required.lecture).toBe(12);
    expect(monthly.periodsMet.lecture).toBe(1);
  });

  it('gives zeros for a workbook without ledgers', () => {
    const s = computeStats(ledger({}), [], '2025-12-31', '某支部');
    expect(s.members.total).toBe(0);
    expect(s.dues).toEqual({ due: 0, paid: 0, membersInArrears: 0, collected: 0 });
    expect(s.meetings.general).toBe(0);
    // no meetings ledger: nothing required (W01 reports the missing ledger, not 0 of 4 held)
    expect(s.required).toEqual({ general: 0, committee: 0, group: 0, lecture: 0, themeDay: 0, lifeMeeting: 0, review: 0 });
  });
});
