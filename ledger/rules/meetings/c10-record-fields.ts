/**
 * C10 会议记录要素不全: a 三会一课 record names its 主题, 主持人 and 记录人 (支部工作条例,
 * 会议记录规范). Judged only where the column exists; one finding per empty cell.
 */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import type { Field, Meeting } from '../../model/ledger.js';
import { makeFinding, placeOf, where } from '../support/make-finding.js';
import { recordedMeetings } from './planned.js';

const FIELDS: [keyof Meeting, string][] = [['topic', '主题'], ['host', '主持人'], ['recorder', '记录人']];

export const c10RecordFields: Rule = {
  id: 'C10',
  area: 'meetings',
  severity: '警告',
  name: '会议记录要素不全',
  description: '“三会一课”记录应写明会议主题（内容）、主持人和记录人（《中国共产党支部工作条例（试行）》及会议记录规范）。',
  check(ctx: RuleContext): Finding[] {
    const meetings = ctx.ledger.meetings;
    if (!meetings) return [];
    const out: Finding[] = [];
    // a plan written in ahead is no record yet (planned.ts)
    for (const m of recordedMeetings(ctx)) {
      for (const [key, label] of FIELDS) {
        const f = m[key] as Field<string>;
        if (!f.ref || f.unreadable || (f.value != null && String(f.value).trim() !== '')) continue;
        const place = placeOf(f.ref, m);
        const kind = m.typeText.value ? `“${m.typeText.value}”` : '';
        out.push(makeFinding('C10', '警告', place,
          `${where(place)}该条${kind}会议记录没有填写${label}，请根据会议记录补填。`));
      }
    }
    return out;
  },
};
