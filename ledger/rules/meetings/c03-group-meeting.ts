import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import { makeFinding, where } from '../support/make-finding.js';
import { cnPeriod } from '../support/dates.js';
import { lacksColumn, MEETING_KEYS } from '../support/missing-columns.js';
import { missingMeetingRule, undatedHint } from './missing-meeting.js';
import { missedGroups } from './named-groups.js';
import { periodSheet } from './period-sheet.js';

const NORM = '党小组会一般每月召开1次';

/** C03 as C01–C07 judge a branch: a month without any 党小组会. */
const wholeBranch = missingMeetingRule({
  id: 'C03', type: 'group', severity: '警告',
  name: '缺少党小组会',
  description: '',
  label: '党小组会', norm: NORM,
});

/**
 * Where the records name the 党小组 (named-groups.ts), each group's months: a month in which one
 * group held none is that group's finding.
 */
function perGroup(ctx: RuleContext): Finding[] | null {
  const meetings = ctx.ledger.meetings!;
  const missed = missedGroups(ctx.ledger, ctx.asOf);
  if (!missed) return null;
  const hint = undatedHint(meetings, 'group', '党小组会');
  const out: Finding[] = [];
  for (const [period, groups] of missed) {
    for (const g of groups) {
      const place = { sheet: g.sheet ?? periodSheet(meetings, 'group', period), cell: null, row: null, period };
      out.push(makeFinding('C03', '警告', place,
        `${where(place)}${g.name}${cnPeriod(period)}未召开党小组会（没有该党小组本月的会议记录；${NORM}）。` +
        `如已召开，请补录会议记录；如未召开，请按规定补开并记录。${hint}`));
    }
  }
  return out;
}

/** C03 支部工作条例（试行）: 党小组会一般每月召开1次 (branches with 党小组), each named 党小组 by itself. */
export const c03GroupMeeting: Rule = {
  ...wholeBranch,
  description: '设有党小组的党支部，党小组会一般每月召开1次（《中国共产党支部工作条例（试行）》）；已结束的月份没有党小组会记录即报告。' +
    '会议记录写明党小组的（党小组列，或“第一党小组会”、按党小组分块），逐个党小组判断：某党小组当月没有党小组会即报告该党小组；年中才开始有记录的党小组（如7月新设），从其第一次有记录的月份起判断。',
  check(ctx: RuleContext): Finding[] {
    if (!ctx.ledger.meetings || lacksColumn(ctx.ledger.meetings, ...MEETING_KEYS)) return [];
    return perGroup(ctx) ?? wholeBranch.check(ctx);
  },
};
