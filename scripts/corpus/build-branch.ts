/**
 * Builds a clean branch (no rule broken) for ledger year 2025 judged at 2025-12-31:
 * roster, dues (中组发〔2008〕3号 rates), and a full year of 三会一课 meeting every
 * requirement of DOMAIN.md §3. Plants (plant.ts) then break exactly what they record.
 */
import type { Rng } from './prng.js';
import { makeId } from './id-number.js';
import { makeName, UNITS, SCHOOLS, ENTERPRISES, VILLAGES, COMMUNITIES, TOWNS, ETHNICITIES } from './names.js';
import { addYears, addDays, randomDate, isoDate } from './dates.js';
import type { BranchType, GenBranch, GenMeeting, GenMember, WorkStatus, GenAbsentee } from './model.js';
import type { MeetingType } from './contract.js';
import { AS_OF, YEAR } from './contract.js';

export interface Shape {
  /** member count range */
  minMembers: number;
  maxMembers: number;
  /** B01: only 2 正式党员 */
  fewFull?: boolean;
  /** B02: 7+ 正式党员 but only a 书记 */
  noCommittee?: boolean;
  /** B03: more than 50 members */
  large?: boolean;
  /** needs a committee (C02 plant) */
  committee?: boolean;
  /** needs 党小组 (C03 plant) */
  groups?: boolean;
}

const EDUCATION = ['研究生', '大学本科', '大学本科', '大学本科', '大专', '大专', '中专', '高中', '初中'];
const REASONS = ['病假', '事假', '出差', '外出学习', '因公外出', '休假'];

export const TYPE_TEXTS: Record<MeetingType, string[]> = {
  general: ['支部党员大会', '党员大会', '支部党员大会'],
  committee: ['支委会', '支部委员会', '支委会议', '支部委员会会议'],
  group: ['党小组会', '党小组会议'],
  lecture: ['党课', '专题党课'],
  themeDay: ['主题党日', '主题党日活动'],
  lifeMeeting: ['组织生活会', '专题组织生活会'],
  review: ['民主评议党员'],
};

const TOPICS: Record<MeetingType, string[]> = {
  general: ['学习贯彻党的二十届四中全会精神', '讨论接收预备党员', '通报支部工作情况', '研究年度党建工作计划', '传达上级党委会议精神'],
  committee: ['研究本月党建工作安排', '讨论发展党员工作', '研究党费收缴情况', '部署主题党日活动', '研究意识形态工作'],
  group: ['学习党章党规', '交流学习体会', '学习习近平新时代中国特色社会主义思想', '开展谈心谈话'],
  lecture: ['以高质量党建引领高质量发展', '牢记初心使命', '加强党性修养', '学习党的光辉历史'],
  themeDay: ['重温入党誓词', '参观红色教育基地', '志愿服务进社区', '学习先进典型事迹', '开展廉政警示教育'],
  lifeMeeting: ['年度专题组织生活会', '对照检查开展批评与自我批评'],
  review: ['年度民主评议党员'],
};

function pickBranchType(rng: Rng): BranchType {
  const r = rng.next();
  return r < 0.4 ? '机关' : r < 0.55 ? '事业单位' : r < 0.68 ? '企业' : r < 0.8 ? '村' : r < 0.9 ? '社区' : '学校';
}

function branchIdentity(rng: Rng, type: BranchType, index: number): { name: string; unit: string; parent: string } {
  const town = rng.pick(TOWNS);
  const ord = ['第一', '第二', '第三', '机关'][index % 4];
  switch (type) {
    case '村': { const v = rng.pick(VILLAGES); return { name: `${town}${v}党支部`, unit: `${town}${v}`, parent: `中共${town}委员会` }; }
    case '社区': { const c = rng.pick(COMMUNITIES); return { name: `${c}党支部`, unit: `${c}居民委员会`, parent: `中共${town}委员会` }; }
    case '学校': { const s = rng.pick(SCHOOLS); return { name: `${s}${ord}党支部`, unit: s, parent: '中共县教育局委员会' }; }
    case '企业': { const e = rng.pick(ENTERPRISES); return { name: `${e}${ord}党支部`, unit: e, parent: '中共县国资委委员会' }; }
    default: { const u = rng.pick(UNITS); return { name: `县${u}${ord}党支部`, unit: `县${u}`, parent: '中共县直机关工作委员会' }; }
  }
}

