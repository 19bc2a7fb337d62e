/** B04 没有书记: 支部工作条例（试行） — 党支部设书记（不设委员会的也设书记1人）. */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import { makeFinding } from '../support/make-finding.js';
import { rolesNotKept } from './committee.js';
import { rosterOf, yearCommittee } from './full-members.js';

export const b04NoSecretary: Rule = {
  id: 'B04',
  area: 'branch',
  severity: '错误',
  name: '名册中没有支部书记',
  description: '每个党支部都应设书记（《中国共产党支部工作条例（试行）》），党员名册的党内职务栏应能看出书记是谁。',
  check(ctx: RuleContext): Finding[] {
    const members = rosterOf(ctx.ledger, ctx.asOf);
    if (!members || yearCommittee(ctx.ledger, ctx.asOf).secretary) return [];
    if (rolesNotKept(ctx.ledger)) {
      const sheet = ctx.ledger.members!.sheet;
      return [makeFinding('B04', '提示', { sheet, cell: null, row: ctx.ledger.members!.headerRow },
        `工作表“${sheet}”中的党员名册没有“党内职务”列（全国党员管理信息系统等导出的名册不含此列），看不出谁是支部书记、是否设立了支部委员会，这两项未检查。请在名册中增加“党内职务”列，注明书记、副书记和各委员。`)];
    }
    return [makeFinding('B04', '错误', { sheet: null, cell: null, row: null },
      `党员名册中没有人担任支部书记。请在书记本人一行的党内职务栏填写“书记”；如书记空缺，请按规定及时选举。`)];
  },
};
