/**
 * Figures as phrases that read naturally at zero ("均为正式党员", "无离退休党员", not "预备党员0名",
 * "离退休党员0名"), for one branch and for many alike: a report that says "0个支部" or "提示0处"
 * reads as if nobody looked at the figure.
 */
import type { Severity } from '../../ledger/findings/finding.js';
import { percent, yuan } from './format.js';
import { collectedOf, rateBaseOf } from '../../ledger/stats/dues-stats.js';
import type { BranchStats } from '../../ledger/stats/stats-types.js';
import { monthsEnded } from '../../ledger/time/calendar.js';

/** The member figures both a branch's stats and the summary's totals have. */
interface Members {
  total: number;
  male: number;
  female: number;
  byEducation: Record<string, number>;
}

const SEVERITIES: Severity[] = ['错误', '警告', '提示'];

/** "其中错误2处、警告1处" without the zero kinds; "均为错误" where there is only one kind ("为错误" of one finding). */
export function findingsMix(by: Record<Severity, number>): string {
  const kinds = SEVERITIES.filter((k) => by[k] > 0);
  if (kinds.length === 0) return '未发现问题';
  if (kinds.length === 1) return `${by[kinds[0]] === 1 ? '' : '均'}为${kinds[0]}`;
  return `其中${kinds.map((k) => `${k}${by[k]}处`).join('、')}`;
}

/**
 * Summary, after 问题构成: how many branches the findings to correct (错误, 警告) concern — "涉及10个支部，
 * 占调研支部总数的32.3%"; "错误和警告涉及10个支部，…" where 提示 at other branches are among the findings
 * counted (they are no 存在问题, findings/to-correct.ts); "涉及2个支部，需要有关支部核实" where there are
 * only 提示 (not "涉及0个支部"). `withToCorrect`, `withAny`: branches with a finding to correct, with any.
 */
export function spreadPhrase(by: Record<Severity, number>, withToCorrect: number, withAny: number, branches: number): string {
  const share = `占调研支部总数的${percent(withToCorrect, branches)}`;
  if (by['提示'] === 0) return `涉及${withToCorrect}个支部，${share}`;
  if (withToCorrect === 0) return `涉及${withAny}个支部，需要有关支部核实`;
  const kinds = (['错误', '警告'] as const).filter((k) => by[k] > 0).join('和');
  return `${kinds}涉及${withToCorrect}个支部，${share}`;
}

/** "其中正式党员12名、预备党员2名", "均为正式党员"; members of unknown category named as such. */
export function membersMix(m: { total: number; full: number; probationary: number }): string {
  const unknown = m.total - m.full - m.probationary;
  if (m.total > 0 && m.full === m.total) return '均为正式党员';
  if (m.total > 0 && m.probationary === m.total) return '均为预备党员';
  const parts = [['正式党员', m.full], ['预备党员', m.probationary], ['类别不详', unknown]] as const;
  return `其中${parts.filter(([, n]) => n > 0).map(([k, n]) => `${k}${n}名`).join('、')}`;
}

/** "男党员13名，女党员13名，女党员占50.0%"; "女党员5名，无男党员". */
export function sexMix(m: Members): string {
  const unknown = m.total - m.male - m.female;
  const tail = unknown > 0 ? `，性别不详${unknown}名` : '';
  if (m.male > 0 && m.female > 0) return `男党员${m.male}名，女党员${m.female}名，女党员占${percent(m.female, m.total)}${tail}`;
  if (m.female > 0) return `女党员${m.female}名，无男党员${tail}`;
  if (m.male > 0) return `男党员${m.male}名，无女党员${tail}`;
  return '名册中未登记性别';
}

export function collegeMix(m: Members): string {
  const college = m.byEducation['研究生'] + m.byEducation['大学本科'] + m.byEducation['大专'];
  if (college > 0) return `大专及以上学历${college}名，占${percent(college, m.total)}`;
  return m.byEducation['不详'] === m.total ? '大专及以上学历人数不详' : '无大专及以上学历党员';
}

export function newMembersPhrase(n: number, year: number): string {
  return n > 0 ? `${year}年新发展党员${n}名` : `${year}年未发展新党员`;
}

export function retiredPhrase(n: number): string {
  return n > 0 ? `离退休党员${n}名` : '无离退休党员';
}

export function arrearsPhrase(n: number): string {
  return n > 0 ? `有欠交、少交月份的党员${n}名` : '无欠交、少交党费的党员';
}

/** The dues figures a report states, of one branch (stats: duesFigures) or of many (aggregate.ts Totals). */
export interface DuesFigures {
  due: number;
  paid: number;
  /** paid counted up to each month's due (ledger/stats collectedOf) */
  collected: number;
  /** due on months whose payment could not be read (W03), left out of the rate (ledger/stats rateBaseOf) */
  unread: number;
  /** due on ended months of a quarter, half-year or year paid at once and not yet over: not yet owed (ledger/stats dues.pending) */
  pending: number;
  membersInArrears: number;
}

export function duesFigures(d: BranchStats['dues']): DuesFigures {
  return { due: d.due, paid: d.paid, collected: collectedOf(d), unread: d.unread ?? 0, pending: d.pending ?? 0, membersInArrears: d.membersInArrears };
}