function pickStatus(rng: Rng, type: BranchType, birth: string): WorkStatus {
  const age = YEAR - Number(birth.slice(0, 4));
  if (type === '村') return age >= 62 && rng.chance(0.3) ? '离退休' : rng.chance(0.9) ? '农民' : '在职';
  if (type === '社区') {
    if (age >= 60) return '离退休';
    const r = rng.next();
    return r < 0.6 ? '在职' : r < 0.75 ? '下岗失业' : r < 0.85 ? '低保' : r < 0.95 ? '农民' : '学生';
  }
  if (age >= 60) return rng.chance(0.85) ? '离退休' : '在职';
  return '在职';
}

/** 中组发〔2008〕3号: monthly due in fen; bases are even so 0.5 % lands on whole fen. */
export function dueFor(status: WorkStatus, base: number | null, rng?: Rng): number {
  if (status === '在职' && base != null) {
    const rate = base <= 3000 ? 0.5 : base <= 5000 ? 1 : base <= 10000 ? 1.5 : 2;
    return Math.round(base * rate);
  }
  if (status === '离退休' && base != null) return Math.round(base * (base <= 5000 ? 0.5 : 1));
  if (status === '农民') return rng ? rng.pick([20, 50, 100]) : 50;
  return 20;
}

function makeBase(rng: Rng, status: WorkStatus): number | null {
  if (status === '在职') {
    const b = rng.chance(0.05) ? rng.pick([3000, 5000, 10000]) : rng.int(1200, 7500) * 2;
    return b;
  }
  if (status === '离退休') return rng.int(1000, 4500) * 2;
  return null;
}

function makePhone(rng: Rng): string {
  if (rng.chance(0.08)) return `0${rng.int(10, 999)}-${rng.int(2000000, 89999999)}`;
  return `1${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 999999999)).padStart(9, '0')}`;
}

