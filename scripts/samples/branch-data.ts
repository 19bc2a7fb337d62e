/**
 * A sample branch as plain data (what a tidy branch would record for one year), before
 * any layout: make-examples.ts and make-fixtures.ts lay it out as real branches do.
 * Everything is synthetic and deterministic: the same options give the same branch.
 */
import { makeId } from './id-number.js';
import { monthlyDue } from './rates.js';

export interface SampleMember {
  name: string;
  gender: '男' | '女';
  ethnicity: string;
  id: string;
  birth: string;
  education: string;
  join: string;
  /** 转正时间; null for a 预备党员 */
  full: string | null;
  category: '正式党员' | '预备党员';
  role: string;
  group: string;
  status: string;
  phone: string;
  base: number;
}

export type SampleMeetingType = '支部党员大会' | '支委会' | '党小组会' | '党课' | '主题党日' | '组织生活会' | '民主评议党员';

export interface SampleMeeting {
  date: string;
  type: string;
  topic: string;
  host: string;
  speaker: string;
  expected: number | null;
  present: number | null;
  absent: string;
  recorder: string;
}

export interface SampleDues {
  name: string;
  base: number;
  due: number;
  /** paid per month Jan–Dec; null = blank */
  paid: (number | null)[];
  note: string;
  /** long form: months paid together in one row (3 = quarterly); 1 by default */
  every?: number;
}

export interface SampleBranch {
  name: string;
  parent: string;
  unit: string;
  type: string;
  founded: string;
  lastElection: string;
  year: number;
  filler: string;
  members: SampleMember[];
  meetings: SampleMeeting[];
  dues: SampleDues[];
}

