/**
 * The per-branch report's own placeholder values (template-vars.ts BRANCH_VARS): the figures and
 * names of one branch, and the ledgers it did not submit. Every value is a count, sum, share or name
 * of the input; nothing is invented.
 */
import type { BranchStats } from '../../ledger/stats/stats-types.js';
import type { VarValues } from './template-vars.js';

export type LedgerKey = 'members' | 'dues' | 'meetings';

const LEDGER_NAMES: Record<LedgerKey, string> = {
  members: '党员名册',
  dues: '党费收缴台账',
  meetings: '“三会一课”记录',
};
const LEDGER_KEYS = Object.keys(LEDGER_NAMES) as LedgerKey[];

/** Which ledgers the workbook holds; stats without the flags (built elsewhere) count as complete. */
export function submitted(s: BranchStats): Record<LedgerKey, boolean> {
  return s.ledgers ?? { members: true, dues: true, meetings: true };
}

export function missingLedgers(s: BranchStats): LedgerKey[] {
  const has = submitted(s);
  return LEDGER_KEYS.filter((k) => !has[k]);
}

/** "甲", "甲和乙", "甲、乙和丙". */
function series(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;
}

export function branchVars(s: BranchStats): VarValues {
  const m = s.members;
  const secretary = m.secretary ? `支部书记为${m.secretary}` : '名册中未登记支部书记';
  const has = submitted(s);
  const present = LEDGER_KEYS.filter((k) => has[k]).map((k) => LEDGER_NAMES[k]);
  const missing = missingLedgers(s).map((k) => LEDGER_NAMES[k]);
  const given = present.length ? series(present) : '支部基本信息表';
  return {
    支部名称: s.branch,
    支部书记: m.secretary ?? '未登记',
    支委人数: String(m.committeeSize),
    支委会情况: m.hasCommittee
      ? `设立了支部委员会，${secretary}，支部委员${m.committeeSize}名`
      : `未设立支部委员会，${secretary}`,
    上级党组织: s.parent || '上级党组织',
    报送台账: given,
    未报送台账: missing.length ? series(missing) : '无',
    查阅台账: missing.length ? `${given}（该支部未报送${series(missing)}）` : given,
  };
}