export function buildBranch(rng: Rng, index: number, shape: Shape): GenBranch {
  const type = pickBranchType(rng);
  const ident = branchIdentity(rng, type, index);
  const usedNames = new Set<string>();
  const usedIds = new Set<string>();

  let n = rng.int(shape.minMembers, shape.maxMembers);
  if (shape.large) n = rng.int(51, 60);
  if (shape.fewFull) n = rng.int(5, 6);
  if (shape.groups && n < 15) n = rng.int(15, Math.max(15, shape.maxMembers));
  if ((shape.committee || shape.noCommittee) && n < 9) n = rng.int(9, Math.max(12, Math.min(20, shape.maxMembers)));
  let probationary = shape.fewFull ? n - 2 : rng.chance(0.5) ? rng.int(1, Math.min(3, n - 3)) : 0;
  if (!shape.fewFull && (shape.committee || shape.noCommittee)) probationary = Math.min(probationary, n - 7);
  const fullCount = n - probationary;

  const members: GenMember[] = [];
  for (let i = 0; i < n; i++) {
    const isFull = i < fullCount;
    const male = rng.chance(type === '村' ? 0.75 : 0.6);
    let birth: string, join: string, full: string | null;
    if (isFull) {
      const by = rng.int(1955, 2000);
      birth = randomDate(rng, by);
      const jy = rng.int(Math.max(by + 20, 1978), 2024);
      join = randomDate(rng, jy, 1, jy === 2024 ? 11 : 12);
      full = addDays(addYears(join, 1), rng.chance(0.7) ? 0 : rng.int(1, 20));
    } else {
      birth = randomDate(rng, rng.int(1980, 2003));
      join = isoDate(YEAR, 1, rng.int(2, 25));
      full = null;
    }
    const name = makeName(rng, usedNames);
    const spaced = name.length === 2 && rng.chance(0.15);
    const id = makeId(rng, birth, male, usedIds);
    const status = pickStatus(rng, type, birth);
    const base = makeBase(rng, status);
    const dueFen = dueFor(status, base, rng);
    members.push({
      name, rosterName: spaced ? `${name[0]} ${name[1]}` : name, duesName: name,
      gender: male ? '男' : '女', ethnicity: rng.pick(ETHNICITIES), id, idWritten: id,
      idForm: rng.chance(0.08) ? 'textSpace' : 'text', birth,
      education: rng.pick(EDUCATION), join, full, category: isFull ? '正式党员' : '预备党员',
      roles: [], group: null, status, phone: makePhone(rng), note: '', base, dueFen,
      paidFen: Array.from({ length: 12 }, () => dueFen), hasDuesRow: true,
    });
  }
  // overpaying is allowed (a member may pay more than due): round one member's payment up to the yuan
  const over = members.find((m) => m.dueFen % 100 !== 0 && m.dueFen > 100);
  if (over && rng.chance(0.4)) over.paidFen = over.paidFen.map(() => Math.ceil(over.dueFen / 100) * 100);

  // committee (支部工作条例: 7+ 正式党员 → 3–5 members with 书记, 组织委员, 宣传委员, 纪检委员)
  const fulls = members.filter((m) => m.category === '正式党员');
  const hasCommittee = fulls.length >= 7 && !shape.noCommittee;
  const cands = rng.shuffle([...fulls]);
  cands[0].roles.push('书记');
  if (hasCommittee) {
    const roles = ['组织委员', '宣传委员', ...(rng.chance(0.7) ? ['纪检委员'] : []), ...(rng.chance(0.4) ? ['副书记'] : [])];
    roles.forEach((r, i) => cands[i + 1].roles.push(r));
  }
  // 党小组
  const hasGroups = !!shape.groups || (n >= 15 && rng.chance(0.5));
  if (hasGroups) {
    const k = Math.min(4, Math.max(2, Math.floor(n / 8)));
    const names = ['第一党小组', '第二党小组', '第三党小组', '第四党小组'].slice(0, k);
    rng.shuffle([...members]).forEach((m, i) => { m.group = names[i % k]; });
    for (const g of names) {
      const leader = members.find((m) => m.group === g && m.roles.length === 0 && m.category === '正式党员');
      if (leader) leader.roles.push('党小组长');
    }
  }

  const election = type === '村' || type === '社区'
    ? randomDate(rng, rng.int(2021, 2025), 1, 11)
    : randomDate(rng, rng.int(2023, 2025), 1, 11);
  const termYears = type === '村' || type === '社区' ? 5 : 3;
  const recorder = members.find((m) => m.roles.includes('组织委员')) ?? cands[1] ?? cands[0];

  const branch: GenBranch = {
    name: ident.name, parent: ident.parent, unit: ident.unit, type,
    founded: randomDate(rng, rng.int(1985, 2015)), lastElection: election,
    nextElection: rng.chance(0.5) ? addYears(election, termYears) : null,
    year: YEAR, filler: recorder.name, fillDate: isoDate(YEAR, 12, rng.int(20, 31)),
    members, strangers: [], meetings: [], hasCommittee, hasGroups, dropColumns: [],
  };
  return branch;
}

/** Second phase: the year's meetings, built from the roster as planted (应到 follows the roster). */
export function addMeetings(rng: Rng, branch: GenBranch): void {
  const secretary = branch.members.find((m) => m.roles.includes('书记')) ?? branch.members.find((m) => m.roles.includes('副书记')) ?? branch.members[0];
  const recorder = branch.members.find((m) => m.roles.includes('组织委员')) ?? branch.members.find((m) => m !== secretary) ?? secretary;
  branch.meetings = buildMeetings(rng, branch, secretary, recorder);
}

function absentees(rng: Rng, pool: GenMember[], max: number): GenAbsentee[] {
  const k = Math.max(0, Math.min(max, rng.int(0, 3)));
  return rng.sample(pool, k).map((m) => ({ name: m.rosterName, reason: rng.pick(REASONS) }));
}

