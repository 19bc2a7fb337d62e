import { describe, expect, it } from 'vitest';
import { dateCell, gridFromRows, gridOf } from '../grid/grid-from-rows.js';
import { recognize } from './index.js';
import { checkGrid } from '../check.js';
import { infoSheet, meetingsSheet, rosterSheet, wideDuesSheet } from './recognize-test-data.js';

const full = () => recognize(gridOf(infoSheet(), rosterSheet(), wideDuesSheet(), meetingsSheet()));

describe('a messy but complete workbook', () => {
  it('raises no W findings', () => {
    expect(full().issues).toEqual([]);
  });

  it('reads the branch info as label/value pairs', () => {
    const { branch, year } = full();
    expect(branch.sheet).toBe('支部信息');
    expect(branch.name.value).toBe('XX局机关第一党支部');
    expect(branch.name.ref).toEqual({ sheet: '支部信息', row: 2, col: 2, address: 'B2' });
    expect(branch.type.value).toBe('机关');
    expect(branch.lastElection.value).toEqual({ date: '2022-06-30', precision: 'day' });
    expect(branch.year.value).toBe(2025);
    expect(year).toBe(2025);
  });

  it('finds the roster in a sheet named 1 by its headers and skips note, 合计 and footer rows', () => {
    const m = full().members!;
    expect(m.sheet).toBe('1');
    expect(m.headerRow).toBe(3);
    expect(m.members.map((x) => x.row)).toEqual([4, 5, 8]);
    expect(m.members.map((x) => x.nameKey)).toEqual(['张三', '李四', '王五']);
    expect(m.members[0].name.value).toBe('张 三');
    expect(m.columns.idNumber).toBe(4);
  });

  it('reads members\' typed fields, remembering their cells', () => {
    const [zhang, li, wang] = full().members!.members;
    expect(zhang.idNumber.value).toEqual({ text: '110101199001011234', storedAsNumber: false });
    expect(zhang.joinDate.value).toEqual({ date: '2015-07-01', precision: 'day' });
    expect(zhang.joinDate.ref).toEqual({ sheet: '1', row: 4, col: 6, address: 'F4' });
    expect(zhang.fullDate.value).toEqual({ date: '2016-07-01', precision: 'day' });
    expect(zhang.birthDate.value).toEqual({ date: '1990-01-01', precision: 'day' });
    expect(zhang.category.value).toBeNull();
    expect(zhang.effectiveCategory).toBe('正式党员');
    expect(zhang.partyRoles).toEqual(['书记']);
    expect(zhang.status.value).toBe('在职');
    expect(li.idNumber.value?.storedAsNumber).toBe(true);
    expect(li.birthDate.value).toEqual({ date: '1992-02-01', precision: 'month' });
    expect(li.joinDate.value).toEqual({ date: '2019-07-01', precision: 'day' });
    expect(li.effectiveCategory).toBe('预备党员');
    expect(li.partyRoles).toEqual(['组织委员', '宣传委员']);
    expect(li.status.value).toBe('离退休');
    expect(wang.joinDate.value).toEqual({ date: '2010-01-05', precision: 'day' });
  });

  it('reads wide dues under a two-row header, ignoring the 合计 column and row', () => {
    const d = full().dues!;
    expect(d.form).toBe('wide');
    expect(d.headerRow).toBe(2);
    expect(d.records.map((r) => r.nameKey)).toEqual(['张三', '李四', '王五']);
    const zhang = d.records[0];
    expect(zhang.base.value).toBe(6000);
    expect(zhang.due.value).toBe(90);
    expect(zhang.months.map((m) => [m.month, m.paid.value])).toEqual([['2025-01', 90], ['2025-02', 90], ['2025-03', 90], ['2025-04', 90]]);
    expect(zhang.months[2].paid.ref?.address).toBe('G4');
    expect(d.records[1].months[1].paid.value).toBeNull();
  });

  it('reads meetings with synonyms, text dates, combined types, absentees and elections', () => {
    const mt = full().meetings!;
    expect(mt.sheet).toBe('Sheet1');
    expect(mt.meetings).toHaveLength(3);
    const [first, second] = mt.meetings;
    expect(first.date.value).toEqual({ date: '2025-02-03', precision: 'day' });
    expect(first.types).toEqual(['general', 'lecture']);
    expect(first.isElection).toBe(true);
    expect(first.present.value).toBe(3);
    expect(second.types).toEqual(['committee']);
    expect(second.absentees).toEqual(['李四']);
    expect(second.isElection).toBe(false);
  });
});

describe('dues paid by the period', () => {
  const months = (l: ReturnType<typeof recognize>) => l.dues!.records.map((r) => r.months.map((m) => `${m.month.slice(5)}:${m.paid.value}`).join(' '));
  it('spreads a quarter, a month range, a half-year or the whole year over its months', () => {
    for (const [heads, values, want] of [
      [['第一季度', '第二季度', '三季度', 'Q4'], [150, 150, '√', 150], '01:50 02:50 03:50 04:50 05:50 06:50 07:50 08:50 09:50 10:50 11:50 12:50'],
      [['1-3月', '4—6月', '7至9月', '10-12月实交'], [150, 150, 150, 150], '01:50 02:50 03:50 04:50 05:50 06:50 07:50 08:50 09:50 10:50 11:50 12:50'],
      [['上半年', '下半年'], [300, 0], '01:50 02:50 03:50 04:50 05:50 06:50 07:0 08:0 09:0 10:0 11:0 12:0'],
      [['全年实交'], [600], '01:50 02:50 03:50 04:50 05:50 06:50 07:50 08:50 09:50 10:50 11:50 12:50'],
    ] as const) {
      const dues = gridFromRows('党费', [['2025年党费收缴台账'], ['姓名', '月应交党费', ...heads], ['张三', 50, ...values]]);
      const l = recognize(gridOf(dues));
      expect(l.dues?.form, heads.join()).toBe('wide');
      expect(months(l), heads.join()).toEqual([want]);
    }
  });
  it('takes a 全年合计 or 第一季度 beside 1月…12月 for the subtotal it is', () => {
    const heads = ['1月', '2月', '3月', '第一季度', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '全年合计'];
    const dues = gridFromRows('党费', [['2025年党费收缴台账'], ['姓名', '月应交党费', ...heads], ['张三', 50, 50, 50, 50, 150, 50, 50, 50, 50, 50, 50, 50, 50, 50, 600]]);
    const l = recognize(gridOf(dues));
    expect(l.dues!.records[0].months.map((m) => m.paid.value)).toEqual(Array(12).fill(50));
  });
});