export interface BranchOptions {
  name: string;
  year?: number;
  size: number;
  /** committee roles 书记, 组织委员, 宣传委员 (+纪检委员 from 7 members); else only a 书记 */
  committee: boolean;
  /** 党小组 names (members spread over them), none by default */
  groups?: string[];
  type?: string;
  /** seed for the names and numbers */
  seed: number;
  /** status of every member, '在职' by default; a village branch uses '农民' */
  status?: string;
  region?: string;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建华', '文博', '晓东', '海燕', '志强', '玉兰', '国庆', '红梅', '立新', '春燕', '振华', '丹丹', '子涵', '宇航', '思远', '雨桐', '浩然'];
const EDUCATION = ['大学本科', '硕士研究生', '大专', '大学本科', '中专', '高中', '大学本科', '博士研究生', '初中', '大学专科'];

/** A small deterministic PRNG (mulberry32): samples must not change between runs. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

export function roleFor(i: number, o: BranchOptions): string {
  if (i === 0) return '书记';
  if (!o.committee) return '';
  return ['', '组织委员', '宣传委员', '纪检委员'][i] ?? '';
}

export function makeMembers(o: BranchOptions): SampleMember[] {
  const r = rng(o.seed);
  const year = o.year ?? 2025;
  const used = new Set<string>();
  const out: SampleMember[] = [];
  for (let i = 0; i < o.size; i++) {
    let name = '';
    do {
      name = SURNAMES[Math.floor(r() * SURNAMES.length)] + GIVEN[Math.floor(r() * GIVEN.length)];
    } while (used.has(name));
    used.add(name);
    const gender: '男' | '女' = r() < 0.55 ? '男' : '女';
    const age = 24 + Math.floor(r() * 36);
    const birth = iso(year - age, 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28));
    // admitted between 22 and (age - 2), so always 18+ and a full member for over a year
    const joinAge = 22 + Math.floor(r() * Math.max(1, age - 24));
    const join = iso(Number(birth.slice(0, 4)) + joinAge, 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28));
    const full = iso(Number(join.slice(0, 4)) + 1, Number(join.slice(5, 7)), Number(join.slice(8, 10)));
    const status = o.status ?? (age >= 60 ? '离退休' : '在职');
    const base = status === '在职' ? [2800, 3600, 4200, 4800, 5600, 6800, 8200, 9600, 11500][Math.floor(r() * 9)]
      : status === '离退休' ? [3200, 4500, 5200, 6100][Math.floor(r() * 4)] : 0;
    out.push({
      name, gender, ethnicity: r() < 0.9 ? '汉族' : '回族',
      id: makeId(o.region ?? '110101', birth, Math.floor(r() * 500), gender),
      birth, education: EDUCATION[Math.floor(r() * EDUCATION.length)], join, full, category: '正式党员',
      role: roleFor(i, o), group: o.groups?.length ? o.groups[i % o.groups.length] : '',
      status, phone: `13${5 + Math.floor(r() * 5)}${String(Math.floor(r() * 1e8)).padStart(8, '0')}`, base,
    });
  }
  return out;
}

export function makeDues(members: SampleMember[]): SampleDues[] {
  return members.map((m) => {
    const due = monthlyDue(m.status, m.base);
    return { name: m.name, base: m.base, due, paid: Array.from({ length: 12 }, () => due), note: '' };
  });
}

const TOPICS: Record<SampleMeetingType, string[]> = {
  支部党员大会: ['传达学习上级会议精神', '审议支部半年工作总结', '讨论发展党员工作', '学习党的二十届四中全会精神'],
  支委会: ['研究本月党建工作安排', '研究党费收缴情况', '研究主题党日活动方案', '研究发展对象培养考察'],
  党小组会: ['学习《中国共产党章程》', '交流学习体会', '讨论党员承诺践诺', '开展谈心谈话'],
  党课: ['弘扬伟大建党精神', '加强作风建设', '学习贯彻党章党规', '践行全心全意为人民服务宗旨'],
  主题党日: ['重温入党誓词', '志愿服务进社区', '参观红色教育基地', '学习先进典型'],
  组织生活会: ['年度专题组织生活会'],
  民主评议党员: ['年度民主评议党员'],
};

export function makeMeetings(members: SampleMember[], year: number, o: { committee: boolean; groups: boolean }): SampleMeeting[] {
  const sec = members.find((m) => m.role === '书记')?.name ?? members[0].name;
  const recorder = members.find((m) => m.role === '组织委员')?.name ?? members[1]?.name ?? sec;
  const committee = members.filter((m) => m.role !== '').length;
  const out: SampleMeeting[] = [];
  const add = (m: number, d: number, type: SampleMeetingType, extra: Partial<SampleMeeting> = {}) => {
    const topics = TOPICS[type];
    const expected = type === '支委会' ? committee : type === '支部党员大会' ? members.length : null;
    out.push({
      date: iso(year, m, d), type, topic: topics[(m - 1) % topics.length], host: sec, speaker: '', expected,
      present: expected, absent: '', recorder, ...extra,
    });
  };
  for (let m = 1; m <= 12; m++) {
    if (o.committee) add(m, 5, '支委会');
    add(m, 10, '主题党日');
    if (o.groups) add(m, 18, '党小组会');
    if (m % 3 === 1) add(m, 15, '支部党员大会');
    if (m % 3 === 2) add(m, 25, '党课', { speaker: m === 2 ? sec : members[(m % members.length)].name });
  }
  add(12, 20, '组织生活会');
  add(12, 22, '民主评议党员');
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

export function makeBranch(o: BranchOptions): SampleBranch {
  const year = o.year ?? 2025;
  const members = makeMembers(o);
  return {
    name: o.name, parent: '中共某县直属机关工作委员会', unit: o.name.replace(/(机关)?党支部$/, ''),
    type: o.type ?? '机关', founded: '2008-07-01', lastElection: iso(year - 1, 3, 15), year,
    filler: members[1]?.name ?? members[0].name, members,
    meetings: makeMeetings(members, year, { committee: o.committee, groups: !!o.groups?.length }),
    dues: makeDues(members),
  };
}
