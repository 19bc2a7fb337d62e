/**
 * C04 党课: the 条例 sets no frequency; once a quarter is long practice (settings.lectureFrequency).
 * As 提示, an ended year in which the branch 书记 gave no 党课 (a common local rule,
 * settings.secretaryLecture; judged only where the 主讲人 is kept).
 */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import type { Meeting, Member } from '../../model/ledger.js';
import { meetingRequirements } from './requirements.js';
import { heldIn } from './held.js';
import { periodSheet } from './period-sheet.js';
import { yearCommittee } from '../branch/full-members.js';
import { makeFinding, where } from '../support/make-finding.js';
import { undatedHint } from './missing-meeting.js';
import { cnPeriod, ruleYear } from '../support/dates.js';
import { nameKey } from '../support/text.js';
import { yearEnded } from '../../time/calendar.js';
import { lacksColumn, MEETING_KEYS } from '../support/missing-columns.js';

const NORM: Record<string, string> = {
  month: '每月', quarter: '每季度', halfyear: '每半年', year: '每年',
};

/** The speaker text names the secretary ("张三", "支部书记张三", "书记"), or the type does (书记讲党课). */
function bySecretary(m: Meeting, secretary: Member): boolean {
  const speaker = nameKey(m.speaker.value);
  if (!speaker) return /书记讲|书记上/.test(m.typeText.value ?? '') || /^(党?支部)?书记讲/.test(m.topic.value ?? '');
  return speaker.includes(secretary.nameKey) || /^(党?支部)?书记$/.test(speaker);
}

export const c04Lecture: Rule = {
  id: 'C04',
  area: 'meetings',
  severity: '警告',
  name: '缺少党课',
  description: '党课按惯例每季度至少1次（频次可设置）；支部书记每年至少讲1次党课（地方通行要求，可关闭，作为提示）。依据《中国共产党支部工作条例（试行）》。',
  check(ctx: RuleContext): Finding[] {
    const meetings = ctx.ledger.meetings;
    if (!meetings || lacksColumn(meetings, ...MEETING_KEYS)) return [];
    const out: Finding[] = [];
    const hint = undatedHint(meetings, 'lecture', '党课');
    for (const p of meetingRequirements(ctx.ledger, ctx.asOf, ctx.settings)) {
      if (p.type !== 'lecture' || !p.required || p.held > 0) continue;
      const place = { sheet: periodSheet(meetings, 'lecture', p.period), cell: null, row: null, period: p.period };
      out.push(makeFinding('C04', '警告', place,
        `${where(place)}${cnPeriod(p.period)}没有党课记录（党课应${NORM[ctx.settings.lectureFrequency]}至少1次）。` +
        `如已讲党课，请补录记录（含主讲人）；如未开展，请及时安排。${hint}`));
    }
    out.push(...secretaryLecture(ctx));
    return out;
  },
};

function secretaryLecture(ctx: RuleContext): Finding[] {
  const meetings = ctx.ledger.meetings;
  if (!ctx.settings.secretaryLecture || !meetings) return [];
  const year = ruleYear(ctx.ledger, ctx.asOf);
  if (!yearEnded(year, ctx.asOf)) return [];
  const speakerKept = meetings.meetings.some((m) => m.speaker.ref != null);
  if (!speakerKept) return [];
  const secretary = yearCommittee(ctx.ledger, ctx.asOf).secretary;
  if (!secretary) return [];
  const lectures = heldIn(meetings.meetings, 'lecture', String(year), ctx.asOf);
  if (lectures.some((m) => bySecretary(m, secretary))) return [];
  const period = String(year);
  const place = { sheet: periodSheet(meetings, 'lecture', period), cell: null, row: null, period, member: secretary.name.value };
  return [makeFinding('C04', '提示', place,
    `${where(place)}${year}年没有支部书记${secretary.name.value ?? ''}讲党课的记录。支部书记每年应至少讲1次党课；` +
    `如已讲，请在主讲人栏填写书记姓名。`)];
}