/** Months of a payment period still in progress (a 第四季度 column in November): not yet owed, not in the figures. */
function pendingNote(d: DuesFigures): string {
  return `按季度、半年或全年交纳、交纳期尚未结束的月份应交党费${yuan(d.pending)}元，未到交纳期限，未计入`;
}

/** 收缴率: collected over the dues whose payment could be read; "—" where there are none. */
export function collectionRate(d: DuesFigures): string {
  return percent(d.collected, rateBaseOf(d));
}

/**
 * After the 收缴率: what was paid beyond each month's due, and the dues of months whose payment could
 * not be read, both left out of the rate; "" when there is neither.
 */
export function rateNotes(d: DuesFigures): string {
  const surplus = Math.max(0, d.paid - d.collected);
  const notes = [
    surplus >= 0.005 ? `按各月应交额中已交足的部分计算，部分月份超出应交额的${yuan(surplus)}元系预交、多交党费或应交额登记偏低，未计入` : '',
    d.unread >= 0.005 ? `另有应交党费${yuan(d.unread)}元所涉月份的实交金额无法读取，未计入` : '',
    d.pending >= 0.005 ? pendingNote(d) : '',
  ].filter(Boolean);
  return notes.length ? `（${notes.join('；')}）` : '';
}

/**
 * "应交党费7604.00元，实交党费7810.50元，收缴率94.7%（…）", or, where no rate can be taken, why not:
 * no due recorded (a payment platform's export lists what was paid, not what was owed) or no payment
 * readable ("收缴率—（…超出应交额的13314.00元…）" and "实交党费0.00元，收缴率0.0%" beside nobody in
 * arrears read as figures, and wrong ones).
 */
export function duesClause(d: DuesFigures): string {
  // paid by the quarter or year and nothing yet owed: not "no due recorded"
  if (d.due < 0.005 && d.pending >= 0.005) return `党费按季度、半年或全年交纳，已结束月份应交党费${yuan(d.pending)}元尚未到交纳期限，收缴率暂不计算`;
  if (d.due < 0.005) {
    return d.paid >= 0.005 ? `实交党费${yuan(d.paid)}元，台账未登记应交党费数额，收缴率无法计算` : '台账中未登记应交、实交党费数额';
  }
  if (rateBaseOf(d) < 0.005) return `应交党费${yuan(d.due)}元，各月实交金额无法读取，收缴率无法计算`;
  return `应交党费${yuan(d.due)}元，实交党费${yuan(d.paid)}元，收缴率${collectionRate(d)}${rateNotes(d)}`;
}

/**
 * The months the dues are counted over, where the 统计截止日期 falls inside a month: "（按已结束的1—10月计）"
 * beside 截至2026年11月25日, whose month is not yet owed; '' where the cutoff ends a month or the year.
 */
export function duesMonthsNote(year: number, asOf: string): string {
  if (Number(asOf.slice(0, 4)) !== year) return '';
  const ended = monthsEnded(year, asOf).length;
  if (ended === 12 || ended === Number(asOf.slice(5, 7))) return '';
  if (ended === 0) return '（本年度尚无已结束的月份）';
  return ended === 1 ? '（按已结束的1月计）' : `（按已结束的1—${ended}月计）`;
}

/**
 * Members in arrears, for one branch or many; not claimed either way where no payment could be read
 * or no due was recorded (a month with no payment row is not known to be owed).
 */
export function arrearsOf(d: DuesFigures): string {
  return arrearsKnown(d) ? arrearsPhrase(d.membersInArrears) : '欠交、少交情况无法核对';
}

/**
 * Whether the ledger tells who is in arrears: some due recorded, and some payment of it readable; or
 * every due recorded so far falls in a payment period still on (nobody owes anything yet).
 */
export function arrearsKnown(d: DuesFigures): boolean {
  return (d.due >= 0.005 && rateBaseOf(d) >= 0.005) || (d.due < 0.005 && d.pending >= 0.005);
}

/**
 * Summary: "设立支部委员会的支部4个，未设支部委员会、由支部书记负责的支部1个", or, where one of
 * the two is none, "各支部均设立了支部委员会" (one branch: "该支部设立了支部委员会").
 */
export function committeesPhrase(branches: number, withCommittee: number): string {
  const without = branches - withCommittee;
  const all = branches > 1 ? '各支部均' : '该支部';
  if (without === 0) return `${all}设立了支部委员会`;
  if (withCommittee === 0) return `${all}未设立支部委员会，由支部书记负责`;
  return `设立支部委员会的支部${withCommittee}个，未设支部委员会、由支部书记负责的支部${without}个`;
}

/** Summary: "各支部共设党小组5个", "各支部均未设党小组". */
export function groupsPhrase(branches: number, groups: number): string {
  if (groups > 0) return branches > 1 ? `各支部共设党小组${groups}个` : `设党小组${groups}个`;
  return branches > 1 ? '各支部均未设党小组' : '未设党小组';
}

/**
 * Summary: "按月足额交纳的支部21个，有欠交、少交月份的党员6名"; with nobody in arrears, only that
 * ("无欠交、少交党费的党员"): the count of full branches would then be every branch with dues.
 */
export function duesPaymentPhrase(fullBranches: number, membersInArrears: number): string {
  if (membersInArrears === 0) return arrearsPhrase(0);
  return `${fullBranches > 0 ? `按月足额交纳的支部${fullBranches}个，` : ''}${arrearsPhrase(membersInArrears)}`;
}