describe('dues ticked rather than written', () => {
  it('reads √ as the row\'s monthly due and × as nothing paid; a tick with no due is W03', () => {
    const dues = gridFromRows('党费', [
      ['2025年党费收缴台账'],
      ['姓名', '月应交党费', '1月', '2月', '3月'],
      ['张三', 50, '√', '✓', '×'],
      ['李四', null, '已交', 20, null],
    ]);
    const l = recognize(gridOf(dues));
    const [zhang, li] = l.dues!.records;
    expect(zhang.months.map((m) => m.paid.value)).toEqual([50, 50, 0]);
    expect(li.months.map((m) => [m.paid.value, m.paid.unreadable ?? false])).toEqual([[null, true], [20, false], [null, false]]);
    const w03 = l.issues.filter((f) => f.rule === 'W03');
    expect(w03.map((f) => [f.cell, f.member])).toEqual([['C4', '李四']]);
    expect(w03[0].message).toBe('党费 C4 的1月党费写作“已交”，表示已交，但本行没有填写月应交党费，无法知道交了多少。请在该单元格填写实交金额，或在本行填写月应交党费。');
  });

  it('reads the date of payment in a month cell as paid, never its serial as an amount', () => {
    const dues = gridFromRows('党费', [['2025年党费收缴台账'], ['姓名', '月应交党费', '1月', '2月', '3月'],
      ['张三', 50, dateCell('2025-01-10', 'm"月"d"日"'), dateCell('2025-02-10', 'm"月"d"日"'), 50],
      ['李四', null, dateCell('2025-01-12', 'yyyy-mm-dd'), null, null],
      ['王五', 20, { v: 20, f: 'yyyy-mm-dd', t: '1900-01-20' }, 20, 20]]);
    const l = recognize(gridOf(dues));
    expect(l.dues!.records.map((r) => r.months.map((m) => m.paid.value))).toEqual([[50, 50, 50], [null, null, null], [20, 20, 20]]);
    expect(l.issues.filter((f) => f.rule === 'W03').map((f) => f.cell)).toEqual(['C4']);
  });

  it('reads 免交 in 月应交 as nothing due, waived: no W03, D02, D03 or D04', () => {
    const roster = gridFromRows('党员名册', [['姓名', '身份证号', '入党时间', '在职状态'], ['张三', '110101199001011234', '2015-07-01', '在职']]);
    const dues = gridFromRows('党费', [['2025年党费收缴台账'], ['姓名', '缴费基数', '月应交党费', '1月', '2月', '3月'], ['张三', 5000, '免交', null, null, null]]);
    const r = checkGrid(gridOf(roster, dues), { asOf: '2025-12-31' });
    expect(r.findings.filter((f) => /^(W03|D0)/.test(f.rule))).toEqual([]);
  });

  it('takes the due from 缴费基数 × 比例 when there is no 月应交, and reads a ticked long-form row', () => {
    const wide = gridFromRows('党费', [['2025年党费收缴台账'], ['姓名', '缴费基数', '交纳比例', '1月', '2月', '3月'], ['张三', 5000, '1%', '√', '√', '√']]);
    expect(recognize(gridOf(wide)).dues!.records[0].months.map((m) => m.paid.value)).toEqual([50, 50, 50]);
    const long = gridFromRows('党费', [['姓名', '月份', '应交党费', '实交党费'], ['张三', '2025年1月', 50, '√'], ['张三', '2025年2月', 50, 50]]);
    expect(recognize(gridOf(long)).dues!.records.map((r) => r.months.map((m) => m.paid.value))).toEqual([[50], [50]]);
  });
});

describe('dues names with a note in brackets', () => {
  it('reads 方霞（预备） as the roster\'s 方霞, and keeps a bracketed name the roster itself writes', () => {
    const roster = gridFromRows('党员名册', [['姓名', '身份证号', '入党时间'], ['方霞', '110101199001011234', '2015-07-01'], ['张三(大)', '110101199202021234', '2016-07-01']]);
    const dues = gridFromRows('党费', [['2025年党费收缴台账'], ['姓名', '1月', '2月', '3月'], ['方霞（预备）', 10, 10, 10], ['张三(大)', 10, 10, 10], ['李四【退休】', 5, 5, 5]]);
    const l = recognize(gridOf(roster, dues));
    expect(l.dues!.records.map((r) => [r.name.value, r.nameKey])).toEqual([['方霞（预备）', '方霞'], ['张三(大)', '张三(大)'], ['李四【退休】', '李四【退休】']]);
  });
});

describe('dues in long form dated only by the payment', () => {
  it('needs no 月份 column when each row has its 缴费日期', () => {
    const dues = gridFromRows('党费', [['姓名', '应交党费', '实交党费', '缴费日期'], ['张三', 50, 50, '2025-01-10'], ['张三', 50, 50, dateCell('2025-02-12')]]);
    const l = recognize(gridOf(dues));
    expect(l.issues.filter((f) => f.rule === 'W02')).toEqual([]);
    expect(l.dues!.records.flatMap((r) => r.months.map((m) => [m.month, m.paid.value]))).toEqual([['2025-01', 50], ['2025-02', 50]]);
    // without either, the 月份 column is named missing
    const none = gridFromRows('党费', [['姓名', '应交党费', '实交党费', '备注'], ['张三', 50, 50, '']]);
    expect(recognize(gridOf(none)).issues.filter((f) => f.rule === 'W02').map((f) => f.message)).toEqual([expect.stringContaining('月份')]);
  });
});

