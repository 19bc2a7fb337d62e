/**
 * Acceptance corpus model: one branch's ledgers as plain data, written from shared/DOMAIN.md alone
 * (the customer's acceptance team has not seen the engine). Deterministic: no randomness at all.
 */

export type Kind = 'general' | 'committee' | 'group' | 'lecture' | 'themeDay' | 'lifeMeeting' | 'review';
export const KINDS: Kind[] = ['general', 'committee', 'group', 'lecture', 'themeDay', 'lifeMeeting', 'review'];
export type Status = '在职' | '离退休' | '农民' | '学生' | '下岗失业';

export interface Member {
  name: string;
  sex: '男' | '女';
  nation: string;
  id: string;
  /** how the ID cell is written: text (default), a number (precision lost), text with trailing spaces */
  idAs?: 'text' | 'number' | 'trail';
  /** birth date written in the 出生日期 column (normally the ID's) */
  birth: string;
  edu: string;
  joined: string | null;
  confirmed: string | null;
  category: '正式党员' | '预备党员' | null;
  role: string;
  group: string;
  status: Status;
  base: number;
  phone: string;
  note: string;
  /** written in the roster at all (a dues-only name for D01 is not) */
  inRoster: boolean;
  /** a second roster row for the same person (M04) */
  duplicate?: boolean;
  /** override of a cell's written text: field → text */
  raw?: Record<string, string | number>;
}

export interface Dues {
  member: Member;
  /** monthly amount due as written */
  due: number;
  /** amount paid per month 1..12 (null = blank) */
  paid: (number | null)[];
  /** first month the member owes (1..12) */
  from: number;
  /** ledger writes no dues row for this member (D01) */
  absent?: boolean;
}

export interface Meeting {
  date: string;
  kind: Kind;
  /** the type as written */
  label: string;
  topic: string;
  host: string;
  speaker: string;
  expected: number | null;
  present: number | null;
  absent: string[];
  recorder: string;
  /** raw override of a cell (W03) */
  raw?: Record<string, string | number>;
}

export interface Branch {
  name: string;
  parent: string;
  unit: string;
  type: string;
  founded: string;
  lastElection: string;
  nextElection: string | null;
  year: number;
  filler: string;
  members: Member[];
  dues: Dues[];
  meetings: Meeting[];
}

// ---------- ID numbers (GB 11643-1999) ----------
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const C = '10X98765432';
export function checkChar(first17: string): string {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(first17[i]) * W[i]!;
  return C[s % 11]!;
}
const REGIONS = ['110105', '310104', '320106', '330106', '420106', '440304', '510107', '370102', '130102', '610113', '410105', '350102'];
export function makeId(seed: number, birth: string, sex: '男' | '女'): string {
  const region = REGIONS[seed % REGIONS.length]!;
  let seq = 100 + ((seed * 37) % 800);
  if ((seq % 2 === 1) !== (sex === '男')) seq += 1;
  const first = region + birth.replace(/-/g, '') + String(seq).padStart(3, '0');
  return first + checkChar(first);
}

// ---------- names ----------
const SUR = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗', '梁', '宋', '郑', '谢', '韩', '唐', '冯', '于', '董', '萧'];
const GIV = ['建国', '秀英', '志强', '丽', '伟', '敏', '静', '海燕', '军', '磊', '洋', '艳', '勇', '娟', '杰', '涛', '明', '超', '霞', '平', '刚', '桂英', '华', '红', '鹏', '飞', '琳', '文', '宁', '晨', '玉兰', '国庆', '春梅', '德胜', '晓东', '雪', '斌', '俊', '婷', '凯'];
export function personName(i: number, salt: number): string {
  const s = SUR[(i * 7 + salt * 3) % SUR.length]!;
  const g = GIV[(i * 11 + salt * 5 + Math.floor(i / SUR.length)) % GIV.length]!;
  return s + g;
}

// ---------- dues (中组发〔2008〕3号) ----------
export function rateFor(status: Status, base: number): number {
  if (status === '在职') return base <= 3000 ? 0.005 : base <= 5000 ? 0.01 : base <= 10000 ? 0.015 : 0.02;
  if (status === '离退休') return base <= 5000 ? 0.005 : 0.01;
  return 0;
}
export function dueFor(status: Status, base: number): number {
  if (status === '农民') return 1;
  if (status === '学生' || status === '下岗失业') return 0.2;
  return Math.round(base * rateFor(status, base) * 100) / 100;
}

