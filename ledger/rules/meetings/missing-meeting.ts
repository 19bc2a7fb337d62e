/** C01–C07 share one shape: a required period of one meeting type in which none was held. */
import type { MeetingsLedger, MeetingType } from '../../model/ledger.js';
import type { Finding, RuleId, Severity } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import { meetingRequirements } from './requirements.js';
import { makeFinding, where } from '../support/make-finding.js';
import { cnPeriod } from '../support/dates.js';
import { periodSheet } from './period-sheet.js';
import { lacksColumn, MEETING_KEYS } from '../support/missing-columns.js';
import { ANNUAL_TYPES, LAST_MONTH_AFTER } from './annual-year.js';

export interface MissingMeetingSpec {
  id: RuleId;
  type: MeetingType;
  severity: Severity;
  name: string;
  description: string;
  /** what the ledger should show, e.g. 支部党员大会 */
  label: string;
  /** how often, for the message, e.g. 每季度至少召开一次 */
  norm: string;
}

/**
 * A meeting of this type whose date could not be read (W03) may be the one a period lacks: the
 * sentence that says so, or '' when every such meeting is dated.
 */
export function undatedHint(meetings: MeetingsLedger, type: MeetingType, label: string): string {
  const undated = meetings.meetings.filter((m) => m.date.unreadable && m.types.includes(type)).length;
  return undated > 0 ? `另有${undated}条${label}记录的日期无法识别（见W03），改正日期后本条可能消除。` : '';
}

/**
 * C06, C07: a year's 组织生活会 or 民主评议 is often held in January to March of the next (annual-year.ts);
 * the message says how such a one counts for the year judged.
 */
function nextYearNote(spec: MissingMeetingSpec, period: string): string {
  if (!ANNUAL_TYPES.includes(spec.type) || !/^\d{4}$/.test(period)) return '';
  const y = Number(period);
  const held = spec.type === 'review' ? '开展' : '召开';
  return `${y}年度的${spec.label}在${y + 1}年1—${LAST_MONTH_AFTER}月${held}的，在本台账中登记并写明“${y}年度”（如“${y}年度${spec.label}”）即计入${y}年。`;
}

export function missingMeetingRule(spec: MissingMeetingSpec): Rule {
  return {
    id: spec.id,
    area: 'meetings',
    severity: spec.severity,
    name: spec.name,
    description: spec.description,
    check(ctx: RuleContext): Finding[] {
      const meetings = ctx.ledger.meetings;
      if (!meetings || lacksColumn(meetings, ...MEETING_KEYS)) return [];
      const hint = undatedHint(meetings, spec.type, spec.label);
      return meetingRequirements(ctx.ledger, ctx.asOf, ctx.settings)
        .filter((p) => p.type === spec.type && p.required && p.held === 0)
        .map((p) => {
          const place = { sheet: periodSheet(meetings, spec.type, p.period), cell: null, row: null, period: p.period };
          return makeFinding(spec.id, spec.severity, place,
            `${where(place)}${cnPeriod(p.period)}没有${spec.label}记录（${spec.norm}）。` +
            `如已召开，请补录会议记录；如未召开，请按规定补开并记录。${nextYearNote(spec, p.period)}${hint}`);
        });
    },
  };
}
