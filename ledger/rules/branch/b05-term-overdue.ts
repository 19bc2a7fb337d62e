/**
 * B05 支部委员会任期届满未换届: 支部工作条例（试行） — 党支部委员会每届任期3年
 * （村、社区5年）, 按期换届; 党章 — 确需延期或提前换届的须经批准, 延长或提前一般不超过1年.
 * The due date is 应换届时间, else 上次换届时间 + the term (settings.termYears / villageTermYears).
 */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import type { BranchInfo } from '../../model/ledger.js';
import { makeFinding, where } from '../support/make-finding.js';
import { cnDate, latest } from '../support/dates.js';
import { addYears } from '../../time/calendar.js';

/** 村、社区 branches serve 5 years: by 支部类型, else by a name such as XX村党支部. */
export function isVillage(b: BranchInfo): boolean {
  const t = b.type.value;
  if (t === '村' || t === '社区') return true;
  if (t) return false;
  return /(村|社区)(党)?(总)?支部/.test(b.name.value ?? '');
}

export const b05TermOverdue: Rule = {
  id: 'B05',
  area: 'branch',
  severity: '警告',
  name: '支部委员会任期届满未换届',
  description: '支部委员会每届任期3年（村、社区5年），应按期换届；确需延期的经上级党组织批准可延长，一般不超过1年（《中国共产党支部工作条例（试行）》，党章）。',
  check(ctx: RuleContext): Finding[] {
    const b = ctx.ledger.branch;
    const years = isVillage(b) ? ctx.settings.villageTermYears : ctx.settings.termYears;
    let due: string;
    let basis: string;
    let ref = b.nextElection.ref;
    if (b.nextElection.value) {
      due = latest(b.nextElection.value);
      basis = `应换届时间为${cnDate(b.nextElection.value)}`;
    } else if (b.lastElection.value) {
      due = addYears(latest(b.lastElection.value), years);
      basis = `上次换届时间为${cnDate(b.lastElection.value)}，按每届${years}年计应于${cnDate(due)}前换届`;
      ref = b.lastElection.ref;
    } else {
      return [];
    }
    if (due >= ctx.asOf) return [];
    const place = { sheet: ref?.sheet ?? b.sheet, cell: ref?.address ?? null, row: ref?.row ?? null };
    return [makeFinding('B05', '警告', place,
      `${where(place)}${basis}，至统计截止日期${cnDate(ctx.asOf)}已届满未换届。请按期组织换届选举；` +
      `如经上级党组织批准延期（一般不超过1年），请在台账中注明批准情况。`)];
  },
};