function buildMeetings(rng: Rng, b: GenBranch, secretary: GenMember, recorder: GenMember): GenMeeting[] {
  const all = b.members;
  const committee = all.filter((m) => m.roles.some((r) => r !== '党小组长'));
  const byFullCount = rng.chance(0.3);
  const generalPool = byFullCount ? all.filter((m) => m.category === '正式党员') : all;
  const speakers = committee.length > 1 ? committee : [secretary];
  const out: GenMeeting[] = [];
  const themeDay = rng.int(5, 25);
  const mk = (type: MeetingType, date: string, pool: GenMember[], opts: { election?: boolean; speaker?: string; maxAbsent?: number } = {}): GenMeeting => {
    const expected = pool.length;
    // 支部工作条例: more than half present (an election: more than four fifths)
    const limit = opts.election ? Math.ceil(expected / 5) - 1 : Math.ceil(expected / 2) - 1;
    const abs = absentees(rng, pool, Math.min(limit, opts.maxAbsent ?? 3));
    return {
      date, time: rng.chance(0.15) ? rng.pick(['09:00', '14:30', '15:00']) : undefined,
      type, typeText: rng.pick(TYPE_TEXTS[type]),
      topic: opts.election ? '选举产生新一届支部委员会' : rng.pick(TOPICS[type]),
      host: type === 'group' ? (pool.find((m) => m.roles.includes('党小组长')) ?? secretary).rosterName : secretary.rosterName,
      speaker: opts.speaker ?? '', expected, present: expected - abs.length, absentees: abs,
      recorder: recorder.rosterName,
    };
  };
  const groups = [...new Set(all.map((m) => m.group).filter((g): g is string => !!g))];
  for (let m = 1; m <= 12; m++) {
    out.push(mk('themeDay', isoDate(YEAR, m, themeDay), all));
    if (b.hasCommittee) out.push(mk('committee', randomDate(rng, YEAR, m, m), committee, { maxAbsent: 1 }));
    if (b.hasGroups) {
      const g = groups[(m - 1) % groups.length];
      out.push(mk('group', randomDate(rng, YEAR, m, m), all.filter((x) => x.group === g), { maxAbsent: 1 }));
    }
  }
  const electionInYear = b.lastElection.startsWith(`${YEAR}-`);
  const secLectureQ = rng.int(1, 4);
  for (let q = 1; q <= 4; q++) {
    const month = q * 3 - rng.int(0, 2);
    const electionHere = electionInYear && Math.ceil(Number(b.lastElection.slice(5, 7)) / 3) === q;
    if (electionHere) out.push(mk('general', b.lastElection, generalPool, { election: true }));
    else out.push(mk('general', randomDate(rng, YEAR, month, month), generalPool));
    const speaker = q === secLectureQ ? secretary.rosterName : rng.pick(speakers).rosterName;
    out.push(mk('lecture', randomDate(rng, YEAR, q * 3 - 2, q * 3), all, { speaker }));
  }
  out.push(mk('lifeMeeting', randomDate(rng, YEAR, 1, 2), all));
  out.push(mk('review', randomDate(rng, YEAR, 1, 2), all));
  const target = rng.int(40, 60);
  const extraTypes: MeetingType[] = ['general', 'lecture', 'themeDay', ...(b.hasCommittee ? ['committee' as const] : []), ...(b.hasGroups ? ['group' as const] : [])];
  while (out.length < target) {
    const t = rng.pick(extraTypes);
    const pool = t === 'committee' ? committee : t === 'general' ? generalPool : t === 'group' ? all.filter((x) => x.group === rng.pick(groups)) : all;
    out.push(mk(t, randomDate(rng, YEAR), pool, { speaker: t === 'lecture' ? rng.pick(speakers).rosterName : undefined, maxAbsent: t === 'committee' || t === 'group' ? 1 : 3 }));
  }
  out.sort((a, c) => (a.date < c.date ? -1 : a.date > c.date ? 1 : 0));
  return out;
}
