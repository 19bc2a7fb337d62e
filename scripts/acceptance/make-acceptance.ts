/**
 * Held-out acceptance corpus, written from shared/DOMAIN.md §1–§3 and the JSON contract alone:
 * ~24 branch workbooks, each in a different realistic style, ledger year 2025, as-of 2025-12-31,
 * ~3 planted violations each over every rule ID, plus 4 hostile files; truth.json beside them.
 *   npx tsx scripts/acceptance/make-acceptance.ts --out DIR
 * Deterministic: the same files and truth every run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  addYears, baseBranch, baseMeetings, checkChar, duesFor, expectedStats, makeId, type Branch, type ContractStats,
  type Kind, type Meeting, type Member,
} from './model.js';
import { writeBranch, type Layout, type Style } from './write.js';

export interface TruthFinding {
  rule: string;
  /** sheet name; undefined = any; alternatives in sheets */
  sheet?: string | null;
  sheets?: (string | null)[];
  cell?: string | null;
  row?: number | null;
  /** alternative rows that are as right (a duplicate pair) */
  rows?: (number | null)[];
  period?: string | null;
  member?: string | null;
  note: string;
}
export interface Tolerance { rule: string; member?: string; note: string }
export interface TruthFile {
  file: string;
  branch: string;
  style: string;
  hostile: boolean;
  findings: TruthFinding[];
  tolerate: Tolerance[];
  stats: ContractStats | null;
  /** other readings of the stats the spec leaves open (named in the note) */
  statsAlt: { stats: ContractStats; note: string }[];
}

// ---------- expectation helpers, resolved once the layout is known ----------
type Exp = (L: Layout, b: Branch, st: Style) => TruthFinding;
const rosterName = (st: Style, m: Member): string => (st.roster.nameSpaces && m.name.length === 2 ? `${m.name[0]} ${m.name[1]}` : m.name);
const E = {
  roster: (rule: string, m: Member, field: string | null, note: string): Exp => (L, _b, st) => {
    const loc = L.roster.get(m)!;
    return { rule, sheet: loc.sheet, row: loc.row, cell: field && loc.cols[field] ? `${loc.cols[field]}${loc.row}` : undefined, member: rosterName(st, m), note };
  },
  dup: (rule: string, m: Member, note: string): Exp => (L, _b, st) => ({ rule, sheet: L.sheets.roster, rows: [L.roster.get(m)!.row, L.dupRow.get(m)!, null], member: rosterName(st, m), note }),
  duesMonth: (rule: string, m: Member, month: number, note: string): Exp => (L, _b, st) => {
    const wide = L.duesMonth.get(m)?.get(month);
    if (wide) return { rule, sheet: wide.sheet, row: wide.row, cell: `${wide.cols.paid}${wide.row}`, period: `2025-${String(month).padStart(2, '0')}`, member: rosterName(st, m), note };
    const loc = L.duesRow.get(m)!;
    return { rule, sheet: loc.sheet, row: loc.row, cell: `${loc.cols[`m${month}`]}${loc.row}`, period: `2025-${String(month).padStart(2, '0')}`, member: rosterName(st, m), note };
  },
  duesMember: (rule: string, m: Member, note: string, anyRow = false): Exp => (L, _b, st) => {
    const loc = L.duesRow.get(m);
    return { rule, sheet: L.sheets.dues, row: anyRow || !loc || L.duesMonth.size ? undefined : loc.row, member: m.inRoster ? rosterName(st, m) : m.name, note };
  },
  noDues: (rule: string, m: Member, note: string): Exp => (L, _b, st) => ({ rule, sheets: [L.sheets.dues, L.sheets.roster, null], member: rosterName(st, m), note }),
  meeting: (rule: string, mt: Meeting, field: string | null, note: string): Exp => (L) => {
    const loc = L.meetings.get(mt)!;
    return { rule, sheet: loc.sheet, row: loc.row, cell: field && loc.cols[field] ? `${loc.cols[field]}${loc.row}` : undefined, note };
  },
  period: (rule: string, period: string, note: string): Exp => (L) => ({ rule, sheet: L.sheets.meetings, period, note }),
  absentee: (rule: string, m: Member, note: string): Exp => (L, _b, st) => ({ rule, sheet: L.sheets.meetings, member: rosterName(st, m), note }),
  info: (rule: string, field: string | null, note: string): Exp => (L) => ({ rule, sheet: L.sheets.info, cell: field ? L.info?.cols[field] : undefined, note }),
  branch: (rule: string, note: string): Exp => () => ({ rule, sheet: null, note }),
  sheetOnly: (rule: string, which: 'roster' | 'dues' | 'meetings' | null, note: string): Exp => (L) => ({ rule, sheet: which ? L.sheets[which] : null, note }),
};

