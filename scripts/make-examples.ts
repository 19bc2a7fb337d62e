/**
 * Writes examples/*.xlsx: branch workbooks made the way branches really make them, for
 * README command 1 (`npm run examples`) and for trying the add-in. All ID numbers are
 * synthetic but valid (GB 11643 check character) except where a problem is planted.
 *
 *   npx tsx scripts/make-examples.ts [outDir]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeBranch } from './samples/branch-data.js';
import { breakCheck } from './samples/id-number.js';
import {
  dateCell, infoSheet, longDuesSheet, meetingColumns, meetingSheet, memberColumns, memberSheet, wideDuesSheet,
} from './samples/layouts.js';
import { writeWorkbook, type SampleSheet } from './samples/write-workbook.js';

const out = process.argv[2] ?? 'examples';

/** A tidy branch: no findings, a whole year, committee, 党小组, a new 预备党员, every meeting on time. */
function clean(): SampleSheet[] {
  const b = makeBranch({ name: '县财政局机关党支部', size: 9, committee: true, groups: ['第一党小组', '第二党小组'], seed: 11 });
  // a member admitted this year: 预备党员, paying from the month of admission
  const fresh = b.members[b.members.length - 1];
  Object.assign(fresh, { category: '预备党员', join: `${b.year}-04-18`, full: null });
  const freshDues = b.dues.find((d) => d.name === fresh.name)!;
  freshDues.paid = freshDues.paid.map((p, i) => (i < 3 ? null : p));
  const c = memberColumns('date');
  const mc = meetingColumns('date');
  return [
    infoSheet(b),
    memberSheet(b.members, '党员名册', [c.seq, c.name, c.gender, c.ethnicity, c.id, c.birth, c.education, c.join, c.full,
      c.category, c.role, c.group, c.status, c.phone]),
    wideDuesSheet(b.dues, '党费收缴台账', { seq: true, total: true }),
    meetingSheet(b.meetings, '三会一课', [mc.seq, mc.date, mc.type, mc.topic, mc.host, mc.speaker, mc.expected, mc.present, mc.recorder]),
  ];
}

/**
 * Messy but sound: merged title rows, synonyms in the headers, dates as text in several
 * forms, 合计 row and column, a 填表人 footer, meeting times typed as "2025/2/3  14:30", and one
 * ID number that Excel stored as a number (the one finding here: M02).
 */
function messyWide(): SampleSheet[] {
  const b = makeBranch({ name: '县交通运输局党支部', size: 8, committee: true, seed: 23 });
  const c = memberColumns('mixed');
  const mc = meetingColumns('datetime');
  const roster = memberSheet(b.members, '花名册', [c.seq, c.name, c.gender, [c.id, '公民身份号码'], [c.birth, '出生年月'], [c.education, '文化程度'],
      [c.join, '入党日期'], [c.full, '转正日期'], [c.category, '人员类别'], [c.role, '职务'], [c.status, '人员身份'], [c.phone, '手机号码']], {
      titleRows: ['县交通运输局党支部党员花名册', `统计时间：${b.year}年12月31日`],
      footerRows: [[null], [`填表人：${b.filler}        审核人：${b.members[0].name}`]],
    });
  // one ID typed into a General-format cell: Excel keeps it as a number and loses its last digits (M02)
  const victim = b.members.findIndex((m, i) => i > 1 && !m.id.endsWith('X'));
  roster.rows[victim][3] = Number(b.members[victim].id);
  return [
    infoSheet(b, '基本情况', '党支部基本情况表'),
    roster,
    wideDuesSheet(b.dues, '党费交纳登记表', {
      seq: true, total: true, baseHeader: '工资基数', dueHeader: '交纳标准', title: `${b.year}年度党费交纳登记表`,
      footer: `填表人：${b.filler}`,
    }),
    meetingSheet(b.meetings, '组织生活台账', [[mc.date, '实际会议时间'], [mc.type, '类别'], [mc.topic, '内容'], mc.host, mc.speaker,
      [mc.expected, '应到'], [mc.present, '实到'], mc.recorder], { titleRows: ['“三会一课”及组织生活记录'] }),
  ];
}

/**
 * An export: the roster in a sheet named Sheet1, long-form dues paid quarterly with
 * 缴费起止月份 ranges, meetings with 类别 and 议题, and no branch-info sheet (the name
 * comes from the file name).
 */
function exportLong(): SampleSheet[] {
  const b = makeBranch({ name: '县卫生健康局党支部', size: 6, committee: false, seed: 37, region: '320102' });
  const c = memberColumns('compact');
  const mc = meetingColumns('cn');
  return [
    memberSheet(b.members, 'Sheet1', [c.name, c.gender, c.ethnicity, [c.id, '身份证号码'], c.birth, c.education, c.join, c.full,
      [c.role, '党内职务'], [c.status, '工作岗位'], c.phone]),
    longDuesSheet(b.dues, b.year, '党费收缴明细', 3),
    meetingSheet(b.meetings, '会议记录', [mc.date, [mc.type, '会议类型'], [mc.topic, '议题'], mc.host, mc.speaker, mc.expected, mc.present, mc.recorder]),
  ];
}