describe('dues in long form', () => {
  it('reads one row a member-month and splits a 缴费起止月份 range evenly', () => {
    const dues = gridFromRows('党费收缴明细', [
      ['姓名', '缴费起止月份', '月份', '缴费基数', '应交党费', '实交党费', '交纳日期'],
      ['张三', '', '2025-01', 6000, 90, 90, '2025-01-10'],
      ['张三', '2025.02-2025.07', '', 6000, 90, 540, '2025-02-10'],
      ['李四', '', '1月', 4000, 20, '20元', ''],
    ]);
    const l = recognize(gridOf(infoSheet(), rosterSheet(), dues, meetingsSheet()));
    expect(l.issues).toEqual([]);
    const d = l.dues!;
    expect(d.form).toBe('long');
    expect(d.records).toHaveLength(3);
    expect(d.records[1].months.map((m) => m.month)).toEqual(['2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07']);
    expect(d.records[1].months.every((m) => m.paid.value === 90)).toBe(true);
    expect(d.records[2].months).toEqual([expect.objectContaining({ month: '2025-01' })]);
    expect(d.records[2].months[0].paid.value).toBe(20);
  });

  it('reads a range written in the 月份 column and flags a month that is none', () => {
    const dues = gridFromRows('党费', [['姓名', '月份', '实交'], ['张三', '2025年1-3月', 45], ['李四', '2025年13月', 15]]);
    const l = recognize(gridOf(dues));
    expect(l.dues!.records[0].months.map((m) => [m.month, m.paid.value])).toEqual([['2025-01', 15], ['2025-02', 15], ['2025-03', 15]]);
    const w03 = l.issues.filter((f) => f.rule === 'W03');
    expect(w03.map((f) => [f.cell, f.member])).toEqual([['B3', '李四']]);
    expect(w03[0].message).toContain('无法识别为月份');
  });

  it('notices a base or due header that says it is rounded', () => {
    const dues = gridFromRows('党费', [['姓名', '月份', '党费基数（取整）', '实缴'], ['张三', '2025-01', 6000, 90]]);
    const d = recognize(gridOf(dues)).dues!;
    expect(d.roundedHeader).toBe(true);
    expect(d.columns.base).toBe(3);
  });

  it('takes the year of year-less months from the data when nothing else names it', () => {
    const dues = gridFromRows('党费', [['姓名', '月份', '实交'], ['张三', '2024-01', 90], ['张三', '2月', 90]]);
    const l = recognize(gridOf(dues));
    expect(l.dues!.records[1].months[0].month).toBe('2024-02');
    expect(l.year).toBe(2024);
  });

  it('raises one W02 for the sheet (no W03) when a year-less month cannot be placed in any year', () => {
    const dues = gridFromRows('党费', [['姓名', '月份', '实交'], ['张三', '1月', 90], ['张三', '2月', 90]]);
    const issues = recognize(gridOf(dues)).issues;
    expect(issues.filter((f) => f.rule === 'W03')).toEqual([]);
    const w = issues.filter((f) => f.rule === 'W02');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ sheet: '党费', cell: 'B1', row: 1 });
    expect(w[0].message).toContain('统计年度');
  });
});

describe('several header blocks in one sheet', () => {
  it('continues with the new header, whose columns may move', () => {
    const sheet = gridFromRows('导出数据(1-957)', [
      ['姓名', '身份证号', '入党时间'],
      ['张三', '110101199001011234', '2015-07-01'],
      [],
      ['第2页'],
      ['序号', '入党时间', '姓名', '身份证号'],
      [2, '2016-08-01', '李四', '110101199202021234'],
    ]);
    const m = recognize(gridOf(sheet)).members!;
    expect(m.members.map((x) => [x.row, x.nameKey, x.joinDate.value?.date])).toEqual([[2, '张三', '2015-07-01'], [6, '李四', '2016-08-01']]);
  });

  it('stops a ledger where a header of another ledger begins', () => {
    const sheet = gridFromRows('台账', [
      ['姓名', '身份证号', '入党时间'],
      ['张三', '110101199001011234', '2015-07-01'],
      ['日期', '会议类型', '主题'],
      ['2025-01-05', '支委会', '学习'],
    ]);
    const l = recognize(gridOf(sheet));
    expect(l.members!.members).toHaveLength(1);
    expect(l.meetings!.meetings).toHaveLength(1);
    expect(l.meetings!.headerRow).toBe(3);
  });
});

describe('rows that are not records', () => {
  it('skips group headings and long remarks standing alone in a row', () => {
    const sheet = gridFromRows('党员名册', [
      ['姓名', '身份证号', '入党时间'],
      ['第一党小组'], ['张三', '1', '2015-07-01'],
      ['机关第二党小组'], ['李四', '2', '2016-07-01'],
      ['本名册按党小组排列，各小组长负责核对本组信息'],
      ['王五'],
    ]);
    const m = recognize(gridOf(sheet)).members!;
    expect(m.members.map((x) => x.name.value)).toEqual(['张三', '李四', '王五']);
  });

  it('skips a row numbering the columns under the header', () => {
    const sheet = gridFromRows('党员名册', [['序号', '姓名', '身份证号', '入党时间'], [1, 2, 3, 4], [1, '张三', '1', '2015-07-01']]);
    const m = recognize(gridOf(sheet)).members!;
    expect(m.members.map((x) => x.row)).toEqual([3]);
  });
  it('takes a second header row that carries a stray unknown label', () => {
    const sheet = gridFromRows('会议记录', [
      ['日期', '会议类型', '参会情况', null, null, '记录人'],
      [null, null, '应到', '实到', '其他', null],
      ['2025-01-05', '支委会', 5, 4, 'x', '李四'],
    ]);
    const mt = recognize(gridOf(sheet)).meetings!;
    expect(mt.meetings.map((m) => [m.row, m.expected.value, m.present.value])).toEqual([[3, 5, 4]]);
  });
  it('does not mistake the first data row for a second header row', () => {
    const sheet = gridFromRows('党费', [['姓名', '月份', '实交'], ['张三', '1月', 90], ['李四', '2月', 90]]);
    expect(recognize(gridOf(gridFromRows('信息', [['统计年度', 2025], ['支部名称', 'X']]), sheet)).dues!.records).toHaveLength(2);
  });
});