export function pad(n: number): string { return String(n).padStart(2, '0'); }
export function addYears(iso: string, y: number): string { return String(Number(iso.slice(0, 4)) + y) + iso.slice(4); }

export interface BaseOptions {
  name: string;
  type: string;
  parent?: string;
  unit?: string;
  full: number;
  prob: number;
  /** statuses cycled over ordinary members */
  statuses?: Status[];
  bases?: number[];
  groups?: number;
  salt: number;
  lastElection?: string;
}

const EDUS = ['大学本科', '研究生', '大专', '大学本科', '中专', '高中', '大学本科', '硕士研究生'];
const NATIONS = ['汉族', '汉族', '汉族', '回族', '汉族', '满族', '汉族', '壮族'];

/** A fully compliant branch for 2025 (as-of 2025-12-31). */
export function baseBranch(o: BaseOptions): Branch {
  const members: Member[] = [];
  const n = o.full + o.prob;
  const committee = o.full >= 7;
  const roles = committee ? ['书记', '组织委员', '宣传委员', '纪检委员'] : ['书记'];
  const statuses = o.statuses ?? ['在职'];
  const bases = o.bases ?? [2800, 4500, 6800, 8600, 12000, 4200, 5200, 3600];
  const groups = o.groups ?? 0;
  for (let i = 0; i < n; i++) {
    const prob = i >= o.full;
    const sex: '男' | '女' = (i + o.salt) % 3 === 1 ? '女' : '男';
    const status: Status = i < roles.length ? (statuses[0] === '学生' ? '在职' : statuses[0]!) : statuses[i % statuses.length]!;
    const by = status === '离退休' ? 1952 + ((i * 3 + o.salt) % 10) : status === '学生' ? 2003 + (i % 3) : 1966 + ((i * 5 + o.salt) % 30);
    const birth = `${by}-${pad(1 + ((i * 5 + o.salt) % 12))}-${pad(1 + ((i * 7 + o.salt) % 28))}`;
    let joined: string;
    let confirmed: string | null;
    if (prob) {
      const m = 3 + ((i + o.salt) % 6); // admitted Mar..Aug 2025
      joined = `2025-${pad(m)}-${pad(10 + (i % 15))}`;
      confirmed = null;
    } else {
      const jy = Math.max(Math.min(by + 23 + ((i * 3) % 12), 2023), by + 19);
      joined = `${jy}-${pad(1 + ((i * 3 + o.salt) % 12))}-${pad(1 + ((i * 11) % 28))}`;
      confirmed = addYears(joined, 1);
    }
    const id = makeId(i * 13 + o.salt * 7 + 1, birth, sex);
    const base = status === '在职' || status === '离退休' ? bases[(i + o.salt) % bases.length]! : 0;
    members.push({
      name: personName(i, o.salt), sex, nation: NATIONS[(i + o.salt) % NATIONS.length]!, id, birth,
      edu: status === '学生' ? '大学本科' : EDUS[(i + o.salt) % EDUS.length]!, joined, confirmed,
      category: prob ? '预备党员' : '正式党员', role: roles[i] ?? '', group: groups ? `第${'一二三四'[i % groups]}党小组` : '',
      status, base: status === '离退休' && base > 6000 ? 4200 : base,
      phone: `13${(i + o.salt) % 10}${String(10000000 + ((i * 7919 + o.salt * 104729) % 89999999)).padStart(8, '0')}`,
      note: '', inRoster: true,
    });
  }
  // 党小组长 for each group (not a committee role)
  for (let g = 0; g < groups; g++) {
    const m = members.find((x, k) => k >= roles.length && x.group === `第${'一二三四'[g]}党小组` && x.category === '正式党员');
    if (m) m.role = '党小组长';
  }
  const dues = members.map((m) => duesFor(m));
  const b: Branch = {
    name: o.name, parent: o.parent ?? '中共某某县直属机关工作委员会', unit: o.unit ?? o.name.replace(/党支部$/, ''), type: o.type,
    founded: '2008-07-01', lastElection: o.lastElection ?? '2023-06-16', nextElection: null, year: 2025,
    filler: members[1]?.name ?? members[0]!.name, members, dues, meetings: [],
  };
  b.meetings = baseMeetings(b);
  return b;
}

