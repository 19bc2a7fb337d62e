/**
 * The per-branch report's own placeholder values (template-vars.ts BRANCH_VARS): the figures of one
 * branch as phrases that read naturally at zero ("未设党小组", "无欠交、少交党费的党员", not "0个",
 * "0名"), the ledgers it did not submit, and its dues collection rate. Every value is a count, sum,
 * share or name of the input; nothing is invented.
 */
import type { Severity } from '../../ledger/findings/finding.js';
import { MEETING_TYPES, MEETING_TYPE_LABELS, type BranchStats } from '../../ledger/stats/stats-types.js';
import { percent, yuan } from './format.js';
import { collectedOf } from '../../ledger/stats/dues-stats.js';
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

/** Dues actually collected: stats' `collected`, else (stats from elsewhere) paid up to the due. */

/**
 * 收缴率 of one branch: of the dues owed up to the as-of date, the share paid, each member-month
 * counted up to its own due (stats dues.collected). So it never exceeds 100% and stays under 100%
 * while a member is short, whatever others paid beyond their due: 预交 for later months, 多交, or a
 * due entered too low (D02). paid ÷ due let those hide arrears (probe: "收缴率102.7%" beside three
 * members in arrears). Rows of people not in the roster (D01) count in due, paid and collected
 * alike, as in the stats (README 统计口径), so they cannot lift the rate either.
 */
export function duesRate(d: BranchStats['dues']): string {
  return percent(collectedOf(d), d.due);
}

/** What was paid beyond the dues up to the as-of date (yuan, ≥ 0). */
export function duesSurplus(d: BranchStats['dues']): number {
  return Math.max(0, d.paid - collectedOf(d));
}

const SEVERITIES: Severity[] = ['错误', '警告', '提示'];

/** "其中错误2处、警告1处" without the zero kinds; "均为错误" where there is only one kind. */
function findingsMix(by: Record<Severity, number>): string {
  const kinds = SEVERITIES.filter((k) => by[k] > 0);
  if (kinds.length === 0) return '未发现问题';
  if (kinds.length === 1) return `均为${kinds[0]}`;
  return `其中${kinds.map((k) => `${k}${by[k]}处`).join('、')}`;
}

/** "其中正式党员12名、预备党员2名", "均为正式党员"; members of unknown category named as such. */
function membersMix(m: BranchStats['members']): string {
  const unknown = m.total - m.full - m.probationary;
  if (m.total > 0 && m.full === m.total) return '均为正式党员';
  if (m.total > 0 && m.probationary === m.total) return '均为预备党员';
  const parts = [['正式党员', m.full], ['预备党员', m.probationary], ['类别不详', unknown]] as const;
  return `其中${parts.filter(([, n]) => n > 0).map(([k, n]) => `${k}${n}名`).join('、')}`;
}

/** "男党员13名，女党员13名，女党员占50.0%"; "女党员5名，无男党员". */
function sexMix(m: BranchStats['members']): string {
  const unknown = m.total - m.male - m.female;
  const tail = unknown > 0 ? `，性别不详${unknown}名` : '';
  if (m.male > 0 && m.female > 0) return `男党员${m.male}名，女党员${m.female}名，女党员占${percent(m.female, m.total)}${tail}`;
  if (m.female > 0) return `女党员${m.female}名，无男党员${tail}`;
  if (m.male > 0) return `男党员${m.male}名，无女党员${tail}`;
  return '名册中未登记性别';
}

function collegeMix(m: BranchStats['members']): string {
  const college = m.byEducation['研究生'] + m.byEducation['大学本科'] + m.byEducation['大专'];
  if (college > 0) return `大专及以上学历${college}名，占${percent(college, m.total)}`;
  return m.byEducation['不详'] === m.total ? '大专及以上学历人数不详' : '无大专及以上学历党员';
}

/**
 * "支部党员大会应开4期、按期开展3期；…民主评议党员应开1期、未按期开展，按期完成率84.8%",
 * over the types with periods required by the as-of date.
 */
function meetingsMix(s: BranchStats): string {
  const types = MEETING_TYPES.filter((k) => s.required[k] > 0);
  if (types.length === 0) return '截至统计截止日期尚无应开的会议期数';
  const parts = types.map((k) => `${MEETING_TYPE_LABELS[k]}应开${s.required[k]}期、${s.periodsMet[k] > 0 ? `按期开展${s.periodsMet[k]}期` : '未按期开展'}`);
  const required = types.reduce((a, k) => a + s.required[k], 0);
  const met = types.reduce((a, k) => a + s.periodsMet[k], 0);
  return `${parts.join('；')}，按期完成率${percent(met, required)}`;
}

export function branchVars(s: BranchStats, year: number): VarValues {
  const m = s.members;
  const secretary = m.secretary ? `支部书记为${m.secretary}` : '名册中未登记支部书记';
  const has = submitted(s);
  const present = LEDGER_KEYS.filter((k) => has[k]).map((k) => LEDGER_NAMES[k]);
  const missing = missingLedgers(s).map((k) => LEDGER_NAMES[k]);
  const given = present.length ? series(present) : '支部基本信息表';
  const surplus = duesSurplus(s.dues);
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
    党员构成: membersMix(m),
    党小组情况: m.groups > 0 ? `设党小组${m.groups}个` : '未设党小组',
    性别结构: sexMix(m),
    大专及以上情况: collegeMix(m),
    新发展党员情况: m.newMembers > 0 ? `${year}年新发展党员${m.newMembers}名` : `${year}年未发展新党员`,
    离退休党员情况: m.retired > 0 ? `离退休党员${m.retired}名` : '无离退休党员',
    党费收缴率: duesRate(s.dues),
    收缴率说明: surplus >= 0.005
      ? `（按各月应交额中已交足的部分计算，部分月份超出应交额的${yuan(surplus)}元系预交、多交党费或应交额登记偏低，未计入）`
      : '',
    欠缴情况: s.dues.membersInArrears > 0 ? `有欠交、少交月份的党员${s.dues.membersInArrears}名` : '无欠交、少交党费的党员',
    三会一课落实情况: meetingsMix(s),
    问题构成: findingsMix(s.findings.bySeverity),
  };
}
