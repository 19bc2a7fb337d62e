/**
 * B01 正式党员不足3人: 党章第三十条, 支部工作条例（试行） — 正式党员3人以上的
 * 应当成立党支部; fewer should form a 联合党支部.
 */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import { makeFinding } from '../support/make-finding.js';
import { fullCount, rosterOf } from './full-members.js';

export const b01TooFew: Rule = {
  id: 'B01',
  area: 'branch',
  severity: '警告',
  name: '正式党员不足3人',
  description: '正式党员3人以上的应当成立党支部，不足3人的一般应成立联合党支部（党章第三十条，《中国共产党支部工作条例（试行）》）。',
  check(ctx: RuleContext): Finding[] {
    const members = rosterOf(ctx.ledger, ctx.asOf);
    if (!members) return [];
    const n = fullCount(members);
    if (n == null || n >= 3) return [];
    return [makeFinding('B01', '警告', { sheet: null, cell: null, row: null },
      `党员名册中正式党员只有${n}人，不足3人（党章第三十条）。正式党员不足3人的单位一般应与邻近单位成立联合党支部，请核实名册或调整组织设置。`)];
  },
};
