/**
 * How one branch's workbook is laid out: sheet names, header synonyms (DOMAIN.md §1),
 * title rows, 序号 columns, date forms, dues form. Chosen per file from the seeded PRNG.
 */
import type { Rng } from './prng.js';

export type DateStyle = 'date' | 'serial' | 'dash' | 'dot' | 'slash' | 'cn' | 'compact' | 'mixed';
export type DuesForm = 'wide' | 'long' | 'range';

export interface Layout {
  names: { info: string | null; members: string; dues: string; meetings: string };
  infoForm: 'kv' | 'table';
  titles: { members: boolean; dues: boolean; meetings: boolean };
  subtitle: boolean;
  serial: { members: boolean; dues: boolean; meetings: boolean };
  footer: { members: boolean; dues: boolean; meetings: boolean };
  blankAfterTitle: boolean;
  memberHeaders: Record<string, string>;
  /** optional member columns present */
  memberOptional: { ethnicity: boolean; birth: boolean; education: boolean; category: boolean; phone: boolean; note: boolean };
  dates: { birth: DateStyle; join: DateStyle; full: DateStyle; meeting: DateStyle; info: DateStyle; paidOn: DateStyle };
  duesForm: DuesForm;
  duesHeaders: Record<string, string>;
  duesRatio: boolean;
  duesTotalCol: boolean;
  duesTotalRow: boolean;
  duesPaidOn: boolean;
  longOrder: 'member' | 'month';
  monthStyle: 'dash' | 'cn' | 'dot' | 'date';
  meetingHeaders: Record<string, string>;
  meetingOptional: { speaker: boolean; leave: boolean; absent: boolean };
  absentNone: '' | '无';
  absentSep: string;
  absentParen: 'full' | 'half';
  extraSheet: boolean;
  sheetOrder: ('info' | 'members' | 'dues' | 'meetings' | 'extra')[];
}

export function chooseLayout(rng: Rng, fileIndex: number): Layout {
  const members = rng.pick(['党员名册', '花名册', '党员信息', '党员台账', 'Sheet1', `导出数据(1-${rng.int(5, 99)})`]);
  const dues = rng.pick(['党费', '党费台账', '党费收缴明细', '党费交纳登记表', 'Sheet2']);
  const meetings = rng.pick(['三会一课', '会议记录', '组织生活台账', '活动记录', '三会一课记录']);
  const info = rng.chance(0.9) ? rng.pick(['支部信息', '基本情况', '支部基本信息']) : null;
  const ds = (): DateStyle => rng.pick(['date', 'date', 'serial', 'dash', 'dot', 'slash', 'cn', 'compact', 'mixed']);
  const order: Layout['sheetOrder'] = rng.chance(0.7) ? ['info', 'members', 'dues', 'meetings'] : rng.shuffle(['info', 'members', 'dues', 'meetings']);
  const extraSheet = rng.chance(0.2);
  if (extraSheet) order.push('extra');
  void fileIndex;
  return {
    names: { info, members, dues: dues === members ? '党费' : dues, meetings },
    infoForm: rng.chance(0.75) ? 'kv' : 'table',
    titles: { members: rng.chance(0.7), dues: rng.chance(0.7), meetings: rng.chance(0.6) },
    subtitle: rng.chance(0.3),
    serial: { members: rng.chance(0.7), dues: rng.chance(0.6), meetings: rng.chance(0.7) },
    footer: { members: rng.chance(0.5), dues: rng.chance(0.4), meetings: rng.chance(0.3) },
    blankAfterTitle: rng.chance(0.2),
    memberHeaders: {
      name: '姓名', gender: '性别', ethnicity: '民族',
      id: rng.pick(['身份证号', '公民身份号码', '身份证号码']),
      birth: rng.pick(['出生日期', '出生年月']),
      education: rng.pick(['学历', '文化程度']),
      join: rng.pick(['入党时间', '入党日期', '加入党组织日期']),
      full: rng.pick(['转正时间', '转正日期', '转为正式党员日期']),
      category: rng.pick(['党员类别', '人员类别', '党员类型', '党籍状态']),
      role: rng.pick(['党内职务', '党内职务']),
      group: rng.pick(['党小组', '所在党小组']),
      status: rng.pick(['在职状态', '人员身份', '个人身份']),
      phone: rng.pick(['联系电话', '手机号码']),
      note: '备注',
    },
    memberOptional: {
      ethnicity: rng.chance(0.8), birth: rng.chance(0.7), education: rng.chance(0.8),
      category: rng.chance(0.85), phone: rng.chance(0.85), note: rng.chance(0.5),
    },
    dates: { birth: ds(), join: ds(), full: ds(), meeting: ds(), info: ds(), paidOn: ds() },
    duesForm: rng.pick(['wide', 'wide', 'long', 'range'] as const),
    duesHeaders: {
      name: '姓名',
      base: rng.pick(['缴费基数', '工资基数', '计算基数', '缴存基数', '党费基数', '月工资收入']),
      ratio: rng.pick(['比例', '缴费比例']),
      due: rng.pick(['月应交', '每月应交', '交纳标准', '月应交党费', '应交党费']),
      longDue: rng.pick(['应交', '应缴', '应交党费', '月应交党费']),
      paid: rng.pick(['实交', '实缴', '实交党费', '缴费金额', '月实际党费']),
      month: '月份', range: '缴费起止月份', paidOn: '交纳日期',
    },
    duesRatio: rng.chance(0.6),
    duesTotalCol: rng.chance(0.7),
    duesTotalRow: rng.chance(0.7),
    duesPaidOn: rng.chance(0.6),
    longOrder: rng.chance(0.5) ? 'member' : 'month',
    monthStyle: rng.pick(['dash', 'cn', 'dot', 'date'] as const),
    meetingHeaders: {
      date: rng.pick(['日期', '时间', '召开时间', '会议时间']),
      type: rng.pick(['会议类型', '类别', '形式', '会议类型']),
      topic: rng.pick(['主题', '内容', '会议主题', '议题']),
      host: '主持人', speaker: '主讲人',
      expected: rng.pick(['应到人数', '应到']),
      present: rng.pick(['实到人数', '实到']),
      leave: '请假人数',
      absent: rng.pick(['缺席人员', '缺席人员及原因']),
      recorder: '记录人',
    },
    meetingOptional: { speaker: rng.chance(0.8), leave: rng.chance(0.5), absent: rng.chance(0.9) },
    absentNone: rng.chance(0.2) ? '无' : '',
    absentSep: rng.pick(['、', '，', ',', '；']),
    absentParen: rng.chance(0.6) ? 'full' : 'half',
    extraSheet,
    sheetOrder: order,
  };
}
