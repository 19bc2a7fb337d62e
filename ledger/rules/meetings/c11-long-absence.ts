/**
 * C11 连续6个月不参加组织生活: 党章第九条 — 党员没有正当理由，连续六个月不参加党的组织生活
 * 的，就被认为是自行脱党. Judged where the meetings ledger records absentees. A month counts
 * against a member when every meeting of that month the member belonged at lists them absent
 * (all-member meetings; 支委会 for committee members; 党小组会 for members of a 党小组); a month
 * with no such meeting neither breaks nor starts a run. Runs of 6+ months, from the first to the last
 * absent month, ended by the as-of date, from the member's 入党时间 on. Not for a member the roster's
 * 备注, or the reason given in a meeting's 缺席人员, says was excused with approval (approved-excuse.ts):
 * that is the 正当理由 党章第九条 allows.
 */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import type { Meeting, Member } from '../../model/ledger.js';
import { nameKey } from '../support/text.js';
import { makeFinding, where } from '../support/make-finding.js';
import { cnPeriod, earliest, latest, ruleYear } from '../support/dates.js';
import { monthsBetween, monthsEnded } from '../../time/calendar.js';
import { yearCommittee } from '../branch/full-members.js';
import { lacksColumn, MEETING_KEYS } from '../support/missing-columns.js';
import { approvedExcuse } from '../../values/approved-excuse.js';

const ALL_MEMBERS = ['general', 'lecture', 'themeDay', 'lifeMeeting', 'review'] as const;

/** What C11 needs of a meeting, read once (not once per member and month). */
interface Attendance {
  absent: Set<string>;
  /** every member belongs at it */
  allMembers: boolean;
  committee: boolean;
  group: boolean;
  /** the 缺席人员 text as written (its reasons, for the message) */
  text: string | null;
}

function attendanceOf(m: Meeting): Attendance {
  return {
    text: m.absentText.value,
    absent: new Set(m.absentees),
    allMembers: m.types.some((t) => (ALL_MEMBERS as readonly string[]).includes(t)),
    committee: m.types.includes('committee'),
    group: m.types.includes('group'),
  };
}

function belongsAt(a: Attendance, member: Member, inCommittee: boolean): boolean {
  if (a.absent.has(member.nameKey)) return true;
  if (a.allMembers) return true;
  if (a.committee && inCommittee) return true;
  return a.group && !!member.group.value;
}

/** A short reason after the name: "张三（病休）", "张三：出差" (for the message). */
const SHORT_REASON = /^[(（]([^()（）]{1,12})[)）]|^[:：]([^,，、;；]{1,12})/;
/** The whole reason, to its closing bracket or the next name: "张三（长期卧床，经支部同意）", "张三：病休，经批准；". */
const FULL_REASON = /^[(（]([^()（）]{1,60})[)）]|^[:：]([^、;；]{1,60})/;

/** The distinct reasons the absence texts give for this member, in order. */
function reasonsFor(texts: (string | null)[], member: Member, shape = SHORT_REASON): string[] {
  const name = nameKey(member.name.value ?? '');
  const out = new Set<string>();
  if (!name) return [];
  for (const t of texts) {
    if (!t) continue;
    const s = nameKey(t);
    const i = s.indexOf(name);
    if (i < 0) continue;
    const m = shape.exec(s.slice(i + name.length));
    if (m) out.add(m[1] ?? m[2]);
  }
  return [...out];
}

export const c11LongAbsence: Rule = {
  id: 'C11',
  area: 'meetings',
  severity: '错误',
  name: '连续6个月未参加组织生活',
  description: '党章第九条规定，党员没有正当理由连续六个月不参加党的组织生活的，就被认为是自行脱党；会议记录登记缺席人员的，按人检查。名册备注或缺席说明写明因病、外派等原因经支部或上级同意不参加的，不报告。',
  check(ctx: RuleContext): Finding[] {
    const meetings = ctx.ledger.meetings;
    const members = ctx.ledger.members?.members ?? [];
    if (!meetings || members.length === 0 || lacksColumn(meetings, ...MEETING_KEYS)) return [];
    if (!meetings.meetings.some((m) => m.absentText.ref != null)) return [];
    const year = ruleYear(ctx.ledger, ctx.asOf);
    const months = monthsEnded(year, ctx.asOf);
    const dated = meetings.meetings.filter((m) => m.date.value && earliest(m.date.value) <= ctx.asOf);
    // the meetings dated to the day or month, by month
    const byMonth = new Map<string, Attendance[]>();
    for (const m of dated) {
      if (m.date.value!.precision === 'year') continue;
      const month = m.date.value!.date.slice(0, 7);
      const list = byMonth.get(month) ?? [];
      list.push(attendanceOf(m));
      byMonth.set(month, list);
    }
    const committee = new Set(yearCommittee(ctx.ledger, ctx.asOf).committeeMembers.map((m) => m.nameKey));
    const out: Finding[] = [];
    for (const member of members) {
      if (!member.nameKey || approvedExcuse(member.note.value)) continue;
      const join = member.joinDate.value ? latest(member.joinDate.value).slice(0, 7) : null;
      const inCommittee = committee.has(member.nameKey);
      let run: string[] = [];
      let gap: string[] = [];
      let texts: (string | null)[] = [];
      const flush = () => {
        if (run.length > 0) {
          const span = monthsBetween(run[0], run[run.length - 1]) + 1;
          if (span >= 6 && !reasonsFor(texts, member, FULL_REASON).some(approvedExcuse)) {
            const place = { sheet: meetings.sheet, cell: null, row: null, member: member.name.value || null };
            const reasons = reasonsFor(texts, member).slice(0, 3);
            out.push(makeFinding('C11', '错误', place,
              `${where(place)}${member.name.value ?? ''}自${cnPeriod(run[0])}至${cnPeriod(run[run.length - 1])}连续${span}个月未参加任何组织生活（每次会议均登记为缺席` +
              (reasons.length ? `，登记的原因：${reasons.join('、')}）。` : '）。') +
              `党章第九条规定，没有正当理由连续六个月不参加党的组织生活的视为自行脱党。` +
              (reasons.length ? '请核实所登记的原因是否属正当理由（如经批准的病休），及时教育或按规定处置。' : '请核实原因，及时教育或按规定处置。')));
          }
        }
        run = [];
        gap = [];
        texts = [];
      };
      for (const month of months) {
        if (join && month < join) continue;
        let relevant = 0;
        let allAbsent = true;
        for (const a of byMonth.get(month) ?? []) {
          if (!belongsAt(a, member, inCommittee)) continue;
          relevant++;
          if (!a.absent.has(member.nameKey)) { allAbsent = false; break; }
          texts.push(a.text);
        }
        if (relevant === 0) { if (run.length) gap.push(month); continue; }
        if (allAbsent) { run.push(...gap, month); gap = []; }
        else flush();
      }
      flush();
    }
    return out;
  },
};