export function duesFor(m: Member): Dues {
  const from = m.joined && m.joined.startsWith('2025-') ? Number(m.joined.slice(5, 7)) : 1;
  const due = dueFor(m.status, m.base);
  const paid = Array.from({ length: 12 }, (_, k) => (k + 1 >= from ? due : null));
  return { member: m, due, paid, from };
}

export function committeeSize(b: Branch): number {
  return b.members.filter((m) => m.inRoster && ['书记', '副书记', '组织委员', '宣传委员', '纪检委员'].includes(m.role)).length;
}
export function secretary(b: Branch): Member | undefined { return b.members.find((m) => m.role === '书记'); }
export function rosterMembers(b: Branch): Member[] { return b.members.filter((m) => m.inRoster); }

/** 三会一课 for a full year, as the rules require (DOMAIN.md §2). */
export function baseMeetings(b: Branch): Meeting[] {
  const out: Meeting[] = [];
  const sec = secretary(b) ?? b.members[0]!;
  const rec = b.members[1] ?? b.members[0]!;
  const total = rosterMembers(b).length;
  const cs = committeeSize(b);
  const groups = [...new Set(b.members.map((m) => m.group).filter(Boolean))];
  const mk = (date: string, kind: Kind, label: string, topic: string, speaker = '', expected: number | null = total): Meeting => ({
    date, kind, label, topic, host: sec.name, speaker, expected, present: expected, absent: [], recorder: rec.name,
  });
  for (let m = 1; m <= 12; m++) {
    if (cs >= 3) out.push(mk(`2025-${pad(m)}-05`, 'committee', '支委会', `研究${m}月份支部工作`, '', cs));
    for (const g of groups) {
      const leader = b.members.find((x) => x.group === g && x.role === '党小组长') ?? sec;
      out.push({ ...mk(`2025-${pad(m)}-${pad(8 + groups.indexOf(g))}`, 'group', '党小组会', `${g}学习讨论`, '', b.members.filter((x) => x.group === g && x.inRoster).length), host: leader.name });
    }
    out.push(mk(`2025-${pad(m)}-15`, 'themeDay', '主题党日', `${m}月主题党日：重温入党誓词`));
    if (m % 3 === 0) {
      out.push(mk(`2025-${pad(m)}-20`, 'general', '支部党员大会', `第${m / 3}季度党员大会：传达学习上级精神`));
      const speaker = m === 3 ? sec : b.members[(m / 3 + 1) % b.members.length]!;
      out.push(mk(`2025-${pad(m)}-25`, 'lecture', '党课', `专题党课：${['学习党章', '作风建设', '廉洁自律', '理论学习'][m / 3 - 1]}`, speaker.name));
    }
  }
  out.push(mk('2025-12-26', 'lifeMeeting', '组织生活会', '2025年度组织生活会'));
  out.push(mk('2025-12-29', 'review', '民主评议党员', '2025年度民主评议党员'));
  return out;
}

export interface ContractStats {
  members: { total: number; full: number; probationary: number };
  dues: { due: number; paid: number };
  meetings: Record<Kind, number>;
}

/** The contract stats as the acceptance team reads them from what was written. */
export function expectedStats(b: Branch): ContractStats {
  const ros = b.members.filter((m) => m.inRoster);
  const rows = ros.length + ros.filter((m) => m.duplicate).length;
  const dues = b.dues.filter((d) => !d.absent);
  let due = 0;
  let paid = 0;
  for (const d of dues) {
    for (let k = d.from; k <= 12; k++) due += d.due;
    for (const p of d.paid) paid += p ?? 0;
  }
  const meetings = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (const m of b.meetings) if (m.date >= '2025-01-01' && m.date <= '2025-12-31') meetings[m.kind]++;
  return {
    members: { total: rows, full: ros.filter((m) => m.category === '正式党员').length + ros.filter((m) => m.duplicate && m.category === '正式党员').length, probationary: ros.filter((m) => m.category === '预备党员').length + ros.filter((m) => m.duplicate && m.category === '预备党员').length },
    dues: { due: Math.round(due * 100) / 100, paid: Math.round(paid * 100) / 100 },
    meetings,
  };
}
