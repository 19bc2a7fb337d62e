/** M05 入党时未满十八岁: 党章第一条 — 年满十八岁的中国工人、农民、军人、知识分子… */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import { makeFinding, placeOf, where } from '../support/make-finding.js';
import { cnDate, earliest, latest } from '../support/dates.js';
import { yearsBetween } from '../../time/calendar.js';
import { birthOf } from './member-birth.js';

export const m05UnderAge: Rule = {
  id: 'M05',
  area: 'members',
  severity: '错误',
  name: '入党时未满十八周岁',
  description: '党章第一条规定年满十八岁方可申请入党；入党时间时未满十八周岁即报告（出生日期取出生日期栏，否则取身份证号码）。',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const m of ctx.ledger.members?.members ?? []) {
      const join = m.joinDate.value;
      const birth = birthOf(m, ctx.asOf);
      if (!join || !birth) continue;
      // certain only when even the latest join and earliest birth leave them under 18;
      // a join before birth is impossible and M08's business
      if (latest(join) < earliest(birth) || earliest(join) < latest(birth)) continue;
      const age = yearsBetween(earliest(birth), latest(join));
      if (age >= 18) continue;
      const name = m.name.value || null;
      const place = placeOf(m.joinDate.ref, m, name);
      out.push(makeFinding('M05', '错误', place,
        `${where(place)}${name ?? `第${m.row}行的党员`}出生于${cnDate(birth)}，入党时间${cnDate(join)}时仅${age}周岁，` +
        `未满十八周岁（党章第一条）。请核对入党时间和出生日期。`));
    }
    return out;
  },
};