/** A village branch: 5-year term, farmers paying 1 yuan a month, dates like 2025.3.5. */
function village(): SampleSheet[] {
  const b = makeBranch({ name: '红旗村党支部', size: 7, committee: true, type: '村', status: '农民', seed: 41, region: '510104' });
  b.lastElection = '2021-04-10'; // + 5 years (村) is after the as-of date
  b.dues.forEach((d) => { d.base = 0; });
  const c = memberColumns('dot');
  const mc = meetingColumns('dot');
  return [
    infoSheet(b, '支部信息'),
    memberSheet(b.members, '党员信息', [c.seq, c.name, c.gender, c.id, c.birth, c.education, c.join, c.full, c.category, c.role, c.status, c.phone]),
    wideDuesSheet(b.dues.map((d) => ({ ...d })), '党费', { total: true, baseHeader: '缴费基数', dueHeader: '每月应交' }),
    meetingSheet(b.meetings, '三会一课', [mc.date, mc.type, mc.topic, mc.host, mc.speaker, mc.expected, mc.present, mc.recorder]),
  ];
}

/** Problems across every rule family, each planted on purpose. */
function problems(): SampleSheet[] {
  const b = makeBranch({ name: '县住房和城乡建设局党支部', size: 9, committee: true, seed: 53 });
  const m = b.members;
  b.lastElection = '2021-06-18'; // B05: term of 3 years overdue
  m[2].id = breakCheck(m[2].id); // M02
  m[3].gender = m[3].gender === '男' ? '女' : '男'; // M03
  m[4].join = `${Number(m[4].birth.slice(0, 4)) + 17}-${m[4].birth.slice(5)}`; // M05: admitted at 17
  m[4].full = `${Number(m[4].join.slice(0, 4)) + 1}${m[4].join.slice(4)}`;
  m[5].full = `${m[5].join.slice(0, 4)}-12-28`; // M07: 转正 within the year
  if (m[5].full <= m[5].join) m[5].full = `${Number(m[5].join.slice(0, 4))}-12-31`;
  m[6].phone = '1381234567'; // M09: 10 digits
  m[7].category = '预备党员'; m[7].join = '2023-05-04'; m[7].full = null; // M06: over 2 years
  m.push({ ...m[1], phone: '13900000000' }); // M04: listed twice
  b.dues[1].paid = b.dues[1].paid.map((p, i) => (i >= 5 ? null : p)); // D04 (and D03) Jun–Dec unpaid
  b.dues[3].due = Math.round(b.dues[3].due * 50) / 100; // D02: half the amount due
  b.dues[3].paid = b.dues[3].paid.map(() => b.dues[3].due);
  b.dues[4].paid[2] = Math.round(b.dues[4].due * 50) / 100; // D03: March short
  b.dues.push({ name: '不在册', base: 4000, due: 40, paid: Array(12).fill(40), note: '' }); // D01
  b.meetings = b.meetings.filter((x) => !(x.type === '支部党员大会' && x.date.slice(5, 7) === '04')); // C01 Q2
  b.meetings = b.meetings.filter((x) => !(x.type === '支委会' && x.date.slice(5, 7) === '08')); // C02
  b.meetings = b.meetings.filter((x) => !(x.type === '主题党日' && x.date.slice(5, 7) === '11')); // C05
  b.meetings = b.meetings.filter((x) => x.type !== '民主评议党员'); // C07
  b.meetings = b.meetings.filter((x) => !(x.type === '党课' && x.date.slice(5, 7) === '08')); // C04 Q3
  const general = b.meetings.filter((x) => x.type === '支部党员大会');
  general[0].present = 3; // C09: 3 of 9 present
  general[1].present = (general[1].expected ?? 0) + 2; // C08: more present than expected
  b.meetings.find((x) => x.type === '主题党日')!.recorder = ''; // C10
  b.meetings.push({ ...b.meetings[3], date: '2024-12-26' }); // C12
  const c = memberColumns('date');
  const mc = meetingColumns('date');
  const members = memberSheet(m, '党员名册', [c.seq, c.name, c.gender, c.ethnicity, c.id, c.birth, c.education, c.join, c.full,
    c.category, c.role, c.status, c.phone]);
  members.rows[8][4] = Number(m[8].id.replace('X', '0')); // M02: ID stored as a number
  members.rows[0][8] = dateCell('2026-02-01', 'dash'); // M08 and M07: 转正 after the as-of date
  return [
    infoSheet(b),
    members,
    wideDuesSheet(b.dues, '党费收缴台账', { seq: true, total: true }),
    meetingSheet(b.meetings, '三会一课', [mc.date, mc.type, mc.topic, mc.host, mc.speaker, mc.expected, mc.present, mc.recorder]),
  ];
}

const books: [string, () => SampleSheet[]][] = [
  ['县财政局机关党支部.xlsx', clean],
  ['县交通运输局党支部.xlsx', messyWide],
  ['县卫生健康局党支部.xlsx', exportLong],
  ['红旗村党支部.xlsx', village],
  ['县住房和城乡建设局党支部（问题示例）.xlsx', problems],
];

mkdirSync(out, { recursive: true });
for (const [file, make] of books) {
  await writeWorkbook(join(out, file), make());
  console.log(`已生成 ${join(out, file)}`);
}
