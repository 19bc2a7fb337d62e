/**
 * Meeting records kept other than as one table of rows: 党小组会 named by group (C03 judges each
 * group), minutes written as blocks of "会议时间：…" lines, a calendar grid of types by month or quarter.
 */
import { describe, expect, it } from 'vitest';
import {
  EXPECTED, PEOPLE, checkLayout, ids, infoVertical, meetingList, plainDues, plainMeetings, plainRoster, stats, wFindings, type SheetIn,
} from './layout-support.js';

const GROUP_OF = ['第一党小组', '第一党小组', '第二党小组', '第二党小组'];

const groupRoster = (): SheetIn => ({
  name: '党员名册',
  rows: [
    ['姓名', '性别', '身份证号', '出生日期', '入党时间', '转正时间', '党员类别', '党内职务', '在职状态', '党小组'],
    ...PEOPLE.map((p, i) => [p.name, p.gender, ids[i], p.birth, p.join, p.full, p.full ? '正式党员' : '预备党员', p.role, p.status, GROUP_OF[i]]),
  ],
});

const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);

describe('党小组会 named by group', () => {
  it('a sheet of blocks headed "第二党小组会议记录（组长：…）": the month group two missed is its C03', async () => {
    const rows: (string | number | null)[][] = [];
    for (const [g, head] of [['第一党小组', '张三'], ['第二党小组', '王五']]) {
      rows.push([`${g}会议记录（组长：${head}）`], ['日期', '学习内容', '主持人', '应到人数', '实到人数', '记录人']);
      for (const m of months) if (!(g === '第二党小组' && m === '2025-10')) rows.push([`${m}-20`, '学习交流', head, 2, 2, head]);
      rows.push([]);
    }
    const r = await checkLayout([infoVertical(), groupRoster(), plainDues(), plainMeetings(), { name: '党小组会记录', rows, merges: ['A1:F1', 'A16:F16'] }]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r).meetings.group).toBe(23);
    const c03 = r.findings.filter((f) => f.rule === 'C03');
    expect(c03.map((f) => [f.sheet, f.period])).toEqual([['党小组会记录', '2025-10']]);
    expect(c03[0].message).toContain('第二党小组2025年10月未召开党小组会');
  });

  it('a 党小组 column and type words naming the group ("第二党小组党小组会"), the roster writing 一组/二组', async () => {
    const roster = groupRoster();
    roster.rows.slice(1).forEach((row, i) => { row[9] = i < 2 ? '一组' : '二组'; });
    const rows = [...plainMeetings().rows.map((r) => [...r, null])];
    rows[0][5] = '党小组';
    for (const m of months) {
      rows.push([`${m}-18`, '党小组会', '学习', '张三', '李四', '第一党小组']);
      if (m !== '2025-04') rows.push([`${m}-19`, '第二党小组党小组会', '学习', '王五', '赵六', null]);
    }
    const r = await checkLayout([infoVertical(), roster, plainDues(), { name: '三会一课', rows }]);
    expect(wFindings(r)).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'C03').map((f) => f.message.slice(0, 24))).toEqual(['三会一课：第二党小组2025年4月未召开党小组会']);
  });

  it('a third 党小组 formed in July (the roster lists it, its records begin in July): judged from July, the others all year', async () => {
    const roster = groupRoster();
    roster.rows[4][9] = '第三党小组';
    const rows = [...plainMeetings().rows.map((r) => [...r, null])];
    rows[0][5] = '党小组';
    for (const m of months) {
      rows.push([`${m}-18`, '党小组会', '学习', '张三', '李四', '第一党小组']);
      if (m !== '2025-04') rows.push([`${m}-19`, '党小组会', '学习', '王五', '李四', '第二党小组']);
      if (m >= '2025-07' && m !== '2025-09') rows.push([`${m}-20`, '党小组会', '学习', '赵六', '李四', '第三党小组']);
    }
    const r = await checkLayout([infoVertical(), roster, plainDues(), { name: '三会一课', rows }]);
    expect(wFindings(r)).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'C03').map((f) => f.message.slice(0, 24))).toEqual([
      '三会一课：第二党小组2025年4月未召开党小组会', '三会一课：第三党小组2025年9月未召开党小组会']);
  });

  it('records naming no group: the branch is judged as a whole, as before', async () => {
    const rows = [...plainMeetings().rows];
    for (const m of months) if (m !== '2025-06') rows.push([`${m}-18`, '党小组会', '学习', '张三', '李四']);
    const r = await checkLayout([infoVertical(), groupRoster(), plainDues(), { name: '三会一课', rows }]);
    const c03 = r.findings.filter((f) => f.rule === 'C03');
    expect(c03.map((f) => f.period)).toEqual(['2025-06']);
    expect(c03[0].message).toContain('2025年6月没有党小组会记录');
  });
});

