/**
 * B02 支部委员会设置: 支部工作条例（试行） — 正式党员7人以上的党支部设立支部委员会,
 * 一般由3至5人组成、最多不超过7人.
 */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import { makeFinding } from '../support/make-finding.js';
import { rolesNotKept } from './committee.js';
import { fullCount, rosterOf, yearCommittee } from './full-members.js';

export const b02Committee: Rule = {
  id: 'B02',
  area: 'branch',
  severity: '警告',
  name: '支部委员会设置不符合规定',
  description: '正式党员7人以上的党支部应设立支部委员会，委员一般3至5人、最多不超过7人（《中国共产党支部工作条例（试行）》）。',
  check(ctx: RuleContext): Finding[] {
    const members = rosterOf(ctx.ledger, ctx.asOf);
    // without a 党内职务 column nothing is known of the committee (B04 says so once)
    if (!members || rolesNotKept(ctx.ledger)) return [];
    const c = yearCommittee(ctx.ledger, ctx.asOf);
    const n = fullCount(members);
    const place = { sheet: null, cell: null, row: null };
    if (n != null && n >= 7 && !c.hasCommittee) {
      return [makeFinding('B02', '警告', place,
        `支部有正式党员${n}人，应设立支部委员会，但党员名册中支委职务只有${c.size}人（不足3人）。` +
        `请在党内职务栏注明书记、组织委员、宣传委员、纪检委员等，或按规定选举产生支部委员会。`)];
    }
    if (c.size > 7) {
      return [makeFinding('B02', '警告', place,
        `党员名册中担任支委职务的有${c.size}人，支部委员会一般3至5人、最多不超过7人。请核实党内职务填写，或按规定调整委员会组成。`)];
    }
    return [];
  },
};
