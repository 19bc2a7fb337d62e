/**
 * M07 转正时间有误: 党章第七条 — 预备期一年，延长不超过一年, so 转正时间 lies between
 * 入党时间 + 1 year and + 2 years; a 预备党员 has no 转正时间; a 正式党员 must have been
 * admitted at least a year before the as-of date (unless its 转正时间 is after it: M08 says so).
 * One finding per member, the first that applies.
 */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import type { Member } from '../../model/ledger.js';
import { makeFinding, placeOf, where, type FindingPlace } from '../support/make-finding.js';
import { cnDate, earliest, latest } from '../support/dates.js';
import { addYears } from '../../time/calendar.js';

export const m07FullDate: Rule = {
  id: 'M07',
  area: 'members',
  severity: '错误',
  name: '转正时间或党员类别有误',
  description: '党章第七条规定预备期为一年、延长不超过一年：转正时间应在入党时间满一年后、满两年前；预备党员不应有转正时间；入党未满一年的不应是正式党员。',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const m of ctx.ledger.members?.members ?? []) {
      const f = judge(m, ctx.asOf);
      if (f) out.push(f);
    }
    return out;
  },
};

function judge(m: Member, asOf: string): Finding | null {
  const name = m.name.value || null;
  const who = name ?? `第${m.row}行的党员`;
  const join = m.joinDate.value;
  const full = m.fullDate.value;
  const err = (place: FindingPlace, text: string) => makeFinding('M07', '错误', place, `${where(place)}${who}${text}`);
  if (full && m.category.value === '预备党员') {
    return err(placeOf(m.fullDate.ref, m, name),
      `的党员类别为预备党员，却填有转正时间${cnDate(full)}。已转正的请把党员类别改为正式党员，未转正的请删除转正时间。`);
  }
  if (full && join) {
    if (latest(full) < addYears(earliest(join), 1)) {
      return err(placeOf(m.fullDate.ref, m, name),
        `的转正时间${cnDate(full)}距入党时间${cnDate(join)}不满一年，预备期为一年（党章第七条）。请核对转正时间和入党时间。`);
    }
    if (earliest(full) > addYears(latest(join), 2)) {
      return err(placeOf(m.fullDate.ref, m, name),
        `的转正时间${cnDate(full)}距入党时间${cnDate(join)}超过两年，预备期延长最长不超过一年（党章第七条）。请核对转正时间和入党时间。`);
    }
  }
  // a 转正时间 after the as-of date (written ahead of the meeting) is M08's: the same fact once
  if (m.effectiveCategory === '正式党员' && join && addYears(earliest(join), 1) > asOf && !(full && earliest(full) > asOf)) {
    return err(placeOf(m.category.ref ?? m.joinDate.ref, m, name),
      `于${cnDate(join)}入党，至统计截止日期${cnDate(asOf)}预备期未满一年，却登记为正式党员。请核对党员类别和入党时间。`);
  }
  return null;
}