/** The year's meetings as minutes blocks, a line a cell ("会议时间：2025-01-05"), but those in `skip`. */
function minutesRows(line: (d: string, t: string) => (string | number | Date | null)[][], skip: string[] = []): (string | number | Date | null)[][] {
  const rows: (string | number | Date | null)[][] = [];
  for (const [d, t] of meetingList()) if (!skip.includes(`${t}@${d}`)) rows.push(...line(d, t), []);
  return rows;
}

/** 2025-03-05 → 05/03/2025 */
const dmy = (iso: string) => `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const n = (t: string) => (t === '支委会' ? 3 : 4);

describe('minutes written as blocks of "会议时间：…" lines', () => {
  it('a line a cell, two labels in one cell ("应到：4 实到：4"): every meeting read, found at its 会议时间 cell', async () => {
    const rows = minutesRows((d, t) => [
      [`会议名称：${t}`], [`会议时间：${d}`, null, '会议地点：二楼会议室'], ['主持人：张三', null, '记录人：李四'],
      [`应到：${n(t)} 实到：${n(t)}`], ['会议内容：学习贯彻党的二十届三中全会精神'], ['1.传达上级文件精神'],
    ]);
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '会议记录', rows }]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings).toEqual([]);
    const first = r.ledger.meetings!.meetings[0];
    expect([first.date.ref?.address, first.topic.value]).toEqual(['A2', '学习贯彻党的二十届三中全会精神；1.传达上级文件精神']);
  });

  it('the same minutes saved again by LibreOffice, and a tick grid: read alike', async () => {
    const rows = minutesRows((d, t) => [[`会议名称：${t}`], [`会议时间：${d}`], ['主持人：张三', null, '记录人：李四'], ['会议内容：学习']]);
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '会议记录', rows }], { soffice: true });
    expect(r.findings).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    const grid = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows: calendarRows(() => '✓'), merges: ['A1:N1'] }], { soffice: true });
    expect(grid.findings).toEqual([]);
    expect(stats(grid)).toEqual(EXPECTED);
  });

  it('label and value in adjacent cells, real dates, 参会人员 named: a month without 支委会 is C02, a thin 党员大会 C09, a 主持人 left empty C10', async () => {
    const rows = minutesRows((d, t) => [
      ['会议类型', t, '会议地点', '党员活动室'],
      ['会议时间', new Date(`${d}T00:00:00Z`), '主持人', d === '2025-03-05' ? null : '张三'],
      ['参会人员', d === '2025-09-20' ? '张三' : t === '支委会' ? '张三、李四、王五' : '张三、李四、王五、赵六', '记录人', '李四'],
      ['缺席人员', d === '2025-09-20' ? '李四（出差）、王五（病假）' : '无'],
      ['议题', '学习'],
    ], ['支委会@2025-07-05']);
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '会议记录', rows }]);
    expect(wFindings(r)).toEqual([]);
    const thin = r.ledger.meetings!.meetings.find((m) => m.date.value?.date === '2025-09-20')!;
    const noHost = r.ledger.meetings!.meetings.find((m) => m.date.value?.date === '2025-03-05')!;
    expect(r.findings.map((f) => `${f.rule} ${f.cell ?? f.period}`)).toEqual(['C02 2025-07', `C10 D${noHost.row}`, `C09 B${thin.row + 1}`]);
    expect(r.findings[1].message).toContain('没有填写主持人');
  });

  it('blocks whose 会议名称 names no meeting type: W01 says what was found and how to write it', async () => {
    const rows = minutesRows((d) => [['会议名称：学习会'], [`会议时间：${d}`], ['主持人：张三'], ['会议内容：学习']]);
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '会议记录', rows }]);
    const w01 = r.findings.filter((f) => f.rule === 'W01');
    expect(w01).toHaveLength(1);
    expect(w01[0].message).toContain('工作表“会议记录”中有');
    expect(w01[0].message).toContain('会议名称：支委会');
    expect(r.ledger.meetings).toBeNull();
  });

  it('会议时间 written day first (15/03/2025): the sheet\'s blocks decide the order together, 05/01/2025 is 5 January, every meeting read', async () => {
    const rows = minutesRows((d, t) => [[`会议名称：${t}`], [`会议时间：${dmy(d)}`], ['主持人：张三', null, '记录人：李四'], ['会议内容：学习']]);
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '会议记录', rows }]);
    expect(r.findings).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.ledger.meetings!.meetings[0].date.value?.date).toBe('2025-01-05');
  });

  it('only 谈心谈话 records, as "时间：…" or "谈话时间：…" blocks: W01 calls them 谈心谈话记录, not 会议纪要', async () => {
    for (const label of ['时间', '谈话时间']) {
      const rows: SheetIn['rows'] = [['谈心谈话记录']];
      for (let m = 1; m <= 6; m++) rows.push([`${label}：2025年${m}月10日`, null, '地点：党员活动室'], ['谈话人：张三', null, '谈话对象：李四'], ['谈话内容：思想工作情况'], []);
      const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '谈心谈话', rows }]);
      expect(r.findings.map((f) => f.rule)).toEqual(['W01']);
      expect(r.findings[0].message).toContain('工作表“谈心谈话”中有6段谈心谈话记录');
      expect(r.findings[0].message).not.toContain('会议纪要');
      expect(r.ledger.meetings).toBeNull();
    }
  });

  it('each meeting written twice, a 会议通知 then its 会议记录: one meeting each, counted once', async () => {
    const rows = minutesRows((d, t) => [
      ['会议通知'], [`会议名称：${t}`], [`会议时间：${d}`, null, '会议地点：党员活动室'], [],
      ['会议记录'], [`会议名称：${t}`], [`会议时间：${d}`, null, '会议地点：党员活动室'], ['主持人：张三', null, '记录人：李四'], ['会议内容：学习'],
    ]);
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '会议记录', rows }]);
    expect(r.findings).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('a 工作总结 saying "会议时间：每月第一周" and a 学习计划 of "时间：2025年3月" lines are no minutes: W01', async () => {
    const summary = { name: '工作总结', rows: [
      ['2025年度支部工作总结'], ['一、严格落实三会一课制度，全年召开支委会12次。'],
      ['会议时间：每月第一周周一 会议地点：党员活动室 主题：支委会研究支部工作'],
      ['二、扎实开展主题党日。活动时间：每月15日 内容：主题党日集中学习'],
    ] };
    const plan = { name: '学习计划', rows: [['2025年度党员学习计划'], ...[3, 6, 9, 12].flatMap((m) => [[`时间：2025年${m}月`], ['主题：书记讲党课'], ['形式：支部党员大会集中学习'], []])] };
    for (const sheet of [summary, plan]) {
      const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), sheet]);
      expect(r.findings.map((f) => f.rule)).toEqual(['W01']);
      expect(r.ledger.meetings).toBeNull();
    }
  });
});

describe('组织生活会 and 民主评议 written up apart, as minutes on a sheet of their own', () => {
  const apart = (): SheetIn => ({ name: '组织生活会', rows: [
    ['会议名称：组织生活会'], ['会议时间：2025年12月25日', null, '会议地点：党员活动室'], ['主持人：张三', null, '记录人：李四'], ['会议内容：2025年度专题组织生活会'], [],
    ['会议名称：民主评议党员'], ['会议时间：2025年12月26日'], ['主持人：张三', null, '记录人：李四'], ['会议内容：2025年度民主评议党员'], [],
    // a 支委会 the records keep already: theirs to count, not counted again
    ['会议名称：支委会'], ['会议时间：2025年12月5日'], ['主持人：张三', null, '记录人：李四'], ['会议内容：研究组织生活会准备工作'],
  ] });
  const noLife = (rows: SheetIn['rows']) => rows.filter((r) => r[1] !== '组织生活会' && r[1] !== '民主评议党员');

  it('beside a 三会一课 table keeping neither: read, no C06/C07, nothing counted twice', async () => {
    const table = plainMeetings();
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { ...table, rows: noLife(table.rows) }, apart()]);
    expect(r.findings).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('beside a calendar grid keeping neither: read alike', async () => {
    const rows = calendarRows((days, m) => days.map((d) => `${m}月${d}日`).join('、')).filter((r) => r[0] !== '组织生活会' && r[0] !== '民主评议党员');
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows, merges: ['A1:N1'] }, apart()]);
    expect(r.findings).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
  });
});

const M12 = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

/** A calendar grid of the year's meetings: a row a type, a column a month, `cell` writing each month's meetings. */
function calendarRows(cell: (days: number[], month: number) => string | number | null, skip: string[] = []): (string | number | null)[][] {
  const types = [...new Set(meetingList().map(([, t]) => t))];
  return [
    ['2025年度“三会一课”开展情况登记表'],
    ['会议类型', ...M12, '全年次数'],
    ...types.map((t) => {
      const cells = M12.map((_, i) => {
        const days = meetingList().filter(([d, tt]) => tt === t && Number(d.slice(5, 7)) === i + 1 && !skip.includes(`${t}@${d}`)).map(([d]) => Number(d.slice(8)));
        return days.length ? cell(days, i + 1) : null;
      });
      return [t, ...cells, cells.filter(Boolean).length];
    }),
    ['填表人：李四'],
  ];
}

/** The grid by quarter: a row a type, 第一季度…第四季度, `cell` writing each quarter's meetings ([month, day] pairs). */
function quarterRows(cell: (held: [number, number][]) => string | number | null): (string | number | null)[][] {
  const types = [...new Set(meetingList().map(([, t]) => t))];
  const Q = ['第一季度', '第二季度', '第三季度', '第四季度'];
  return [
    ['2025年三会一课开展情况统计表'],
    ['会议类型', ...Q],
    ...types.map((t) => [t, ...Q.map((_, q) => {
      const held = meetingList().filter(([d, tt]) => tt === t && Math.ceil(Number(d.slice(5, 7)) / 3) === q + 1).map(([d]): [number, number] => [Number(d.slice(5, 7)), Number(d.slice(8))]);
      return held.length ? cell(held) : null;
    })]),
  ];
}

describe('a grid of meeting types by quarter (第一季度…第四季度)', () => {
  it('cells giving the days ("3月20日", "1.5、2.5、3.5"): read as the month grid is, every meeting counted, no finding', async () => {
    const rows = quarterRows((held) => held.map(([m, d], i) => (i % 2 ? `${m}月${d}日` : `${m}.${d}`)).join('、'));
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows, merges: ['A1:E1'] }]);
    expect(r.findings).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('dates for the monthly meetings, ticks (√) for 党员大会, 党课, 组织生活会 and 民主评议: each tick is its quarter\'s meeting, no finding', async () => {
    const rows = quarterRows((held) => held.map(([m, d]) => `${m}月${d}日`).join('、'));
    for (const row of rows.slice(2)) if (row[0] !== '支委会' && row[0] !== '主题党日') for (let q = 1; q <= 4; q++) if (row[q]) row[q] = '√';
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows, merges: ['A1:E1'] }]);
    expect(r.findings).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('cells giving counts only ("3次"): W01 says the table records counts, not dates, and how to keep the records', async () => {
    const rows = quarterRows((held) => `${held.length}次`);
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows, merges: ['A1:E1'] }]);
    expect(r.findings.map((f) => f.rule)).toEqual(['W01']);
    expect(r.findings[0].message).toContain('工作表“三会一课”是按季度登记的三会一课开展情况表，但各格只写了召开次数（如“3次”）或打勾，没有会议日期');
    expect(r.findings[0].message).toContain('请在各季度格内写明每次会议的日期');
    expect(r.ledger.meetings).toBeNull();
  });
});

describe('a calendar grid of meeting types by month', () => {
  it('cells giving the day ("1月5日", "3/20"): counted as the year\'s meetings, no finding', async () => {
    const rows = calendarRows((days, m) => days.map((d) => (m % 2 ? `${m}月${d}日` : `${m}/${d}`)).join('、'));
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows, merges: ['A1:N1'] }]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings).toEqual([]);
  });

  it('ticks (√, 已开): month-only meetings; a month left empty is C02 for that month, an unreadable cell W03 at the cell', async () => {
    const rows = calendarRows((_, m) => (m === 4 ? '已开' : '√'), ['支委会@2025-08-05']);
    rows[3][11] = '待定';
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows, merges: ['A1:N1'] }]);
    // the unreadable cell is November's 主题党日: C05 says a meeting of unknown date may be it
    expect(r.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell ?? f.period}`)).toEqual(['W03 三会一课!L4', 'C02 三会一课!2025-08', 'C05 三会一课!2025-11']);
    expect(r.findings[2].message).toContain('另有1条主题党日活动记录的日期无法识别');
    expect(stats(r).meetings).toEqual({ ...EXPECTED.meetings, committee: 11, themeDay: 11 });
    expect(r.ledger.meetings!.meetings.every((m) => m.date.value == null || m.date.value.precision === 'month')).toBe(true);
  });

  it('a 年度计划 grid ("2025年度三会一课计划表") is no record: W01 says it is a plan, nothing counted as held', async () => {
    const rows = calendarRows((days, m) => days.map((d) => `${m}月${d}日`).join('、'));
    rows[0][0] = '2025年度三会一课计划表';
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '年度计划', rows, merges: ['A1:N1'] }]);
    expect(r.findings.map((f) => f.rule)).toEqual(['W01']);
    expect(r.findings[0].message).toContain('工作表“年度计划”是三会一课的计划安排');
    expect(r.ledger.meetings).toBeNull();
    // beside a table of what was held, the plan is not read at all
    const beside = await checkLayout([infoVertical(), plainRoster(), plainDues(), plainMeetings(), { name: '年度计划', rows, merges: ['A1:N1'] }]);
    expect(beside.findings).toEqual([]);
    expect(stats(beside)).toEqual(EXPECTED);
  });

  it('a month over 计划 | 实际 sub-columns: the 实际 column is the record, a month planned but not held is its C02', async () => {
    const plan = calendarRows((days, m) => days.map((d) => `${m}月${d}日`).join('、'));
    const held = calendarRows((days, m) => days.map((d) => `${m}月${d}日`).join('、'), ['支委会@2025-05-05']);
    const rows: (string | number | null)[][] = [['2025年度三会一课开展情况登记表'], ['会议类型', ...M12.flatMap((m) => [m, null])], [null, ...M12.flatMap(() => ['计划', '实际'])]];
    for (let i = 2; i < plan.length - 1; i++) rows.push([plan[i][0], ...M12.flatMap((_, k) => [plan[i][k + 1], held[i][k + 1]])]);
    const merges = ['A1:Y1', 'A2:A3', ...M12.map((_, k) => `${String.fromCharCode(66 + 2 * k)}2:${String.fromCharCode(67 + 2 * k)}2`)];
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows, merges }]);
    expect(r.findings.map((f) => `${f.rule} ${f.period}`)).toEqual(['C02 2025-05']);
    expect(stats(r).meetings).toEqual({ ...EXPECTED.meetings, committee: 11 });
  });

  it('a row a 党小组 ("第一党小组会", "第二党小组会"): the month group two missed is its C03', async () => {
    const rows = calendarRows((days, m) => days.map((d) => `${m}月${d}日`).join('、'));
    const byGroup = [['第一党小组会', 18], ['第二党小组会', 19]].map(([t, d]) => [t, ...M12.map((_, k) => (t === '第二党小组会' && k === 8 ? null : `${k + 1}月${d}日`)), null]);
    rows.splice(rows.length - 1, 0, ...byGroup);
    const r = await checkLayout([infoVertical(), groupRoster(), plainDues(), { name: '三会一课', rows, merges: ['A1:N1'] }]);
    expect(r.findings.map((f) => `${f.rule} ${f.period}`)).toEqual(['C03 2025-09']);
    expect(r.findings[0].message).toContain('第二党小组2025年9月未召开党小组会');
  });

  it('the grid turned, a row a month and a column a type: read alike, a month left empty is its finding', async () => {
    const across = calendarRows((days, m) => days.map((d) => `${m}月${d}日`).join('、'), ['主题党日@2025-04-15']);
    const types = across.slice(2, -1);
    const rows = [across[0], ['月份', ...types.map((t) => t[0])], ...M12.map((m, k) => [m, ...types.map((t) => t[k + 1])])];
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows }]);
    expect(r.findings.map((f) => `${f.rule} ${f.period}`)).toEqual(['C05 2025-04']);
    expect(stats(r).meetings).toEqual({ ...EXPECTED.meetings, themeDay: 11 });
  });

  it('cells written day first (05/03/2025, 15/03/2025): the grid decides the order over all its cells, every meeting read', async () => {
    const rows = calendarRows((days, m) => days.map((d) => dmy(`2025-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)).join('、'));
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows, merges: ['A1:N1'] }]);
    expect(r.findings).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('cells giving day and month without a year, day first ("5/3", "22/3" under 3月): the column names the month, every meeting read', async () => {
    const rows = calendarRows((days, m) => days.map((d) => `${d}/${m}`).join('、'));
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows, merges: ['A1:N1'] }]);
    expect(r.findings).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    // "5/1" under 1月 (column B) is 5 January, not 1 May: every meeting is in its column's month
    const misplaced = r.ledger.meetings!.meetings.filter((m) => `${M12.indexOf(String(rows[1][m.date.ref!.col - 1]))}` !== `${Number(m.date.value!.date.slice(5, 7)) - 1}`);
    expect(misplaced.map((m) => m.date.ref!.address)).toEqual([]);
  });

  it('titled with last year ("2024年度…" kept from last year\'s file) in a workbook whose 支部信息 and 党费 say 2025: read as 2025, one 警告 at the title', async () => {
    const rows = calendarRows((days, m) => days.map((d) => `${m}月${d}日`).join('、'));
    rows[0][0] = '2024年度三会一课开展情况';
    const dues = { ...plainDues(), rows: [['2025年度党费收缴台账'], ...plainDues().rows] };
    const r = await checkLayout([infoVertical(), plainRoster(), dues, { name: '三会一课', rows, merges: ['A1:N1'] }]);
    expect(r.findings.map((f) => `${f.rule} ${f.severity} ${f.sheet}!${f.cell}`)).toEqual(['W03 警告 三会一课!A1']);
    expect(r.findings[0].message).toContain('已按2025年读取和检查');
    expect(stats(r)).toEqual(EXPECTED);
    // the title the only year the workbook names: taken at its word
    const info = { ...infoVertical(), rows: infoVertical().rows.filter((row) => row[0] !== '统计年度') };
    const alone = await checkLayout([info, plainRoster(), plainDues(), { name: '三会一课', rows, merges: ['A1:N1'] }], { today: '2025-06-30' });
    expect(alone.findings.filter((f) => f.rule === 'W03')).toEqual([]);
    expect(alone.ledger.meetings!.meetings.every((m) => m.date.value!.date.startsWith('2024'))).toBe(true);
  });

  it('counts of meetings held, 0 for none: a 0 is no meeting and no unreadable cell', async () => {
    const rows = calendarRows((days) => days.length, ['支委会@2025-08-05']);
    rows[2][8] = 0;
    rows[3][9] = '0次';
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows, merges: ['A1:N1'] }]);
    expect(r.findings.map((f) => `${f.rule} ${f.period}`)).toEqual(['C02 2025-08', 'C05 2025-09']);
  });
});
