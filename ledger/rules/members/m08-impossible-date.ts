/**
 * M08 日期不可能: a member's date after the as-of date, an 入党时间 before the founding of
 * the Party (1921-07-01, 党章总纲) or before the member's birth.
 */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import type { DateValue, Field } from '../../model/ledger.js';
import { makeFinding, placeOf, where } from '../support/make-finding.js';
import { cnDate, earliest, latest } from '../support/dates.js';
import { birthOf } from './member-birth.js';

const FOUNDING = '1921-07-01';

export const m08ImpossibleDate: Rule = {
  id: 'M08',
  area: 'members',
  severity: '错误',
  name: '日期不合理',
  description: '出生日期、入党时间、转正时间不能晚于统计截止日期；入党时间不能早于建党日（1921年7月1日），也不能早于出生日期。',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const m of ctx.ledger.members?.members ?? []) {
      const name = m.name.value || null;
      const who = name ?? `第${m.row}行的党员`;
      const future = (f: Field<DateValue>, label: string) => {
        if (!f.value || earliest(f.value) <= ctx.asOf) return false;
        const place = placeOf(f.ref, m, name);
        out.push(makeFinding('M08', '错误', place,
          `${where(place)}${who}的${label}${cnDate(f.value)}晚于统计截止日期${cnDate(ctx.asOf)}，请核对后改正。`));
        return true;
      };
      future(m.birthDate, '出生日期');
      const joinFuture = future(m.joinDate, '入党时间');
      future(m.fullDate, '转正时间');
      const join = m.joinDate.value;
      if (!join || joinFuture) continue;
      const place = placeOf(m.joinDate.ref, m, name);
      if (latest(join) < FOUNDING) {
        out.push(makeFinding('M08', '错误', place,
          `${where(place)}${who}的入党时间${cnDate(join)}早于建党日（1921年7月1日），不可能，请核对后改正。`));
        continue;
      }
      const birth = birthOf(m, ctx.asOf);
      if (birth && latest(join) < earliest(birth)) {
        out.push(makeFinding('M08', '错误', place,
          `${where(place)}${who}的入党时间${cnDate(join)}早于出生日期${cnDate(birth)}，不可能，请核对后改正。`));
      }
    }
    return out;
  },
};