describe('hidden rows and odd placement', () => {
  it('keeps hidden rows as data and reads a grid that does not start at A1', () => {
    const sheet = gridFromRows('花名册', [
      ['姓名', '身份证号', '入党时间'],
      ['张三', '110101199001011234', '2015-07-01'],
      ['李四', '110101199202021234', '2016-07-01'],
    ], { top: 5, left: 3, hiddenRows: [7] });
    const m = recognize(gridOf(sheet)).members!;
    expect(m.headerRow).toBe(5);
    expect(m.members.map((x) => x.row)).toEqual([6, 7]);
    expect(m.members[1].joinDate.ref?.address).toBe('E7');
  });
});

describe('a national-system export', () => {
  it('takes the category from 人员类别 rather than 党籍状态, the status from 工作岗位 and the branch from 所在党支部', () => {
    const sheet = gridFromRows('导出数据(1-957)', [
      ['姓名', '性别', '公民身份号码', '民族', '出生日期', '学历', '党籍状态', '人员类别', '入党日期', '转正日期', '工作岗位', '所在党支部'],
      ['张三', '男', '110101199001011237', '汉族', '1990-01-01', '大学本科', '正常', '正式党员', '2015-07-01', '2016-07-01', '离退休人员', 'XX社区第一党支部'],
      ['李四', '女', '11010119920202124X', '汉族', '1992-02-02', '研究生', '正常', '预备党员', '2025-03-01', '', '学生', 'XX社区第一党支部'],
    ]);
    const l = recognize(gridOf(sheet));
    expect(l.members!.columns.category).toBe(8);
    expect(l.members!.members.map((m) => [m.category.value, m.status.value])).toEqual([['正式党员', '离退休'], ['预备党员', '学生']]);
    expect(l.branch.name.value).toBe('XX社区第一党支部');
    expect(l.branch.name.ref?.address).toBe('L2');
  });
});

describe('choosing between candidate sheets', () => {
  const roster = (name: string, who: string, hidden = false) =>
    gridFromRows(name, [['姓名', '身份证号', '入党时间'], [who, '1', '2015-07-01']], { hidden });
  it('prefers a visible sheet to a hidden copy with the same headers', () => {
    expect(recognize(gridOf(roster('旧名册', '旧', true), roster('新名册', '新'))).members!.sheet).toBe('新名册');
  });
  it('prefers the sheet whose headers name more fields, whatever the sheet names say', () => {
    const richer = gridFromRows('Sheet2', [['姓名', '身份证号', '入党时间', '转正时间', '性别'], ['甲', '1', '2015-07-01', '2016-07-01', '男']]);
    expect(recognize(gridOf(roster('党员名册', '乙'), richer)).members!.sheet).toBe('Sheet2');
  });
  it('uses a sheet name only to break a tie', () => {
    expect(recognize(gridOf(roster('Sheet1', '甲'), roster('党员名册', '乙'))).members!.sheet).toBe('党员名册');
  });
});

describe('职务 is read by what else the header names', () => {
  it('is 党内职务 when 工作岗位 has its own column', () => {
    const sheet = gridFromRows('党员', [['姓名', '身份证号', '入党时间', '职务', '工作岗位'], ['张三', '1', '2015-07-01', '书记', '科员']]);
    const m = recognize(gridOf(sheet)).members!.members[0];
    expect(m.partyRoles).toEqual(['书记']);
    expect(m.position.value).toBe('科员');
  });
});

describe('a lone 职务 column is read by its values', () => {
  const roster = (duty: string[]) => gridFromRows('党员', [['姓名', '身份证号', '入党时间', '职务'], ...duty.map((d, i) => [`党员${i}`, '1', '2015-07-01', d])]);
  it('is 党内职务 when some values are party offices', () => {
    const m = recognize(gridOf(roster(['支部书记', '', '组织委员']))).members!;
    expect(m.members[0].partyRoles).toEqual(['书记']);
    expect(m.columns.partyRole).toBe(4);
  });
  it('is 工作岗位 otherwise, and then tells the 在职状态', () => {
    const m = recognize(gridOf(roster(['科员', '退休干部']))).members!;
    expect(m.members[0].partyRoles).toEqual([]);
    expect(m.members[0].position.value).toBe('科员');
    expect(m.members[1].status.value).toBe('离退休');
    expect(m.columns.position).toBe(4);
  });
});