// ---------- plant helpers ----------
function ordinary(b: Branch, k: number, pred: (m: Member) => boolean = () => true): Member {
  const list = b.members.filter((m) => m.inRoster && !m.role && m.category === '正式党员' && pred(m));
  return list[k % list.length]!;
}
function probationary(b: Branch): Member { return b.members.find((m) => m.category === '预备党员')!; }
function setPerson(m: Member, birth: string, seed: number): void { m.birth = birth; m.id = makeId(seed, birth, m.sex); }
function addMonths(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = y * 12 + (m - 1) + n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}-${String(Math.min(d, 28)).padStart(2, '0')}`;
}
function regen(b: Branch): void { b.dues = b.members.map((m) => duesFor(m)); b.meetings = baseMeetings(b); }
function meetingsOf(b: Branch, kind: Kind, month?: number): Meeting[] {
  return b.meetings.filter((m) => m.kind === kind && (month == null || Number(m.date.slice(5, 7)) === month));
}
function drop(b: Branch, ms: Meeting[]): void { b.meetings = b.meetings.filter((m) => !ms.includes(m)); }
function duesOf(b: Branch, m: Member) { return b.dues.find((d) => d.member === m)!; }
function relabel(b: Branch, kind: Kind, labels: string[]): void { meetingsOf(b, kind).forEach((m, i) => (m.label = labels[i % labels.length]!)); }
function absences(b: Branch): void {
  // ordinary absences, never six months running for anyone
  b.meetings.forEach((mt, i) => {
    if (i % 4 !== 1 || mt.kind === 'committee' || mt.expected == null) return;
    const pool = b.members.filter((m) => m.inRoster && !m.role);
    const who = pool[i % pool.length];
    if (who && mt.host !== who.name && mt.speaker !== who.name && mt.recorder !== who.name) { mt.absent.push(who.name); mt.present = mt.expected - mt.absent.length; }
  });
}

// ---------- styles ----------
const ROSTER_STD: [string, string][] = [['序号', 'seq'], ['姓名', 'name'], ['性别', 'sex'], ['民族', 'nation'], ['身份证号', 'id'], ['出生日期', 'birth'], ['学历', 'edu'], ['入党时间', 'joined'], ['转正时间', 'confirmed'], ['党员类别', 'category'], ['党内职务', 'role'], ['在职状态', 'status'], ['联系电话', 'phone'], ['备注', 'note']];
const WIDE_STD: [string, string][] = [['序号', 'seq'], ['姓名', 'name'], ['缴费基数', 'base'], ['比例', 'rate'], ['月应交', 'due']];
const LONG_STD: [string, string][] = [['序号', 'seq'], ['姓名', 'name'], ['月份', 'month'], ['缴费基数', 'base'], ['应交党费', 'due'], ['实交党费', 'paid'], ['交纳日期', 'paidDate']];
const MEET_STD: [string, string][] = [['序号', 'seq'], ['日期', 'date'], ['会议类型', 'type'], ['主题', 'topic'], ['主持人', 'host'], ['主讲人', 'speaker'], ['应到人数', 'expected'], ['实到人数', 'present'], ['缺席人员', 'absent'], ['记录人', 'recorder']];
const INFO_STD: [string, string][] = [['支部名称', 'name'], ['上级党组织', 'parent'], ['所在单位', 'unit'], ['支部类型', 'type'], ['成立时间', 'founded'], ['上次换届时间', 'lastElection'], ['统计年度', 'year'], ['填报人', 'filler'], ['填报日期', 'fillDate']];

function std(b: Branch, over: Partial<Style> = {}): Style {
  return {
    info: { sheet: '支部信息', form: 'kv', fields: INFO_STD, dateFmt: 'date' },
    roster: { sheet: '党员名册', cols: ROSTER_STD, dateFmt: 'date', title: `${b.name}党员名册` },
    dues: { sheet: '党费台账', form: 'wide', cols: WIDE_STD, dateFmt: 'date', totalCol: '合计', totalRow: true, title: `${b.name}2025年党费收缴台账` },
    meetings: { sheet: '三会一课', cols: MEET_STD, dateFmt: 'date', title: `${b.name}“三会一课”记录台账` },
    ...over,
  };
}

let lastBase: Parameters<typeof baseBranch>[0] | null = null;
function base(o: Parameters<typeof baseBranch>[0]): Branch { lastBase = o; return baseBranch(o); }

interface Spec { file: string; style: string; make: () => { b: Branch; st: Style; exp: Exp[]; tol?: Tolerance[]; alt?: (b: Branch) => { stats: ContractStats; note: string }[] } }

const SPECS: Spec[] = [
  {
    file: 'A01-财政局机关第一党支部.xlsx', style: '全国党员管理信息系统导出（导出数据(1-11)，公民身份号码，人员类别，加入党组织日期，工作岗位编码身份）',
    make: () => {
      const b = base({ name: '县财政局机关第一党支部', type: '机关', full: 9, prob: 2, statuses: ['在职', '在职', '离退休'], salt: 1 });
      const m1 = ordinary(b, 0); m1.id = m1.id.slice(0, 17) + (m1.id[17] === '1' ? '2' : '1');
      const m2 = ordinary(b, 1); m2.phone = '1381234567';
      const theme = meetingsOf(b, 'themeDay', 4); drop(b, theme);
      const st = std(b, {
        info: { sheet: '基本情况', form: 'kv', fields: INFO_STD, dateFmt: 'iso' },
        roster: { sheet: '导出数据(1-11)', dateFmt: 'iso', cols: [['序号', 'seq'], ['姓名', 'name'], ['性别', 'sex'], ['公民身份号码', 'id'], ['民族', 'nation'], ['出生日期', 'birth'], ['学历', 'edu'], ['人员类别', 'category'], ['加入党组织日期', 'joined'], ['转为正式党员日期', 'confirmed'], ['工作岗位', 'post'], ['党内职务', 'role'], ['联系电话', 'phone']] },
        dues: { sheet: '党费收缴明细', form: 'long', cols: LONG_STD, dateFmt: 'iso', monthAs: 'iso' },
        meetings: { sheet: '组织生活台账', cols: MEET_STD, dateFmt: 'iso' },
      });
      return { b, st, exp: [E.roster('M02', m1, 'id', 'check character wrong'), E.roster('M09', m2, 'phone', '10-digit mobile'), E.period('C05', '2025-04', 'no 主题党日 in April')] };
    },
  },
  {
    file: 'A02-交通局党支部.xlsx', style: 'WPS 花名册：大合并标题、填报单位行、填表说明和填表人页脚，日期为中文文本；宽表党费带合计行列与百分比',
    make: () => {
      const b = base({ name: '县交通运输局党支部', type: '机关', full: 10, prob: 1, salt: 2 });
      const m1 = ordinary(b, 2); m1.joined = null;
      regen(b);
      const m2 = ordinary(b, 3); const d = duesOf(b, m2); d.paid[6] = Math.round((d.due - 5) * 100) / 100;
      drop(b, meetingsOf(b, 'committee', 8));
      const st = std(b, {
        roster: {
          sheet: '花名册', title: '中共县交通运输局党支部党员花名册', subtitle: '填报单位（盖章）：县交通运输局党支部　　填报日期：2025年12月31日', dateFmt: 'cn',
          cols: ROSTER_STD, footer: ['填表说明：1.身份证号码一律设置为文本格式；2.日期按“年月日”填写；3.党员类别填写正式党员或预备党员。', '填表人：王丽　　审核人：张建国'],
        },
        dues: { sheet: '党费', form: 'wide', cols: WIDE_STD, dateFmt: 'date', totalCol: '合计', totalRow: true, rateAs: 'pct', title: '2025年度党费收缴台账' },
      });
      return { b, st, exp: [E.roster('M01', m1, 'joined', '入党时间 empty'), E.duesMonth('D03', m2, 7, 'July short by 5 yuan'), E.period('C02', '2025-08', 'no 支委会 in August')] };
    },
  },
  {
    file: 'A03-审计局党支部.xlsx', style: '党费交纳登记表（宽表：序号、姓名、缴费基数、比例、每月应交、1月…12月、合计列、合计行）',
    make: () => {
      const b = base({ name: '县审计局党支部', type: '机关', full: 8, prob: 1, salt: 3 });
      const p = probationary(b); p.joined = '2024-05-10';
      regen(b);
      const m1 = ordinary(b, 0); m1.base = 4800; m1.status = '在职';
      const d1 = duesOf(b, m1); d1.due = 72; d1.paid = d1.paid.map(() => 72);
      const m2 = ordinary(b, 1); const d2 = duesOf(b, m2); for (let k = 5; k < 12; k++) d2.paid[k] = null;
      const st = std(b, {
        dues: { sheet: '党费交纳登记表', form: 'wide', title: '党费交纳登记表', cols: [['序号', 'seq'], ['姓名', 'name'], ['缴费基数', 'base'], ['比例', 'rate'], ['每月应交', 'due']], dateFmt: 'date', totalCol: '合计', totalRow: true, rateAs: 'pct' },
      });
      return {
        b, st,
        exp: [E.roster('M06', p, null, '预备期满未转正 (admitted 2024-05-10)'), E.duesMember('D02', m1, 'base 4800 → 1% = 48, written 72'), E.duesMember('D04', m2, 'June–December unpaid')],
        tol: [{ rule: 'D03', member: m2.name, note: 'unpaid months of the D04 member: paid 0 < due; the spec does not say whether D04 months also get D03' }],
        alt: (bb) => [{ stats: withDue(bb, m1, 48), note: 'D02 member counted at the computed due (48) instead of the written 72' }],
      };
    },
  },
  {
    file: 'A04-教育局党支部.xlsx', style: '长表党费：缴费起止月份（按季度交纳 2025.01-2025.03）、缴费标准（元/月）、缴费金额',
    make: () => {
      const b = base({ name: '县教育局机关党支部', type: '机关', full: 9, prob: 1, salt: 4 });
      const ghost: Member = { ...ordinary(b, 0), name: '钱多多', role: '', inRoster: false };
      b.members.push(ghost);
      const gd = duesFor(ghost); b.dues.push(gd);
      const m2 = ordinary(b, 1); duesOf(b, m2).absent = true;
      drop(b, meetingsOf(b, 'general', 6));
      const st = std(b, {
        dues: { sheet: '党费', form: 'range', dateFmt: 'dot', title: '党费收缴台账（按季度交纳）', cols: [['序号', 'seq'], ['姓名', 'name'], ['缴费起止月份', 'range'], ['缴费基数', 'base'], ['缴费标准（元/月）', 'due'], ['缴费金额', 'paid'], ['交纳日期', 'paidDate']] },
      });
      return {
        b, st,
        exp: [E.duesMember('D01', ghost, 'dues rows for a name not in the roster', true), E.noDues('D01', m2, 'roster member without dues rows'), E.period('C01', '2025-Q2', 'no 党员大会 in Q2')],
        tol: [{ rule: 'D01', member: ghost.name, note: 'one finding per dues row of the same stranger is also fair' }],
        alt: (bb) => [{ stats: withoutDues(bb, ghost), note: 'dues of the name not in the roster left out of the sums' }],
      };
    },
  },
  {
    file: 'A05-卫健委党支部.xlsx', style: '会议记录：实际会议时间为文本“2025/2/3  14:30”，会议内容，应到/实到/请假人数',
    make: () => {
      const b = base({ name: '县卫生健康委员会党支部', type: '机关', full: 10, prob: 1, salt: 5 });
      const m3 = ordinary(b, 0); m3.birth = addYears(m3.birth, 1);
      const g3 = meetingsOf(b, 'general', 9)[0]!; g3.present = 4;
      const t = meetingsOf(b, 'themeDay', 5)[0]!; t.recorder = '';
      const st = std(b, {
        meetings: { sheet: '会议记录', dateFmt: 'datetime', cols: [['序号', 'seq'], ['实际会议时间', 'date'], ['会议类型', 'type'], ['会议内容', 'topic'], ['主持人', 'host'], ['主讲人', 'speaker'], ['应到', 'expected'], ['实到', 'present'], ['请假人数', 'leave'], ['记录人', 'recorder']] },
      });
      return { b, st, exp: [E.roster('M03', m3, null, '出生日期 one year off the ID'), E.meeting('C09', g3, null, '党员大会 4 of 11 present'), E.meeting('C10', t, 'recorder', 'no 记录人')] };
    },
  },
  {
    file: 'A06-住建局党支部.xlsx', style: '会议类型写法各异：党员大会、支部委员会、支委会议、党小组会议、专题组织生活会、民主评议',
    make: () => {
      const b = base({ name: '县住房和城乡建设局党支部', type: '机关', full: 9, prob: 2, salt: 6 });
      relabel(b, 'general', ['党员大会', '支部党员大会']);
      relabel(b, 'committee', ['支部委员会', '支委会议', '支委会']);
      relabel(b, 'lifeMeeting', ['专题组织生活会']);
      relabel(b, 'review', ['民主评议党员']);
      relabel(b, 'lecture', ['党课', '专题党课']);
      relabel(b, 'themeDay', ['主题党日', '主题党日活动']);
      const c = meetingsOf(b, 'committee', 4)[0]!; c.present = (c.expected ?? 4) + 1;
      const g = meetingsOf(b, 'general', 3)[0]!; g.expected = 5; g.present = 5;
      const extra: Meeting = { ...meetingsOf(b, 'themeDay', 12)[0]!, date: '2024-12-18', topic: '2024年12月主题党日（补录）', absent: [] };
      b.meetings.push(extra);
      const st = std(b, { meetings: { sheet: '三会一课', cols: MEET_STD, dateFmt: 'slash' } });
      return { b, st, exp: [E.meeting('C08', c, null, '支委会 实到 5 > 应到 4'), E.meeting('C08', g, null, '党员大会 应到 5 is neither 11 nor 9 (警告)'), E.meeting('C12', extra, null, 'dated 2024-12-18')] };
    },
  },
  {
    file: 'A07-民政局党支部.xlsx', style: '组织生活记录：缺席人员及原因（张三（出差）、李四（病假）），重复登记一名党员',
    make: () => {
      const b = base({ name: '县民政局党支部', type: '机关', full: 9, prob: 1, salt: 7 });
      const dupM = ordinary(b, 2); dupM.duplicate = true;
      const m7 = ordinary(b, 3); m7.confirmed = addMonths(m7.joined!, 6);
      regen(b);
      absences(b);
      const away = b.members.find((m) => m.role === '宣传委员')!;
      for (const mt of b.meetings) if (mt.date >= '2025-06-01' && mt.expected != null && !mt.absent.includes(away.name)) { mt.absent.push(away.name); mt.present = mt.expected - mt.absent.length; }
      const st = std(b, { meetings: { sheet: '组织生活记录', dateFmt: 'date', cols: [['序号', 'seq'], ['时间', 'date'], ['类别', 'type'], ['议题', 'topic'], ['主持人', 'host'], ['主讲人', 'speaker'], ['应到人数', 'expected'], ['实到人数', 'present'], ['缺席人员及原因', 'absentWhy'], ['记录人', 'recorder']] } });
      return {
        b, st,
        exp: [E.dup('M04', dupM, 'same ID listed twice'), E.roster('M07', m7, null, '转正 less than a year after 入党'), E.absentee('C11', away, 'absent from every meeting June–December')],
        tol: [{ rule: 'C08', note: '应到 of 党员大会 is the count of persons (10); a roster of 11 rows with a duplicate may be compared' }],
        alt: (bb) => [{ stats: { ...expectedStats(bb), members: { ...expectedStats(bb).members, total: expectedStats(bb).members.total - 1, full: expectedStats(bb).members.full - 1 } }, note: 'the duplicate counted once' }],
      };
    },
  },
  {
    file: 'A08-统计局党支部.xlsx', style: '支部信息为表格式（标题行 + 一行数据），含上次换届时间与统计年度“2025年”',
    make: () => {
      const b = base({ name: '县统计局党支部', type: '机关', full: 8, prob: 2, salt: 8, lastElection: '2022-03-15' });
      const young = probationary(b); young.status = '学生'; young.base = 0; setPerson(young, '2008-03-10', 81); young.joined = '2025-02-01';
      regen(b);
      drop(b, meetingsOf(b, 'lifeMeeting'));
      const st = std(b, { info: { sheet: '基本情况', form: 'table', title: '党支部基本情况', dateFmt: 'dot', fields: [['支部名称', 'name'], ['上级党组织', 'parent'], ['支部类型', 'type'], ['党员人数', 'count'], ['上次换届时间', 'lastElection'], ['统计年度', 'yearText'], ['填报人', 'filler']] } });
      return { b, st, exp: [E.info('B05', 'lastElection', '换届 2022-03-15 + 3 years < 2025-12-31'), E.roster('M05', young, 'joined', 'born 2008-03-10, admitted 2025-02-01'), E.period('C06', '2025', 'no 组织生活会')] };
    },
  },
  {
    file: 'A09-红旗村党支部.xlsx', style: '村党支部：农民党员每月1元、离退休党员；个人身份列；两个党小组；任期五年（2021年换届）',
    make: () => {
      const b = base({ name: '城关镇红旗村党支部', type: '村', parent: '中共城关镇委员会', full: 10, prob: 1, statuses: ['农民', '农民', '离退休'], groups: 2, salt: 9, lastElection: '2021-05-20' });
      const m8 = ordinary(b, 1); m8.joined = '2024-11-20'; m8.confirmed = '2028-11-20';
      regen(b);
      drop(b, meetingsOf(b, 'review'));
      drop(b, meetingsOf(b, 'group', 9));
      const st = std(b, {
        roster: { sheet: '党员花名册', title: '红旗村党员花名册', dateFmt: 'date', cols: [['序号', 'seq'], ['姓名', 'name'], ['性别', 'sex'], ['身份证号码', 'id'], ['出生年月', 'birth'], ['文化程度', 'edu'], ['入党日期', 'joined'], ['转正日期', 'confirmed'], ['党员类型', 'category'], ['职务', 'role'], ['党小组', 'group'], ['个人身份', 'status'], ['手机号码', 'phone']], birthFmt: 'ym' },
        dues: { sheet: '党费', form: 'wide', cols: [['序号', 'seq'], ['姓名', 'name'], ['人员身份', 'status'], ['缴费基数', 'base'], ['月应交', 'due']], dateFmt: 'date', totalRow: true },
      });
      return { b, st, exp: [E.roster('M08', m8, 'confirmed', '转正时间 2028 after the as-of date'), E.roster('M07', m8, null, '转正 4 years after 入党'), E.period('C07', '2025', 'no 民主评议党员'), E.period('C03', '2025-09', 'no 党小组会 in September')] };
    },
  },
  {
    file: 'A10-实验中学党支部.xlsx', style: '学校党支部：教师在职、学生党员每月0.2元；党课有主讲人但书记未讲；身份证号存成数字',
    make: () => {
      const b = base({ name: '县实验中学党支部', type: '学校', full: 9, prob: 2, statuses: ['在职', '在职', '学生'], salt: 10 });
      const mN = ordinary(b, 0); mN.idAs = 'number';
      drop(b, meetingsOf(b, 'lecture', 9));
      const sec = b.members.find((m) => m.role === '书记')!;
      for (const l of meetingsOf(b, 'lecture')) if (l.speaker === sec.name) l.speaker = b.members[2]!.name;
      const st = std(b, { meetings: { sheet: '三会一课', cols: MEET_STD, dateFmt: 'compact' } });
      return {
        b, st,
        exp: [E.roster('M02', mN, 'id', 'ID stored as a number'), E.period('C04', '2025-Q3', 'no 党课 in Q3'), E.period('C04', '2025', '书记 gave no 党课 (提示)')],
        tol: [{ rule: 'M03', member: mN.name, note: 'the float-damaged digits may flip the sex digit' }],
      };
    },
  },
  {
    file: 'A11-电力公司党支部.xlsx', style: '企业党支部，三个党小组（党小组长），出生日期一格写“不详”',
    make: () => {
      const b = base({ name: '县供电公司第二党支部', type: '企业', full: 12, prob: 2, groups: 3, salt: 11 });
      const p = probationary(b); p.joined = '2023-04-01';
      regen(b);
      const w = ordinary(b, 4); w.raw = { birth: '不详' };
      drop(b, meetingsOf(b, 'group', 5));
      const st = std(b, { roster: { sheet: '党员信息', dateFmt: 'date', cols: [...ROSTER_STD.slice(0, 11), ['党小组', 'group'], ['人员身份', 'status'], ['联系电话', 'phone']] } });
      return { b, st, exp: [E.roster('M06', p, null, '预备 since 2023-04-01: over 2 years (错误)'), E.roster('W03', w, 'birth', '出生日期 不详'), E.period('C03', '2025-05', 'no 党小组会 in May')] };
    },
  },
  {
    file: 'A12-东风社区党支部.xlsx', style: '社区党支部：离退休党员为主；长表党费（月份写“2025年1月”）；无书记',
    make: () => {
      const b = base({ name: '东风社区党支部', type: '社区', parent: '中共城关街道工作委员会', full: 9, prob: 1, statuses: ['离退休', '离退休', '在职'], salt: 12, lastElection: '2021-10-10' });
      b.members[0]!.role = '副书记';
      const m1 = ordinary(b, 1); m1.id = '';
      regen(b);
      const m3 = ordinary(b, 2); const d = duesOf(b, m3); d.paid[2] = 0;
      const st = std(b, { dues: { sheet: '党费收缴', form: 'long', cols: LONG_STD, dateFmt: 'date', monthAs: 'cn' } });
      return {
        b, st,
        exp: [E.branch('B04', 'no 书记'), E.roster('M01', m1, 'id', '身份证号 empty'), E.duesMonth('D03', m3, 3, 'March paid 0')],
        tol: [{ rule: 'C04', note: 'with no 书记 the 书记-lecture 提示 may fire' }],
      };
    },
  },
  {
    file: 'A13-水利局党支部.xlsx', style: '日期为 2025.03.15 文本、会议日期为“2025年3月15日”，金额带“元”',
    make: () => {
      const b = base({ name: '县水利局党支部', type: '机关', full: 8, prob: 1, salt: 13 });
      const m7 = ordinary(b, 0); m7.confirmed = addMonths(m7.joined!, 1);
      regen(b);
      const m4 = ordinary(b, 1); const d = duesOf(b, m4); for (let k = 0; k < 6; k++) d.paid[k] = null;
      drop(b, meetingsOf(b, 'themeDay', 10));
      const st = std(b, {
        roster: { sheet: '党员名册', dateFmt: 'dot', cols: ROSTER_STD },
        dues: { sheet: '党费台账', form: 'wide', cols: WIDE_STD, dateFmt: 'dot', amount: 'yuan', totalCol: '合计' },
        meetings: { sheet: '三会一课', cols: MEET_STD, dateFmt: 'cn' },
      });
      return {
        b, st,
        exp: [E.roster('M07', m7, null, '转正 about a month after 入党'), E.duesMember('D04', m4, 'January–June unpaid'), E.period('C05', '2025-10', 'no 主题党日 in October')],
        tol: [{ rule: 'D03', member: m4.name, note: 'unpaid months of the D04 member' }],
      };
    },
  },
  {
    file: 'A14-文旅局党支部.xlsx', style: '名册姓名带空格（“张 三”），党费和会议写“张三”',
    make: () => {
      const b = base({ name: '县文化和旅游局党支部', type: '机关', full: 9, prob: 1, salt: 14 });
      const m3 = ordinary(b, 0); m3.sex = m3.sex === '男' ? '女' : '男';
      const m2 = ordinary(b, 1); const d = duesOf(b, m2); d.paid[9] = Math.round(d.due / 2 * 100) / 100;
      const c = meetingsOf(b, 'committee', 6)[0]!; c.present = 1;
      const st = std(b, { roster: { sheet: '党员名册', dateFmt: 'date', cols: ROSTER_STD, nameSpaces: true } });
      return { b, st, exp: [E.roster('M03', m3, null, '性别 disagrees with the ID'), E.duesMonth('D03', m2, 10, 'October half paid'), E.meeting('C09', c, null, '支委会 1 of 4 present')] };
    },
  },
  {
    file: 'A15-市场监管局党支部.xlsx', style: '身份证号带尾随空格；一列里日期与 20241015 数字混排',
    make: () => {
      const b = base({ name: '县市场监督管理局党支部', type: '机关', full: 9, prob: 2, salt: 15 });
      for (const m of b.members) m.idAs = 'trail';
      const y = probationary(b); y.status = '学生'; y.base = 0; setPerson(y, '2008-09-01', 151); y.joined = '2025-06-10';
      regen(b);
      const m2 = ordinary(b, 1); duesOf(b, m2).absent = true;
      drop(b, meetingsOf(b, 'committee', 11));
      const st = std(b, { roster: { sheet: '党员名册', dateFmt: 'mixed', cols: ROSTER_STD } });
      return { b, st, exp: [E.roster('M05', y, 'joined', 'admitted at 16'), E.noDues('D01', m2, 'no dues row'), E.period('C02', '2025-11', 'no 支委会 in November')] };
    },
  },
  {
    file: 'A16-自然资源局党支部.xlsx', style: '工作表名为 Sheet1/Sheet2/Sheet3/Sheet4，顺序打乱；支部信息含应换届时间',
    make: () => {
      const b = base({ name: '县自然资源局党支部', type: '机关', full: 9, prob: 1, salt: 16, lastElection: '2022-06-30' });
      b.nextElection = '2025-06-30';
      const dupM = ordinary(b, 0); dupM.duplicate = true;
      regen(b);
      const t = meetingsOf(b, 'general', 6)[0]!; t.topic = '';
      const st = std(b, {
        info: { sheet: 'Sheet4', form: 'kv', dateFmt: 'date', fields: [...INFO_STD.slice(0, 6), ['应换届时间', 'nextElection'], ['统计年度', 'year']] },
        roster: { sheet: 'Sheet2', dateFmt: 'date', cols: ROSTER_STD },
        dues: { sheet: 'Sheet1', form: 'wide', cols: WIDE_STD, dateFmt: 'date' },
        meetings: { sheet: 'Sheet3', cols: MEET_STD, dateFmt: 'date' },
        order: ['dues', 'roster', 'meetings', 'info'],
      });
      return {
        b, st,
        exp: [E.sheetOnly('B05', null, '应换届时间 2025-06-30 passed'), E.dup('M04', dupM, 'listed twice'), E.meeting('C10', t, 'topic', 'no 主题')],
        tol: [{ rule: 'C08', note: 'duplicate changes the roster count' }],
        alt: (bb) => [{ stats: { ...expectedStats(bb), members: { ...expectedStats(bb).members, total: expectedStats(bb).members.total - 1, full: expectedStats(bb).members.full - 1 } }, note: 'the duplicate counted once' }],
      };
    },
  },
  {
    file: 'A17-档案馆党支部.xlsx', style: '小支部：2名正式党员、1名预备党员，只有书记；联系电话为座机',
    make: () => {
      const b = base({ name: '县档案馆党支部', type: '事业单位', full: 2, prob: 1, salt: 17 });
      b.members[1]!.phone = '0531-86012345';
      b.members[0]!.phone = '13912345';
      regen(b);
      drop(b, meetingsOf(b, 'lecture', 12));
      const st = std(b);
      return { b, st, exp: [E.branch('B01', '2 正式党员'), E.roster('M09', b.members[0]!, 'phone', '8-digit phone'), E.period('C04', '2025-Q4', 'no 党课 in Q4')] };
    },
  },
  {
    file: 'A18-气象局党支部.xlsx', style: '8名正式党员只有书记、副书记，无支委会；应到人数写“全体”',
    make: () => {
      const b = base({ name: '县气象局党支部', type: '事业单位', full: 8, prob: 1, salt: 18 });
      b.members[1]!.role = '副书记'; b.members[2]!.role = ''; b.members[3]!.role = '';
      regen(b);
      const extra: Meeting = { ...meetingsOf(b, 'general', 12)[0]!, date: '2026-01-08', topic: '2025年度工作总结（补记）' };
      b.meetings.push(extra);
      const w = meetingsOf(b, 'themeDay', 2)[0]!; w.raw = { expected: '全体' };
      const st = std(b);
      return { b, st, exp: [E.branch('B02', '8 full members, 2 committee roles'), E.meeting('C12', extra, null, 'dated 2026-01-08'), E.meeting('W03', w, 'expected', '应到 全体')] };
    },
  },
  {
    file: 'A19-县一中党总支第一支部.xlsx', style: '52名党员的大支部',
    make: () => {
      const b = base({ name: '县第一中学第一党支部', type: '学校', full: 49, prob: 3, salt: 19 });
      const m2 = ordinary(b, 5); m2.id = '99' + m2.id.slice(2, 17); m2.id += checkChar(m2.id);
      const g = meetingsOf(b, 'general', 12)[0]!; g.present = (g.expected ?? 0) + 2;
      const st = std(b);
      return { b, st, exp: [E.branch('B03', '52 members'), E.roster('M02', m2, 'id', 'region 99'), E.meeting('C08', g, null, '实到 > 应到')] };
    },
  },
  {
    file: 'A20-人社局党支部.xlsx', style: '只有名册与党费两张表（无三会一课记录）',
    make: () => {
      const b = base({ name: '县人力资源和社会保障局党支部', type: '机关', full: 8, prob: 1, salt: 20 });
      b.meetings = [];
      const m3 = ordinary(b, 0); const d = duesOf(b, m3); d.paid[10] = Math.round((d.due - 1) * 100) / 100;
      const m9 = ordinary(b, 1); m9.phone = '2345678';
      const st = std(b, { meetings: undefined });
      return { b, st, exp: [E.sheetOnly('W01', null, 'no meetings ledger'), E.duesMonth('D03', m3, 11, 'November short'), E.roster('M09', m9, 'phone', '7 digits, no area code')] };
    },
  },
  {
    file: 'A21-司法局党支部.xlsx', style: '名册缺身份证号列',
    make: () => {
      const b = base({ name: '县司法局党支部', type: '机关', full: 8, prob: 1, salt: 21 });
      const m1 = ordinary(b, 0); m1.base = 12000;
      regen(b);
      const d1 = duesOf(b, m1); d1.due = 180; d1.paid = d1.paid.map(() => 180);
      drop(b, meetingsOf(b, 'review'));
      drop(b, meetingsOf(b, 'lifeMeeting'));
      const st = std(b, { roster: { sheet: '党员名册', dateFmt: 'date', cols: ROSTER_STD.filter(([, k]) => k !== 'id') } });
      return {
        b, st,
        exp: [E.sheetOnly('W02', 'roster', '身份证号 column missing'), E.duesMember('D02', m1, 'base 12000 → 2% = 240, written 180'), E.period('C06', '2025', 'no 组织生活会'), E.period('C07', '2025', 'no 民主评议')],
        tol: [{ rule: 'D03', member: m1.name, note: 'paid 180 < computed due 240: D03 per month is one reading of "paid less than due"' }],
        alt: (bb) => [{ stats: withDue(bb, m1, 240), note: 'D02 member at the computed due 240' }],
      };
    },
  },
  {
    file: 'A22-税务局党支部.xlsx', style: '名册中夹空行和合并单元格批注行“（以下为离退休党员）”，多行标题',
    make: () => {
      const b = base({ name: '县税务局第一党支部', type: '机关', full: 10, prob: 1, statuses: ['在职', '离退休'], salt: 22 });
      const p = probationary(b); p.joined = '2024-08-08';
      regen(b);
      const m3 = ordinary(b, 2); const d = duesOf(b, m3); d.paid[4] = Math.round((d.due - 10) * 100) / 100;
      drop(b, meetingsOf(b, 'themeDay', 7));
      const st = std(b, { roster: { sheet: '党员台账', title: '县税务局第一党支部党员台账', subtitle: '（截至2025年12月31日）', dateFmt: 'date', cols: ROSTER_STD, blankEvery: 4, mergedNoteAfter: 6 } });
      return { b, st, exp: [E.roster('M06', p, null, '预备 since 2024-08-08 (警告)'), E.duesMonth('D03', m3, 5, 'May short by 10'), E.period('C05', '2025-07', 'no 主题党日 in July')] };
    },
  },
  {
    file: 'A23-发改局党支部.xlsx', style: '长表党费，表头“党费基数（取整）”“应交党费（取整）”，应交按元取整',
    make: () => {
      const b = base({ name: '县发展和改革局党支部', type: '机关', full: 9, prob: 1, bases: [6850, 4530, 3150, 8890], salt: 23 });
      const m1 = ordinary(b, 0); m1.joined = null;
      regen(b);
      for (const d of b.dues) { d.due = Math.round(d.due); d.paid = d.paid.map((p) => (p == null ? null : d.due)); }
      const m2 = ordinary(b, 1); const d2 = duesOf(b, m2); d2.due += 10; d2.paid = d2.paid.map((p) => (p == null ? null : d2.due));
      drop(b, meetingsOf(b, 'general', 3));
      const st = std(b, { dues: { sheet: '党费台账', form: 'long', dateFmt: 'date', cols: [['序号', 'seq'], ['姓名', 'name'], ['月份', 'month'], ['党费基数（取整）', 'base'], ['应交党费（取整）', 'due'], ['实交党费', 'paid']] } });
      return {
        b, st,
        exp: [E.roster('M01', m1, 'joined', '入党时间 empty'), E.duesMember('D02', m2, '应交 10 yuan above base × rate'), E.period('C01', '2025-Q1', 'no 党员大会 in Q1')],
        tol: [{ rule: 'D02', member: m2.name, note: 'long form: one D02 per row of the member is also a reading' }],
      };
    },
  },
  {
    file: 'A24-医院第三党支部.xlsx', style: '事业单位：名册无党员类别列（由转正时间推定），无出生日期列，无支部信息表',
    make: () => {
      const b = base({ name: 'A24-医院第三党支部', type: '事业单位', full: 9, prob: 2, salt: 24 });
      const m2 = ordinary(b, 0); const first = m2.id.slice(0, 6) + '19900230' + m2.id.slice(14, 17); m2.id = first + checkChar(first);
      const m4 = ordinary(b, 1); const d = duesOf(b, m4); for (let k = 3; k < 12; k++) d.paid[k] = null;
      drop(b, meetingsOf(b, 'committee', 2));
      const st = std(b, { info: undefined, roster: { sheet: '党员名册', dateFmt: 'date', cols: ROSTER_STD.filter(([, k]) => k !== 'category' && k !== 'birth') } });
      return {
        b, st,
        exp: [E.roster('M02', m2, 'id', 'birth date 1990-02-30 in the ID'), E.duesMember('D04', m4, 'April–December unpaid'), E.period('C02', '2025-02', 'no 支委会 in February')],
        tol: [{ rule: 'D03', member: m4.name, note: 'unpaid months of the D04 member' }],
      };
    },
  },
  {
    file: 'A25-商务局党支部.xlsx', style: '全角数字日期（２０２５-０３-１５），党内职务写“支部书记”，党籍状态列，信息表标签带冒号',
    make: () => {
      const b = base({ name: '县商务局党支部', type: '机关', full: 9, prob: 1, salt: 25 });
      const p = probationary(b); p.joined = '2024-12-31';
      regen(b);
      const g = meetingsOf(b, 'general', 6)[0]!; g.present = Math.floor((g.expected ?? 10) / 2); g.expected = 2 * g.present;
      if (g.expected !== 10) throw new Error('A25 needs 10 members');
      const m3 = ordinary(b, 0); const d = duesOf(b, m3); d.paid[11] = 0.5;
      const st = std(b, {
        info: { sheet: '支部信息', form: 'kv', dateFmt: 'fw', fields: INFO_STD.map(([l, k]) => [`${l}：`, k] as [string, string]) },
        roster: { sheet: '党员名册', dateFmt: 'fw', cols: ROSTER_STD.map(([h, k]) => (k === 'category' ? ['党籍状态', k] : k === 'role' ? ['党内职务', 'roleLong'] : [h, k]) as [string, string]) },
      });
      return { b, st, exp: [E.roster('M06', p, null, '入党 2024-12-31: one year over exactly on the as-of date (≤)'), E.meeting('C09', g, null, '党员大会 exactly half present (警告)'), E.duesMonth('D03', m3, 12, 'December 0.5 paid')] };
    },
  },
  {
    file: 'A26-退役军人事务局党支部.xlsx', style: '名册分两段（在职党员 / 离退休党员），每段各有表头',
    make: () => {
      const b = base({ name: '县退役军人事务局党支部', type: '机关', full: 10, prob: 1, statuses: ['在职', '离退休'], salt: 26 });
      const late = b.members.slice(7);
      const m3 = late.find((m) => !m.role && m.category === '正式党员')!; m3.sex = m3.sex === '男' ? '女' : '男';
      const m9 = late.filter((m) => !m.role && m.category === '正式党员')[1]!; m9.phone = '010-123';
      drop(b, meetingsOf(b, 'themeDay', 3));
      const st = std(b, { roster: { sheet: '党员名册', title: '党员名册（在职党员）', dateFmt: 'date', cols: ROSTER_STD, splitAt: 7, splitTitle: '党员名册（离退休党员）' } });
      return { b, st, exp: [E.roster('M03', m3, null, '性别 disagrees, second block'), E.roster('M09', m9, 'phone', 'landline too short, second block'), E.period('C05', '2025-03', 'no 主题党日 in March')] };
    },
  },
  {
    file: 'A27-农业农村局党支部.xlsx', style: '宽表党费，月份表头“2025年1月”，金额为全角数字文本',
    make: () => {
      const b = base({ name: '县农业农村局党支部', type: '机关', full: 9, prob: 1, statuses: ['在职', '离退休'], bases: [6000, 4500, 7200], salt: 27 });
      const r = ordinary(b, 0, (m) => m.status === '离退休'); r.base = 6000;
      regen(b);
      const dr = duesOf(b, r); dr.due = 30; dr.paid = dr.paid.map((x) => (x == null ? null : 30));
      const m3 = ordinary(b, 1, (m) => m !== r); const d = duesOf(b, m3); d.paid[3] = Math.round((d.due - 3) * 100) / 100;
      drop(b, meetingsOf(b, 'lecture', 3));
      const st = std(b, { dues: { sheet: '党费收缴', form: 'wide', cols: [['姓名', 'name'], ['缴费基数', 'base'], ['交纳标准', 'due']], monthHeader: (m) => `2025年${m}月`, amount: 'fw', dateFmt: 'date', totalRow: true } });
      return {
        b, st,
        exp: [E.duesMember('D02', r, 'retired, base 6000 → 1% = 60, written 30'), E.duesMonth('D03', m3, 4, 'April short by 3'), E.period('C04', '2025-Q1', 'no 党课 in Q1'), E.period('C04', '2025', 'the dropped Q1 党课 was the 书记\'s only one (提示)')],
        tol: [{ rule: 'D03', member: r.name, note: 'paid 30 < computed due 60' }],
        alt: (bb) => [{ stats: withDue(bb, r, 60), note: 'D02 member at the computed due 60' }],
      };
    },
  },
  {
    file: 'A28-公安局机关党支部.xlsx', style: '会议日期为不带格式的序列号（45678），会议类型列名“形式”',
    make: () => {
      const b = base({ name: '县公安局机关党支部', type: '机关', full: 11, prob: 1, salt: 28 });
      const extra: Meeting = { ...meetingsOf(b, 'committee', 11)[0]!, date: '2024-11-11', topic: '研究2024年11月份工作' };
      b.meetings.push(extra);
      drop(b, meetingsOf(b, 'general', 12));
      const c = meetingsOf(b, 'lecture', 6)[0]!; c.host = '';
      const st = std(b, { meetings: { sheet: '会议记录', dateFmt: 'serial', cols: MEET_STD.map(([h, k]) => (k === 'type' ? ['形式', k] : [h, k]) as [string, string]) } });
      return { b, st, exp: [E.meeting('C12', extra, null, 'dated 2024-11-11'), E.period('C01', '2025-Q4', 'no 党员大会 in Q4'), E.meeting('C10', c, 'host', 'no 主持人')] };
    },
  },
  {
    file: 'A29-生态环境局党支部.xlsx', style: '名册两行表头（“基本信息”“党籍信息”合并分组）',
    make: () => {
      const b = base({ name: '县生态环境分局党支部', type: '机关', full: 9, prob: 2, salt: 29 });
      const p = probationary(b); p.confirmed = addYears(p.joined!, 1);
      const m2 = ordinary(b, 2); m2.id = m2.id.slice(0, 17) + (m2.id[17] === '3' ? '4' : '3');
      drop(b, meetingsOf(b, 'committee', 12));
      const st = std(b, { roster: { sheet: '党员信息表', dateFmt: 'date', cols: ROSTER_STD, groupHeader: [['', 1], ['基本信息', 6], ['党籍信息', 4], ['其他', 3]] } });
      return { b, st, exp: [E.roster('M07', p, null, '转正时间 on a 预备党员 (and in the future)'), E.roster('M02', m2, 'id', 'check character wrong'), E.roster('M08', p, 'confirmed', 'the 转正时间 (2026) is after the as-of date'), E.period('C02', '2025-12', 'no 支委会 in December')] };
    },
  },
  {
    file: 'A30-林业局党支部.xlsx', style: '长表党费：月份“2025.01”、月工资收入、月应交党费、月实际党费',
    make: () => {
      const b = base({ name: '县林业局党支部', type: '机关', full: 9, prob: 1, salt: 30 });
      const m4 = ordinary(b, 0); const d = duesOf(b, m4); for (let k = 6; k < 12; k++) d.paid[k] = null;
      const ghost: Member = { ...ordinary(b, 1), name: '欧阳晓晓', role: '', inRoster: false };
      b.members.push(ghost); b.dues.push(duesFor(ghost));
      drop(b, meetingsOf(b, 'committee', 7));
      const st = std(b, { dues: { sheet: '党费收缴明细', form: 'long', dateFmt: 'date', monthAs: 'dot', cols: [['姓名', 'name'], ['月份', 'month'], ['月工资收入', 'base'], ['月应交党费', 'due'], ['月实际党费', 'paid'], ['交纳日期', 'paidDate']] } });
      return {
        b, st,
        exp: [E.duesMember('D04', m4, 'July–December unpaid (exactly six)'), E.duesMember('D01', ghost, 'not in the roster', true), E.period('C02', '2025-07', 'no 支委会 in July')],
        tol: [{ rule: 'D03', member: m4.name, note: 'unpaid months of the D04 member' }, { rule: 'D01', member: ghost.name, note: 'one per row' }],
        alt: (bb) => [{ stats: withoutDues(bb, ghost), note: 'dues of the name not in the roster left out' }],
      };
    },
  },
];

function withDue(b: Branch, m: Member, monthly: number): ContractStats {
  const s = expectedStats(b);
  const d = b.dues.find((x) => x.member === m)!;
  s.dues.due = Math.round((s.dues.due + (monthly - d.due) * (13 - d.from)) * 100) / 100;
  return s;
}
function withoutDues(b: Branch, m: Member): ContractStats {
  const d = b.dues.find((x) => x.member === m)!;
  d.absent = true; const s = expectedStats(b); d.absent = false; return s;
}

/** The same styles over fully compliant branches: every file must give zero findings. */
async function writeClean(out: string): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const truth: TruthFile[] = [];
  for (const spec of SPECS) {
    const { st } = spec.make();
    const o = lastBase!;
    // the clean twin: same style and make-up, without the planted branch-level problems
    const b = baseBranch({ ...o, lastElection: o.type === '村' || o.type === '社区' ? '2021-05-20' : '2023-06-16', full: Math.max(o.full, 3), prob: Math.min(o.prob, 50 - Math.max(o.full, 3)) - (o.full >= 49 ? 3 : 0) });
    const style: Style = { ...st, meetings: st.meetings ?? std(b).meetings };
    if (!style.roster.cols.some(([, k]) => k === 'id')) style.roster = { ...style.roster, cols: ROSTER_STD };
    await writeBranch(b, style, join(out, spec.file));
    truth.push({ file: spec.file, branch: b.name, style: spec.style, hostile: false, findings: [], tolerate: [], stats: expectedStats(b), statsAlt: [] });
  }
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, null, 1));
  console.log(`${truth.length} clean files → ${out}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string', default: '/tmp/acceptance' }, clean: { type: 'boolean', default: false } } });
  const out = values.out!;
  if (values.clean) return writeClean(out);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const truth: TruthFile[] = [];
  for (const spec of SPECS) {
    const { b, st, exp, tol, alt } = spec.make();
    const L = await writeBranch(b, st, join(out, spec.file));
    truth.push({
      file: spec.file, branch: b.name, style: spec.style, hostile: false,
      findings: exp.map((e) => e(L, b, st)), tolerate: tol ?? [], stats: expectedStats(b), statsAlt: alt ? alt(b) : [],
    });
  }
  // hostile files
  const hostile = (file: string, style: string): void => { truth.push({ file, branch: '', style, hostile: true, findings: [], tolerate: [], stats: null, statsAlt: [] }); };
  writeFileSync(join(out, 'H1-党员名册导出.xlsx'), '姓名,身份证号,入党时间\n张三,110105198001011234,2001-07-01\n', 'utf8');
  hostile('H1-党员名册导出.xlsx', 'CSV text renamed .xlsx');
  const whole = readFileSync(join(out, SPECS[1]!.file));
  writeFileSync(join(out, 'H2-截断的台账.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
  hostile('H2-截断的台账.xlsx', 'zip cut in half');
  writeFileSync(join(out, 'H3-空文件.xlsx'), Buffer.alloc(0));
  hostile('H3-空文件.xlsx', 'empty file');
  const tmp = join(out, '.xls-tmp');
  mkdirSync(tmp, { recursive: true });
  const src = join(tmp, 'H4-旧版台账.xlsx');
  writeFileSync(src, readFileSync(join(out, SPECS[2]!.file)));
  try {
    execFileSync('soffice', ['-env:UserInstallation=file:///tmp/a1-lo-profile', '--headless', '--convert-to', 'xls', '--outdir', tmp, src], { stdio: 'ignore', timeout: 120_000 });
    if (existsSync(join(tmp, 'H4-旧版台账.xls'))) {
      renameSync(join(tmp, 'H4-旧版台账.xls'), join(out, 'H4-旧版台账.xls'));
      hostile('H4-旧版台账.xls', 'a real BIFF .xls (LibreOffice)');
    }
  } catch { /* no LibreOffice: the .xls case is left out */ }
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, null, 1));
  const nf = truth.reduce((a, t) => a + t.findings.length, 0);
  const rules = new Set(truth.flatMap((t) => t.findings.map((f) => f.rule)));
  console.log(`${truth.length} files (${truth.filter((t) => t.hostile).length} hostile), ${nf} planted findings over ${rules.size} rule IDs → ${out}`);
}

await main();
