/**
 * M06 预备期满未转正: 党章第七条 — 预备期为一年，可延长一次，最长不超过一年.
 * 警告 once the year is over (入党时间 + 1 year ≤ as-of), 错误 once two years are over.
 */
import { rawText } from '../../values/cell-text.js';
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import { makeFinding, placeOf, where } from '../support/make-finding.js';
import { cnDate, latest } from '../support/dates.js';
import { addYears } from '../../time/calendar.js';
import { categoryOf } from '../support/category.js';

export const m06ProbationOverdue: Rule = {
  id: 'M06',
  area: 'members',
  severity: '警告',
  name: '预备期满未转正',
  description: '党章第七条规定预备期为一年，可延长一次、最长一年：预备期满一年仍为预备党员的报告警告，满两年仍未转正的报告错误。',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const m of ctx.ledger.members?.members ?? []) {
      if (categoryOf(m) !== '预备党员' || m.fullDate.value) continue;
      const join = m.joinDate.value;
      if (!join) continue;
      const j = latest(join);
      const one = addYears(j, 1);
      if (one > ctx.asOf) continue;
      const two = addYears(j, 2) <= ctx.asOf;
      // within the second year, a note that the probation was extended (延长预备期) is the answer the warning asks for
      if (!two && /延长预备期|预备期延长/.test(`${m.note.value ?? ''}${m.category.value ?? ''}${rawText(m.category.raw?.v)}`)) continue;
      const name = m.name.value || null;
      const place = placeOf(m.category.ref ?? m.fullDate.ref ?? m.joinDate.ref, m, name);
      const who = name ?? `第${m.row}行的党员`;
      out.push(two
        ? makeFinding('M06', '错误', place,
          `${where(place)}${who}于${cnDate(join)}入党，预备期（含最长一年的延长期）已超过两年仍为预备党员（党章第七条）。` +
          `请核实：已转正的请填写转正时间并改为正式党员，否则请按规定及时处理。`)
        : makeFinding('M06', '警告', place,
          `${where(place)}${who}于${cnDate(join)}入党，预备期已满一年仍为预备党员（党章第七条）。` +
          `请及时讨论其转正；已转正的请填写转正时间，延长预备期的请在备注中注明。`));
    }
    return out;
  },
};
