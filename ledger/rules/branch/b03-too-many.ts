/** B03 党员人数过多: 支部工作条例（试行） — 党支部党员人数一般不超过50人. */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import { makeFinding } from '../support/make-finding.js';
import { rosterOf } from './full-members.js';

export const b03TooMany: Rule = {
  id: 'B03',
  area: 'branch',
  severity: '警告',
  name: '党员人数超过50人',
  description: '党支部党员人数一般不超过50人（《中国共产党支部工作条例（试行）》），超过的可考虑分设党支部或成立党总支。',
  check(ctx: RuleContext): Finding[] {
    const members = rosterOf(ctx.ledger, ctx.asOf);
    if (!members || members.length <= 50) return [];
    return [makeFinding('B03', '警告', { sheet: null, cell: null, row: null },
      `党员名册共有党员${members.length}人，超过50人（支部工作条例）。请考虑分设党支部或成立党总支。`)];
  },
};
