/**
 * Planted violations: each breaks exactly one rule of DOMAIN.md §3 on the model and records
 * what the engine should report. Phase 'members' runs before the meetings are built (so 应到
 * follows the planted roster); phase 'after' runs on the finished branch.
 */
import type { Rng } from './prng.js';
import type { RuleId } from './contract.js';
import { YEAR } from './contract.js';
import type { Expectation, GenBranch, GenMeeting, GenMember } from './model.js';
import type { Layout } from './layout.js';
import type { Shape } from './build-branch.js';
import { breakCheckChar, makeId } from './id-number.js';
import { addDays, addYears, isoDate, randomDate } from './dates.js';
import { dueFor } from './build-branch.js';

export interface Planter {
  rule: RuleId;
  phase: 'members' | 'after';
  /** structural needs, applied when the base branch is built */
  shape?: Partial<Shape>;
  /** rules this one cannot share a file with */
  conflicts?: RuleId[];
  /** layout needs, applied after the layout is chosen */
  layout?: (l: Layout) => void;
  /** break the rule; null when this branch offers no place to plant it */
  apply(rng: Rng, b: GenBranch): Expectation[] | null;
}

const p2 = (n: number) => String(n).padStart(2, '0');
const used = new WeakSet<GenMember>();

/** An ordinary member (no role) not yet touched by another plant. */
function plain(rng: Rng, b: GenBranch, pred: (m: GenMember) => boolean = () => true): GenMember | null {
  const c = b.members.filter((m) => m.roles.length === 0 && !used.has(m) && pred(m));
  if (!c.length) return null;
  const m = rng.pick(c);
  used.add(m);
  return m;
}

const at = (rule: RuleId, member: GenMember, field: string | null, withMember = true): Expectation =>
  ({ rule, target: { kind: 'member', member, field }, period: null, member: withMember ? member.rosterName : null });

function ids(b: GenBranch): Set<string> {
  return new Set(b.members.map((m) => m.id));
}

function removeMeetings(b: GenBranch, pred: (m: GenMeeting) => boolean): number {
  const before = b.meetings.length;
  b.meetings = b.meetings.filter((m) => !pred(m));
  return before - b.meetings.length;
}

const periodExp = (rule: RuleId, period: string): Expectation => ({ rule, target: { kind: 'meetingsSheet' }, period, member: null });

