/**
 * C12 会议日期超出台账年度: a meeting of this year's ledger is dated within the ledger year
 * (统计年度) and not after the as-of date (统计截止日期).
 */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import { makeFinding, placeOf, where } from '../support/make-finding.js';
import { cnDate, earliest, latest, ledgerYear } from '../support/dates.js';

export const c12DateRange: Rule = {
  id: 'C12',
  area: 'meetings',
  severity: '错误',
  name: '会议日期超出台账年度或晚于统计截止日期',
  description: '本年度台账中的会议应在统计年度之内、且不晚于统计截止日期；否则多为日期录入错误或混入了其他年度的记录。',
  check(ctx: RuleContext): Finding[] {
    const meetings = ctx.ledger.meetings;
    if (!meetings) return [];
    const year = ledgerYear(ctx.ledger, ctx.asOf);
    const out: Finding[] = [];
    for (const m of meetings.meetings) {
      const d = m.date.value;
      if (!d) continue;
      const place = placeOf(m.date.ref, m);
      const y0 = Number(earliest(d).slice(0, 4));
      const y1 = Number(latest(d).slice(0, 4));
      if (year != null && (y1 < year || y0 > year)) {
        out.push(makeFinding('C12', '错误', place,
          `${where(place)}会议日期${cnDate(d)}不在台账统计年度（${year}年）内，请核对日期；如属其他年度的记录，请移入相应年度的台账。`));
      } else if (earliest(d) > ctx.asOf) {
        out.push(makeFinding('C12', '错误', place,
          `${where(place)}会议日期${cnDate(d)}晚于统计截止日期${cnDate(ctx.asOf)}，请核对日期是否录错。`));
      }
    }
    return out;
  },
};