describe('more layouts', () => {
  it('reads branch info laid out as a two-row table, and inline label：value cells', () => {
    const info = gridFromRows('基本情况', [
      ['支部名称', '上级党组织', '支部类型', '成立时间'],
      ['XX村党支部', 'XX镇党委', '村', '2001年7月1日'],
      [],
      ['统计年度：2024'],
    ]);
    const b = recognize(gridOf(info)).branch;
    expect(b.sheet).toBe('基本情况');
    expect(b.name.value).toBe('XX村党支部');
    expect(b.name.ref?.address).toBe('A2');
    expect(b.type.value).toBe('村');
    expect(b.founded.value).toEqual({ date: '2001-07-01', precision: 'day' });
    expect(b.year.value).toBe(2024);
    expect(b.year.ref?.address).toBe('A4');
  });

  it('reads a date column that mixes text dates, 8-digit numbers and serials', () => {
    const roster = gridFromRows('党员名册', [
      ['姓名', '身份证号', '入党时间'],
      ['甲', '1', '2024.10.15'], ['乙', '2', 20241015], ['丙', '3', dateCell('2024-10-15')], ['丁', '4', '２０２４年１０月１５日'],
    ]);
    const m = recognize(gridOf(roster)).members!;
    expect(m.members.map((x) => x.joinDate.value?.date)).toEqual(['2024-10-15', '2024-10-15', '2024-10-15', '2024-10-15']);
  });

  it('gives wide dues without a title year the 统计年度 of the info sheet', () => {
    const dues = gridFromRows('党费交纳登记表', [['姓名', '缴费基数', '1月', '2月', '3月'], ['张三', 3000, 15, 15, 15]]);
    const l = recognize(gridOf(infoSheet(), dues));
    expect(l.dues!.records[0].months.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03']);
  });

  it('reads month headers that carry their own year', () => {
    const dues = gridFromRows('党费', [['姓名', '2024年12月', '2025年1月', '2025.02'], ['张三', 15, 15, 15]]);
    expect(recognize(gridOf(dues)).dues!.records[0].months.map((m) => m.month)).toEqual(['2024-12', '2025-01', '2025-02']);
  });

  it('W02 once (no W03) for wide dues whose months have no year anywhere', () => {
    const dues = gridFromRows('党费', [['姓名', '1月', '2月', '3月'], ['张三', 15, 15, 15]]);
    const l = recognize(gridOf(dues));
    expect(l.issues.filter((f) => f.rule === 'W03')).toEqual([]);
    expect(l.issues.filter((f) => f.rule === 'W02').map((f) => f.cell)).toEqual(['B1']);
    expect(l.dues!.records[0].months).toEqual([]);
  });
});

describe('a header cell split into labelled sub-columns', () => {
  const span = (top: number, left: number, right: number) => ({ top, left, bottom: top, right });
  const tall = (left: number) => ({ top: 1, left, bottom: 2, right: left });
  const roster = (sub: [string, string]) => gridFromRows('党员名册', [
    ['序号', '姓名', '身份证号', '入党时间', null, '学历', null],
    [null, null, null, ...sub, '全日制教育', '在职教育'],
    [1, '张三', '110101199001011234', '2015-07-01', '2016-07-01', '大学', '研究生'],
    [2, '李四', '110101199202021234', '2025-03-01', null, '大专', null],
  ], { merges: [tall(1), tall(2), tall(3), span(1, 4, 5), span(1, 6, 7)] });

  it('reads 入党时间 over 预备 | 转正 as the two dates, and the label row as header, not a member', () => {
    const l = recognize(gridOf(roster(['预备', '转正'])));
    const m = l.members!;
    expect(m.members.map((x) => x.row)).toEqual([3, 4]);
    expect([m.columns.joinDate, m.columns.fullDate, m.columns.education]).toEqual([4, 5, 6]);
    const [zhang, li] = m.members;
    expect([zhang.joinDate.value?.date, zhang.fullDate.value?.date, zhang.effectiveCategory]).toEqual(['2015-07-01', '2016-07-01', '正式党员']);
    expect([li.joinDate.value?.date, li.fullDate.value, li.effectiveCategory]).toEqual(['2025-03-01', null, '预备党员']);
    expect(l.issues.filter((f) => f.rule === 'W03')).toEqual([]);
  });

  it('follows the sub-labels whatever their order', () => {
    const m = recognize(gridOf(roster(['转为正式党员', '接收为预备党员']))).members!;
    expect([m.columns.joinDate, m.columns.fullDate]).toEqual([5, 4]);
    expect(m.members[0].joinDate.value?.date).toBe('2016-07-01');
  });

  it('keeps the first data row a member when only its merged header spans columns', () => {
    const sheet = gridFromRows('党员名册', [
      ['姓名', null, '身份证号', '入党时间'],
      ['张三', null, '110101199001011234', '2015-07-01'],
      ['李四', null, '110101199202021234', '2019-07-01'],
    ], { merges: [span(1, 1, 2), span(2, 1, 2), span(3, 1, 2)] });
    expect(recognize(gridOf(sheet)).members!.members.map((x) => x.nameKey)).toEqual(['张三', '李四']);
    // a name and a short note under two wide headers: still one value a span, still a member
    const wide = gridFromRows('党员名册', [
      ['姓名', null, '身份证号', '入党时间', '备注', null],
      ['王五', null, null, null, '调出', null],
      ['张三', null, '110101199001011234', '2015-07-01', null, null],
    ], { merges: [span(1, 1, 2), span(1, 5, 6)] });
    expect(recognize(gridOf(wide)).members!.members.map((x) => x.nameKey)).toEqual(['王五', '张三']);
  });
});

describe('section headings in a roster', () => {
  it('give the 在职状态 of the members under them when no column does', () => {
    const roster = gridFromRows('党员名册', [
      ['姓名', '身份证号', '入党时间'],
      ['一、在职党员'], ['张三', '110101199001011234', '2015-07-01'], ['第一党小组'], ['李四', '110101199202021234', '2016-07-01'],
      ['二、离退休党员'], ['王五', '110101195001011234', '1975-07-01'],
    ], { merges: [{ top: 2, left: 1, bottom: 2, right: 3 }, { top: 6, left: 1, bottom: 6, right: 3 }] });
    const m = recognize(gridOf(roster)).members!.members;
    expect(m.map((x) => [x.nameKey, x.status.value, x.status.ref?.address])).toEqual([['张三', '在职', 'A2'], ['李四', '在职', 'A2'], ['王五', '离退休', 'A6']]);
    const withColumn = gridFromRows('党员名册', [['姓名', '身份证号', '入党时间', '在职状态'], ['二、离退休党员'], ['王五', '110101195001011234', '1975-07-01', '在职']]);
    expect(recognize(gridOf(withColumn)).members!.members[0].status.value).toBe('在职');
  });
});

describe('a meeting record that names who came', () => {
  it('counts the names under 参会人员 as 实到 where there is no 实到 column', () => {
    const meetings = gridFromRows('三会一课', [['日期', '会议类型', '参会人员'], ['2025-07-05', '党员大会', '卢刚、何强、方霞、许娜'], ['2025-08-05', '党员大会', '全体党员']]);
    const m = recognize(gridOf(meetings)).meetings!.meetings;
    expect(m.map((x) => [x.present.value, x.present.ref?.address ?? null])).toEqual([[4, 'C2'], [null, null]]);
  });
});

describe('a meeting held together with another', () => {
  it('takes the other type from the 备注 or the topic, not from a mere mention', () => {
    const meetings = gridFromRows('三会一课', [
      ['日期', '会议类型', '主题', '备注'],
      ['2025-12-20', '民主评议党员', '年度民主评议', '与组织生活会合并召开'],
      ['2025-12-21', '支委会', '学习组织生活会精神', null],
    ]);
    expect(recognize(gridOf(meetings)).meetings!.meetings.map((m) => m.types)).toEqual([['lifeMeeting', 'review'], ['committee']]);
  });
});

describe('a combined column (主持人/记录人)', () => {
  it('gives each field its part of the cell', () => {
    const meetings = gridFromRows('三会一课', [
      ['日期', '会议类型', '主题', '主持人/记录人', '应到/实到人数'],
      ['2025-01-05', '党员大会', '学习', '卢刚/何强', '9/8'],
      ['2025-02-05', '支委会', '学习', '卢刚', '3/3'],
      ['2025-03-05', '支委会', '学习', '卢刚、何强', null],
    ]);
    const l = recognize(gridOf(meetings));
    const m = l.meetings!.meetings;
    expect(m.map((x) => [x.host.value, x.recorder.value])).toEqual([['卢刚', '何强'], ['卢刚', null], ['卢刚', '何强']]);
    expect(m.map((x) => [x.expected.value, x.present.value])).toEqual([[9, 8], [3, 3], [null, null]]);
    expect(m[0].recorder.ref?.address).toBe('D2');
    expect(l.issues).toEqual(expect.not.arrayContaining([expect.objectContaining({ rule: 'W02' })]));
  });
  it('is no dues header: 应交/实交 does not put two amounts in one column', () => {
    const dues = gridFromRows('党费', [['姓名', '月份', '应交/实交'], ['张三', '2025年1月', '50/50']]);
    const cols = recognize(gridOf(dues)).dues?.columns ?? {};
    expect(cols.paid === undefined || cols.paid !== cols.due).toBe(true);
  });
  it('leaves a slash in a data cell alone, and a header whose parts are not all fields', () => {
    const meetings = gridFromRows('三会一课', [['日期', '会议类型', '主题', '主持人/地点'], ['2025/1/5', '支委会', '学习/讨论', '卢刚/会议室']]);
    const l = recognize(gridOf(meetings));
    expect([l.meetings!.meetings[0].date.value?.date, l.meetings!.meetings[0].topic.value, l.meetings!.columns.host]).toEqual(['2025-01-05', '学习/讨论', undefined]);
  });
});

describe('W01–W03', () => {
  it('W01 names each ledger that is missing, with no sheet', () => {
    const issues = recognize(gridOf(infoSheet(), rosterSheet())).issues;
    const w01 = issues.filter((f) => f.rule === 'W01');
    expect(w01).toHaveLength(2);
    expect(w01.every((f) => f.sheet === null && f.severity === '错误')).toBe(true);
    expect(w01.map((f) => f.message).join()).toMatch(/党费收缴台账.*三会一课记录/);
  });

  it('W01 fires for an empty workbook and not for a workbook whose sheets are oddly named', () => {
    expect(recognize(gridOf()).issues.filter((f) => f.rule === 'W01')).toHaveLength(3);
    expect(full().issues.filter((f) => f.rule === 'W01')).toEqual([]);
  });

  it('W02 points at the header row of a roster without 身份证号', () => {
    const sheet = gridFromRows('党员名册', [['标题'], ['姓名', '性别', '民族', '入党时间'], ['张三', '男', '汉族', '2015-07-01']]);
    const w02 = recognize(gridOf(sheet)).issues.filter((f) => f.rule === 'W02');
    expect(w02).toHaveLength(1);
    expect(w02[0]).toMatchObject({ sheet: '党员名册', row: 2, cell: null, severity: '错误' });
    expect(w02[0].message).toContain('“身份证号”');
  });

  it('W02 for meetings without 会议类型 and for long dues without 月份', () => {
    const meetings = gridFromRows('会议记录', [['日期', '主题', '主持人', '记录人'], ['2025-01-05', '学习', '张三', '李四']]);
    const dues = gridFromRows('党费', [['姓名', '缴费基数', '应交', '实交'], ['张三', 6000, 90, 90]]);
    const w02 = recognize(gridOf(meetings, dues)).issues.filter((f) => f.rule === 'W02');
    expect(w02.map((f) => [f.sheet, f.row])).toEqual([['党费', 1], ['会议记录', 1]]);
    expect(w02.map((f) => f.message).join()).toMatch(/会议类型/);
    expect(w02.map((f) => f.message).join()).toMatch(/月份/);
  });

  it('near misses raise no W02: synonyms, bracketed remarks and required-marks', () => {
    const sheet = gridFromRows('x', [['*姓名', '身份证号码（18位）', '加入党组织日期：'], ['张三', '110101199001011234', '2015-07-01']]);
    const l = recognize(gridOf(sheet));
    expect(l.issues.filter((f) => f.rule === 'W02')).toEqual([]);
    expect(l.members!.members[0].joinDate.value?.date).toBe('2015-07-01');
  });

  it('W03 at the cell of an unreadable date, amount or count, naming the member', () => {
    const roster = gridFromRows('党员名册', [
      ['序号', '姓名', '性别', '民族', '身份证号', '入党时间'],
      [1, '张三', '男', '汉族', '110101199001011234', '2019.13.01'],
      [2, '李四', '女', '汉族', '110101199202021234', '2019.12.01'],
    ]);
    const dues = gridFromRows('党费', [['姓名', '1月', '2月', '3月'], ['张三', 10, '约十元', 10]]);
    const meetings = gridFromRows('三会一课', [['日期', '会议类型', '实到人数'], ['2025-01-05', '支委会', '三人']]);
    const w03 = recognize(gridOf(roster, dues, meetings)).issues.filter((f) => f.rule === 'W03');
    expect(w03.map((f) => [f.sheet, f.cell, f.row, f.member])).toEqual(
      expect.arrayContaining([['党员名册', 'F2', 2, '张三'], ['党费', 'C2', 2, '张三'], ['三会一课', 'C2', 2, null]]));
    expect(w03).toHaveLength(3);
    expect(w03.find((f) => f.sheet === '党员名册')!.message).toBe('党员名册 F2 的入党时间“2019.13.01”无法识别为日期，请改为 2019-01-01 这样的日期格式。');
  });

  it('W03 naming the formula error (#REF!, #N/A …) in any column, and no finding about that value', () => {
    const roster = gridFromRows('党员名册', [
      ['序号', '姓名', '身份证号', '入党时间', '联系电话'],
      [1, '张三', '#REF!', '2015-07-01', '#N/A'],
      [2, '李四', '110101199202021234', '#VALUE!', '13800000000'],
    ]);
    const dues = gridFromRows('党费', [['2025年党费收缴台账'], ['姓名', '1月', '2月', '3月'], ['张三', 10, '#DIV/0!', 10], ['#N/A', 10, 10, 10]]);
    const l = recognize(gridOf(roster, dues));
    const w03 = l.issues.filter((f) => f.rule === 'W03');
    expect(w03.map((f) => [f.sheet, f.cell, f.member])).toEqual([
      ['党员名册', 'C2', '张三'], ['党员名册', 'E2', '张三'], ['党员名册', 'D3', '李四'], ['党费', 'C3', '张三'], ['党费', 'A4', null],
    ]);
    expect(w03[0].message).toBe('党员名册 C2 的身份证号是公式出错的结果“#REF!”（公式引用的单元格已被删除），读不出内容。请修正该单元格的公式，或改为直接填写身份证号。');
    expect(w03[4].message).toContain('“#N/A”（公式（如 VLOOKUP）没有找到要查找的数据）');
    expect(w03[2].message).toContain('“#VALUE!”');
    const zhang = l.members!.members[0];
    expect(zhang.idNumber).toMatchObject({ value: null, unreadable: true, ref: { address: 'C2' } });
    // text that merely starts with # is not an error result
    const notes = recognize(gridOf(gridFromRows('党员名册', [['姓名', '身份证号', '备注'], ['张三', '110101199001011234', '#1 楼']])));
    expect(notes.issues.filter((f) => f.rule === 'W03')).toEqual([]);
  });

  it('never prints a full ID number', () => {
    const roster = gridFromRows('党员名册', [['姓名', '身份证号', '入党时间'], ['张三', '110101199001011234', '110101199001011234']]);
    const w03 = recognize(gridOf(roster)).issues.filter((f) => f.rule === 'W03');
    expect(w03).toHaveLength(1);
    expect(w03[0].message).not.toContain('110101199001011234');
    expect(w03[0].message).toContain('110101********1234');
  });

  it('empty cells and dashes are not unreadable', () => {
    const roster = gridFromRows('党员名册', [['姓名', '身份证号', '入党时间', '转正时间'], ['张三', '110101199001011234', '2015-07-01', '—'], ['李四', '', '', '']]);
    expect(recognize(gridOf(roster)).issues).toEqual(expect.not.arrayContaining([expect.objectContaining({ rule: 'W03' })]));
  });
});

describe('the ledger year', () => {
  it('comes from a subtitle when there is no info sheet', () => {
    const l = recognize(gridOf(rosterSheet(), meetingsSheet()));
    expect(l.year).toBe(2025);
    expect(l.branch.name.value).toBe('XX局机关第一党支部');
  });
  it('takes the branch from a title that opens with it, when nothing else names it', () => {
    const roster = gridFromRows('党员名册', [['县财政局机关党支部2025年度党员名册'], ['姓名', '身份证号', '入党时间'], ['张三', '110101199001011234', '2015-07-01']]);
    const l = recognize(gridOf(roster));
    expect([l.branch.name.value, l.branch.name.ref?.address, l.year]).toEqual(['县财政局机关党支部', 'A1', 2025]);
    const plain = gridFromRows('党员名册', [['党员名册（党支部填报）'], ['姓名', '身份证号', '入党时间'], ['张三', '110101199001011234', '2015-07-01']]);
    expect(recognize(gridOf(plain)).branch.name.value).toBeNull();
  });
  it('reads an info block above the first table of a sheet that holds everything', () => {
    const all = gridFromRows('台账', [
      ['支部名称', '县财政局机关党支部'], ['上级党组织', '县直机关工委'], ['支部类型', '机关'], ['上次换届时间', '2020-03-15'], [],
      ['党员名册'], ['姓名', '身份证号', '入党时间'], ['张三', '110101199001011234', '2015-07-01'],
    ]);
    const l = recognize(gridOf(all));
    expect([l.branch.sheet, l.branch.name.value, l.branch.lastElection.value?.date]).toEqual(['台账', '县财政局机关党支部', '2020-03-15']);
    expect(l.members!.members.map((m) => m.nameKey)).toEqual(['张三']);
    // a subtitle naming the unit and the date is no info block
    const sub = gridFromRows('党员名册', [['填报单位：XX党支部', null, '填报日期：2025-12-31'], ['姓名', '身份证号', '入党时间'], ['张三', '110101199001011234', '2015-07-01']]);
    expect(recognize(gridOf(sub)).branch.sheet).toBeNull();
  });
  it('places meeting days written without a year (1月5日) in the year the title names', () => {
    const meetings = gridFromRows('三会一课', [['2025年度三会一课记录'], ['日期', '会议类型', '主题'], ['1月5日', '支委会', '学习'], ['3.18 下午', '党员大会', '学习'], ['2月30日', '支委会', '学习']]);
    const l = recognize(gridOf(meetings));
    expect(l.meetings!.meetings.map((m) => m.date.value?.date ?? null)).toEqual(['2025-01-05', '2025-03-18', null]);
    expect(l.issues.filter((f) => f.rule === 'W03').map((f) => f.cell)).toEqual(['A5']);
  });
  it('reports days without a year once when nothing names the year', () => {
    const meetings = gridFromRows('三会一课', [['日期', '会议类型', '主题'], ['1月5日', '支委会', '学习'], ['2月5日', '支委会', '学习']]);
    const l = recognize(gridOf(meetings));
    expect(l.meetings!.meetings.map((m) => [m.date.value, m.date.unreadable])).toEqual([[null, true], [null, true]]);
    const w03 = l.issues.filter((f) => f.rule === 'W03');
    expect(w03.map((f) => f.cell)).toEqual(['A2']);
    expect(w03[0].message).toContain('的日期“1月5日”没有年份');
  });
  it('falls back to the most common year of the meetings', () => {
    const meetings = gridFromRows('三会一课', [
      ['日期', '会议类型'], [dateCell('2024-12-20'), '支委会'], ['2025-01-05', '支委会'], ['2025-02-05', '支委会'],
    ]);
    expect(recognize(gridOf(meetings)).year).toBe(2025);
  });
  it('is null when nothing tells', () => {
    expect(recognize(gridOf(gridFromRows('x', [['a']]))).year).toBeNull();
  });
});

describe('formulas saved without their results', () => {
  it('reads such a roster cell as unknown, not empty: one W03 for the sheet, no 出生日期 or 入党时间 reported missing', () => {
    const unknown = { v: null, t: '#未计算' };
    const roster = rosterSheet();
    // 张三's 出生年月 and 入党日期 as formulas a script wrote without results
    roster.rows[3][4] = unknown;
    roster.rows[3][5] = unknown;
    const grid = gridOf(infoSheet(), roster, wideDuesSheet(), meetingsSheet());
    const ledger = recognize(grid);
    const zhang = ledger.members!.members[0];
    expect([zhang.birthDate.unreadable, zhang.joinDate.unreadable]).toEqual([true, true]);
    const w03 = ledger.issues.filter((f) => f.rule === 'W03' && f.sheet === '1');
    expect(w03.map((f) => f.cell)).toEqual(['E4']);
    expect(w03[0].message).toContain('1 E4等2个单元格是公式，但文件中没有保存公式的计算结果');
    expect(w03[0].message).toContain('依据这些单元格的检查结果可能不准确');
    const { findings } = checkGrid(grid, { asOf: '2025-12-31' });
    expect(findings.filter((f) => f.rule === 'M01' && f.member === '张三')).toEqual([]);
  });
});

describe('a dues ledger recording payments alone (no 应交, no 缴费基数)', () => {
  const exportRows = (extra: string | null) => gridFromRows('党费交纳明细', [
    ['2025年党费交纳明细'],
    ['姓名', '交纳月份', '交纳金额', '交纳时间', ...(extra ? [extra] : [])],
    ['张三', '2025年1月', '50', '2025-01-10', ...(extra ? ['5000'] : [])],
    ['张三', '2025年2月', '50', '2025-02-10', ...(extra ? ['5000'] : [])],
    ['合计', null, '100', null],
  ]);
  it('is one W02 提示 for the sheet, saying the amounts cannot be judged and how to add the column', () => {
    const w02 = recognize(gridOf(exportRows(null))).issues.filter((f) => f.rule === 'W02');
    expect(w02.map((f) => [f.severity, f.sheet, f.row, f.cell])).toEqual([['提示', '党费交纳明细', 2, null]]);
    expect(w02[0].message).toMatch(/^党费交纳明细 第2行的党费收缴台账表头中既没有“月应交”列.*也没有“缴费基数”列.*请在表头中添加“月应交”列/);
  });
  it('is nothing where the sheet has a 缴费基数 or a 月应交 column', () => {
    for (const col of ['缴费基数', '月应交']) expect(recognize(gridOf(exportRows(col))).issues.filter((f) => f.rule === 'W02')).toEqual([]);
  });
});

describe('dues months written without a year ("3月")', () => {
  const longSheet = (title: string) => gridFromRows('党费', [
    [title], ['姓名', '月份', '应交党费', '实交党费'],
    ['张三', '1月', '50', '50'], ['张三', '2月', '50', '50'], ['李四', '1月', '40', '40'], ['合计', null, null, '140'],
  ]);
  const wideSheet = (title: string) => gridFromRows('党费', [[title], ['姓名', '月应交', '1月', '2月', '3月'], ['张三', '50', '50', '50', '50'], ['合计', null, '50', '50', '50']]);
  it('no year anywhere: one W02 for the sheet at the 月份 header, no W03, and the months are as good as no 月份 column', () => {
    for (const [sheet, cell] of [[longSheet('党费收缴台账'), 'B2'], [wideSheet('党费收缴台账'), 'C2']] as const) {
      const l = recognize(gridOf(sheet));
      const own = l.issues.filter((f) => f.sheet === '党费');
      expect(own.map((f) => [f.rule, f.severity, f.cell])).toEqual([['W02', '错误', cell]]);
      expect(own[0].message).toMatch(/^党费 [BC]2 的月份（如“1月”）都没有写年份.*请在标题中写明年度（如“2025年度党费收缴台账”）.*“2025年3月”/);
      expect(l.dues!.missingColumns).toEqual(['month']);
      expect(l.dues!.records.flatMap((r) => r.months)).toEqual([]);
    }
  });
  it('a year only the file name names: that year\'s months', () => {
    const l = recognize(gridOf(longSheet('党费收缴台账')), { fileName: '2025年第一党支部台账' });
    expect(l.issues.filter((f) => f.sheet === '党费')).toEqual([]);
    expect(l.dues!.records[0].months.map((m) => m.month)).toEqual(['2025-01']);
    expect(l.year).toBe(2025);
    const w = recognize(gridOf(wideSheet('党费收缴台账')), { fileName: '2025年第一党支部台账' });
    expect(w.dues!.records[0].months.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03']);
  });
  it('a year the title names: that year\'s months, as before', () => {
    const l = recognize(gridOf(longSheet('2025年度党费收缴台账')));
    expect(l.issues.filter((f) => f.sheet === '党费')).toEqual([]);
    expect(l.dues!.records[0].months.map((m) => m.month)).toEqual(['2025-01']);
  });
});