export const PLANTERS: Planter[] = [
  { rule: 'M01', phase: 'members', apply(rng, b) {
    const m = plain(rng, b); if (!m) return null;
    m.idForm = 'empty';
    return [at('M01', m, 'id')];
  } },
  { rule: 'M02', phase: 'members', apply(rng, b) {
    const asNumber = rng.chance(0.5);
    const m = plain(rng, b, (x) => !asNumber || /\d$/.test(x.id)); if (!m) return null;
    if (asNumber) m.idForm = 'number'; else { m.idWritten = breakCheckChar(m.id); m.idForm = 'text'; }
    return [at('M02', m, 'id')];
  } },
  { rule: 'M03', phase: 'members', apply(rng, b) {
    const m = plain(rng, b); if (!m) return null;
    m.genderWritten = m.gender === '男' ? '女' : '男';
    return [at('M03', m, 'gender')];
  } },
  { rule: 'M04', phase: 'members', apply(rng, b) {
    // a copy-paste error: member B carries A's ID (and so A's birth date and sex), both rows otherwise sound
    const a = plain(rng, b); if (!a) return null;
    const bm = plain(rng, b, (x) => x !== a && x.idForm !== 'empty' && addYears(a.birth, 18) <= x.join && a.birth < x.join);
    if (!bm) return null;
    bm.id = a.id; bm.idWritten = a.idWritten; bm.birth = a.birth; bm.gender = a.gender;
    return [{ rule: 'M04', target: { kind: 'sheet', ledger: 'members' }, period: null, member: null }];
  } },
  { rule: 'M05', phase: 'members', conflicts: ['W02'], apply(rng, b) {
    const m = plain(rng, b, (x) => x.category === '正式党员' && x.join >= '1990-01-01'); if (!m) return null;
    m.birth = addDays(addYears(m.join, -17), -rng.int(10, 200));
    const set = ids(b);
    set.delete(m.id);
    m.id = makeId(rng, m.birth, m.gender === '男', set); m.idWritten = m.id;
    return [at('M05', m, 'join')];
  } },
  { rule: 'M06', phase: 'members', conflicts: ['W02'], apply(rng, b) {
    const m = plain(rng, b, (x) => x.category === '正式党员' && x.birth < '2000-01-01'); if (!m) return null;
    if (b.members.filter((x) => x.category === '正式党员').length <= 3) { used.delete(m); return null; }
    m.join = randomDate(rng, YEAR - 1, 2, 10); m.full = null; m.category = '预备党员';
    return [at('M06', m, null)];
  } },
  { rule: 'M07', phase: 'members', conflicts: ['W02'], apply(rng, b) {
    const m = plain(rng, b, (x) => x.category === '正式党员' && x.full != null); if (!m) return null;
    m.full = addDays(addYears(m.join, 1), -rng.int(60, 150));
    return [at('M07', m, 'full')];
  } },
  { rule: 'M08', phase: 'members', conflicts: ['W02'], apply(rng, b) {
    let m = plain(rng, b, (x) => x.category === '预备党员');
    if (!m && b.members.filter((x) => x.category === '正式党员').length > 3) {
      // no probationary member: a new one, admitted (the ledger says) next January
      m = plain(rng, b, (x) => x.category === '正式党员' && x.birth < '2000-01-01');
      if (m) { m.full = null; m.category = '预备党员'; }
    }
    if (!m) return null;
    m.join = isoDate(YEAR + 1, 1, rng.int(5, 25));
    return [at('M08', m, 'join')];
  } },
  { rule: 'M09', phase: 'members', layout: (l) => { l.memberOptional.phone = true; }, apply(rng, b) {
    const m = plain(rng, b); if (!m) return null;
    m.phone = rng.pick(['138123456', '1234567', '2581234567890']);
    return [at('M09', m, 'phone')];
  } },
  { rule: 'B01', phase: 'members', shape: { fewFull: true }, conflicts: ['B02', 'B03', 'C02', 'C03', 'M06'],
    apply: () => [{ rule: 'B01', target: { kind: 'none' }, period: null, member: null }] },
  { rule: 'B02', phase: 'members', shape: { noCommittee: true }, conflicts: ['B01', 'C02'],
    apply: () => [{ rule: 'B02', target: { kind: 'none' }, period: null, member: null }] },
  { rule: 'B03', phase: 'members', shape: { large: true }, conflicts: ['B01'],
    apply: () => [{ rule: 'B03', target: { kind: 'none' }, period: null, member: null }] },
  { rule: 'B04', phase: 'members', apply(_rng, b) {
    // the secretary post is vacant; the 副书记 presides (roles stay as many, so B02 is untouched)
    const s = b.members.find((m) => m.roles.includes('书记')); if (!s) return null;
    s.roles = s.roles.map((r) => (r === '书记' ? '副书记' : r));
    s.roles = [...new Set(s.roles)];
    return [{ rule: 'B04', target: { kind: 'none' }, period: null, member: null }];
  } },
  { rule: 'B05', phase: 'members', layout: (l) => { if (!l.names.info) l.names.info = '支部信息'; }, apply(rng, b) {
    const village = b.type === '村' || b.type === '社区';
    b.lastElection = randomDate(rng, village ? 2019 : 2021, 1, 11);
    b.nextElection = null;
    return [{ rule: 'B05', target: { kind: 'branchInfo', field: 'lastElection' }, period: null, member: null }];
  } },
  { rule: 'D01', phase: 'after', apply(rng, b) {
    const names = new Set(b.members.map((m) => m.name));
    let name = '';
    for (const n of ['赵国庆', '钱卫东', '孙建华', '李红梅', '周志强']) if (!names.has(n)) { name = n; break; }
    if (!name) return null;
    const base = rng.int(1500, 4000) * 2;
    const dueFen = dueFor('在职', base);
    const s = { name, base, dueFen, paidFen: Array.from({ length: 12 }, () => dueFen) };
    b.strangers.push(s);
    return [{ rule: 'D01', target: { kind: 'duesStranger', stranger: s }, period: null, member: name }];
  } },
  { rule: 'D02', phase: 'after', apply(rng, b) {
    const m = plain(rng, b, (x) => x.base != null && x.status === '在职' && x.base > 3000); if (!m) return null;
    // the 0.5 % rate applied to a base above 3000 (the usual slip)
    const wrong = Math.round(m.base! * 0.5);
    m.dueFen = wrong; m.paidFen = m.paidFen.map(() => wrong);
    return [{ rule: 'D02', target: { kind: 'duesMember', member: m, month: null, field: 'due' }, period: null, member: m.rosterName }];
  } },
  { rule: 'D03', phase: 'after', layout: (l) => { if (l.duesForm === 'range') l.duesForm = 'wide'; }, apply(rng, b) {
    const m = plain(rng, b, (x) => x.dueFen >= 100); if (!m) return null;
    const month = rng.int(1, 12);
    m.paidFen[month - 1] = Math.floor(m.dueFen / 2);
    return [{ rule: 'D03', target: { kind: 'duesMember', member: m, month, field: 'paid' }, period: `${YEAR}-${p2(month)}`, member: m.rosterName }];
  } },
  { rule: 'D04', phase: 'after', layout: (l) => { if (l.duesForm === 'range') l.duesForm = 'long'; }, apply(rng, b) {
    const m = plain(rng, b); if (!m) return null;
    const from = rng.int(1, 7);
    for (let i = from; i < from + 6; i++) m.paidFen[i - 1] = null;
    return [{ rule: 'D04', target: { kind: 'duesMember', member: m, month: null, field: null }, period: null, member: m.rosterName }];
  } },
  { rule: 'C01', phase: 'after', apply(rng, b) {
    const q = rng.int(1, 4);
    const inQ = (m: GenMeeting) => m.type === 'general' && Math.ceil(Number(m.date.slice(5, 7)) / 3) === q;
    if (b.lastElection.startsWith(`${YEAR}-`) && Math.ceil(Number(b.lastElection.slice(5, 7)) / 3) === q) return null;
    removeMeetings(b, inQ);
    return [periodExp('C01', `${YEAR}-Q${q}`)];
  } },
  { rule: 'C02', phase: 'after', shape: { committee: true }, conflicts: ['B01', 'B02'], apply(rng, b) {
    if (!b.hasCommittee) return null;
    const month = rng.int(1, 12);
    removeMeetings(b, (m) => m.type === 'committee' && m.date.startsWith(`${YEAR}-${p2(month)}`));
    return [periodExp('C02', `${YEAR}-${p2(month)}`)];
  } },
  { rule: 'C03', phase: 'after', shape: { groups: true }, conflicts: ['B01'], apply(rng, b) {
    if (!b.hasGroups) return null;
    const month = rng.int(1, 12);
    removeMeetings(b, (m) => m.type === 'group' && m.date.startsWith(`${YEAR}-${p2(month)}`));
    return [periodExp('C03', `${YEAR}-${p2(month)}`)];
  } },
  { rule: 'C04', phase: 'after', apply(rng, b) {
    const q = rng.int(1, 4);
    const inQ = (m: GenMeeting) => m.type === 'lecture' && Math.ceil(Number(m.date.slice(5, 7)) / 3) === q;
    const secretary = b.members.find((m) => m.roles.includes('书记'));
    const lost = b.meetings.filter(inQ).some((m) => secretary && m.speaker === secretary.rosterName);
    removeMeetings(b, inQ);
    if (lost && secretary) {
      const other = b.meetings.find((m) => m.type === 'lecture');
      if (other) other.speaker = secretary.rosterName;
    }
    return [periodExp('C04', `${YEAR}-Q${q}`)];
  } },
  { rule: 'C05', phase: 'after', apply(rng, b) {
    const month = rng.int(1, 12);
    removeMeetings(b, (m) => m.type === 'themeDay' && m.date.startsWith(`${YEAR}-${p2(month)}`));
    return [periodExp('C05', `${YEAR}-${p2(month)}`)];
  } },
  { rule: 'C06', phase: 'after', apply(_rng, b) {
    removeMeetings(b, (m) => m.type === 'lifeMeeting');
    return [periodExp('C06', `${YEAR}`)];
  } },
  { rule: 'C07', phase: 'after', apply(_rng, b) {
    removeMeetings(b, (m) => m.type === 'review');
    return [periodExp('C07', `${YEAR}`)];
  } },
  { rule: 'C08', phase: 'after', conflicts: ['C11'], apply(rng, b) {
    const m = rng.pick(b.meetings.filter((x) => x.type === 'themeDay' || x.type === 'lecture'));
    m.absentees = []; m.present = m.expected + rng.int(1, 3);
    return [{ rule: 'C08', target: { kind: 'meeting', meeting: m, field: 'present' }, period: null, member: null }];
  } },
  { rule: 'C09', phase: 'after', conflicts: ['C11'], apply(rng, b) {
    const c = b.meetings.filter((x) => x.type === 'general' && !x.topic.includes('选举') && x.expected >= 4);
    if (!c.length) return null;
    const m = rng.pick(c);
    m.present = Math.ceil(m.expected / 2) - 1;
    const pool = b.members.filter((x) => !m.absentees.some((a) => a.name === x.rosterName));
    while (m.absentees.length < m.expected - m.present && pool.length) {
      const x = pool.splice(rng.int(0, pool.length - 1), 1)[0];
      m.absentees.push({ name: x.rosterName, reason: rng.pick(['出差', '病假', '事假']) });
    }
    return [{ rule: 'C09', target: { kind: 'meeting', meeting: m, field: 'present' }, period: null, member: null }];
  } },
  { rule: 'C10', phase: 'after', apply(rng, b) {
    const m = rng.pick(b.meetings);
    m.recorder = '';
    return [{ rule: 'C10', target: { kind: 'meeting', meeting: m, field: 'recorder' }, period: null, member: null }];
  } },
  { rule: 'C11', phase: 'after', layout: (l) => { l.meetingOptional.absent = true; }, apply(rng, b) {
    const m = plain(rng, b, (x) => x.category === '正式党员'); if (!m) return null;
    const h1 = rng.chance(0.5);
    const months = h1 ? ['01', '02', '03', '04', '05', '06'] : ['07', '08', '09', '10', '11', '12'];
    for (const mt of b.meetings) {
      if (!months.includes(mt.date.slice(5, 7))) continue;
      if (mt.absentees.some((a) => a.name === m.rosterName)) continue;
      mt.absentees.push({ name: m.rosterName, reason: '外出务工' });
      const inPool = mt.type !== 'committee' && mt.type !== 'group';
      if (!inPool) continue;
      mt.present -= 1;
      const ok = () => (mt.topic.includes('选举') ? mt.present * 5 > mt.expected * 4 : mt.present * 2 > mt.expected);
      while (!ok() && mt.absentees.length > 1) { mt.absentees.shift(); mt.present += 1; }
    }
    return [{ rule: 'C11', target: { kind: 'none' }, period: null, member: m.rosterName }];
  } },
  { rule: 'C12', phase: 'after', apply(rng, b) {
    const tmpl = b.meetings.find((x) => x.type === 'themeDay')!;
    const m: GenMeeting = { ...tmpl, absentees: [], present: tmpl.expected, date: isoDate(YEAR - 1, 12, rng.int(1, 28)), time: undefined, topic: '重温入党誓词',
      recorder: b.meetings.find((x) => x.recorder)?.recorder ?? tmpl.host };
    b.meetings.unshift(m);
    return [{ rule: 'C12', target: { kind: 'meeting', meeting: m, field: 'date' }, period: null, member: null }];
  } },
  { rule: 'W02', phase: 'members', conflicts: ['M05', 'M06', 'M07', 'M08'], apply(_rng, b) {
    b.dropColumns.push({ ledger: 'members', field: 'join' });
    return [{ rule: 'W02', target: { kind: 'sheet', ledger: 'members' }, period: null, member: null }];
  } },
  { rule: 'W03', phase: 'members', layout: (l) => { l.memberOptional.birth = true; }, apply(rng, b) {
    const m = plain(rng, b); if (!m) return null;
    const y = m.birth.slice(0, 4);
    m.birthWritten = rng.pick([`${y}.13.40`, `${y}年13月32日`]);
    return [at('W03', m, 'birth', false)];
  } },
];

export const PLANTER_BY_RULE = new Map(PLANTERS.map((p) => [p.rule, p]));

const plans: Planter[][] = [];
const counts = new Map<RuleId, number>();

/**
 * ~3 rules per file, spread evenly over the catalogue: each file takes the least-planted rules
 * that do not clash with each other (deterministic: files are planned in index order).
 */
export function planRules(fileIndex: number, perFile = 3): Planter[] {
  while (plans.length <= fileIndex) {
    const i = plans.length;
    const order = PLANTERS.map((p, k) => ({ p, k })).sort((a, b) =>
      (counts.get(a.p.rule) ?? 0) - (counts.get(b.p.rule) ?? 0) || ((a.k - i * perFile) % PLANTERS.length + PLANTERS.length) % PLANTERS.length - ((b.k - i * perFile) % PLANTERS.length + PLANTERS.length) % PLANTERS.length);
    const chosen: Planter[] = [];
    for (const { p } of order) {
      if (chosen.length >= perFile) break;
      const clash = chosen.some((c) => c.conflicts?.includes(p.rule) || p.conflicts?.includes(c.rule));
      if (!clash) chosen.push(p);
    }
    for (const p of chosen) counts.set(p.rule, (counts.get(p.rule) ?? 0) + 1);
    plans.push(chosen);
  }
  return plans[fileIndex];
}
