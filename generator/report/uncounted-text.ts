/**
 * What the reports say of a measure a branch's ledgers cannot be counted for (ledger/stats
 * uncountable.ts): a 三会一课 table without readable dates or types, a dues ledger without 实交, 月份 or
 * any due, or ledgers of a year after the cutoff (a branch sent next year's workbook, or the cutoff is
 * mistyped). The branch report says why instead of quoting figures ("未按期开展…按期完成率0.0%" beside its
 * own W02 read as a branch that held no meeting); the summary leaves it out and names it once.
 */
import type { DuesGap, MeetingsGap } from '../../ledger/stats/uncountable.js';
import { BRANCHES_NAMED, nameList, yuan } from './format.js';

type ColumnGap<G> = Exclude<G, 'laterYear'>;

const MEETINGS_LACK: Record<ColumnGap<MeetingsGap>, string> = { date: '会议日期', typeText: '会议类型' };

const DUES_LACK: Record<ColumnGap<DuesGap>, string> = {
  paid: '未登记实交党费数额',
  due: '未登记应交党费数额',
  month: '没有可识别的缴费月份',
};


/** Said of a ledger whose year begins after the cutoff, after the branch: nothing in it has come due. */
const LATER_YEAR = '台账统计年度晚于统计截止日期';
const RESEND = '如本次应报送统计截止日期所在年度的台账，请重新报送';

/** "报送的台账为2026年度" where the year is known, else "台账统计年度晚于统计截止日期". */
function laterLedger(year: number | null | undefined): string {
  return year == null ? LATER_YEAR : `报送的台账为${year}年度`;
}

/** A branch report's 组织生活 point where its 三会一课 cannot be counted. */
export function meetingsUncountedBody(gap: MeetingsGap, year?: number | null): string {
  if (gap === 'laterYear') return `该支部${laterLedger(year)}，统计截止日期前没有应统计的“三会一课”记录，组织生活开展情况无法统计。${RESEND}。`;
  return `该支部“三会一课”记录中没有可识别的${MEETINGS_LACK[gap]}，组织生活开展情况无法统计，请按问题清单补正后重新报送。`;
}

/**
 * A branch report's 党费收缴情况 where its dues cannot be counted, after 该支部: as a payment platform's
 * export without 应交 always read ("…台账未登记应交党费数额，收缴率无法计算"), the other gaps alike.
 */
export function duesUncountedClause(gap: DuesGap, d: { due: number; paid: number }, year?: number | null): string {
  if (gap === 'due') return `实交党费${yuan(d.paid)}元，台账${DUES_LACK.due}，收缴率无法计算`;
  if (gap === 'paid') return `应交党费${yuan(d.due)}元，台账${DUES_LACK.paid}，收缴率无法计算`;
  if (gap === 'laterYear') return `${laterLedger(year)}，截止日期前没有应交党费的月份，应交、实交党费和收缴率无法统计`;
  return `党费收缴台账中${DUES_LACK.month}，应交、实交党费和收缴率无法统计`;
}

/** After the branch's 党费收缴情况: arrears not known; a W02 (实交 or 月份 missing) is to be put right. */
export function duesUncountedArrears(gap: DuesGap): string {
  // the 组织生活 point asks for the right year's ledger: said once
  if (gap === 'laterYear') return '欠交、少交情况无法核对';
  return gap === 'due' ? '欠交、少交情况无法核对' : '欠交、少交情况无法核对，请按问题清单补正后重新报送';
}

/** After 党费收缴台账: what it lacks, as the branch report's judgement says it. */
const DUES_LACK_AFTER_LEDGER: Record<ColumnGap<DuesGap>, string> = {
  paid: DUES_LACK.paid,
  due: DUES_LACK.due,
  month: `中${DUES_LACK.month}`,
};

/**
 * The branch report's judgement where its dues or 三会一课 cannot be counted ({无法统计情况}, after 该支部):
 * "报送的台账为2026年度，晚于统计截止日期，党费收缴情况和组织生活开展情况无法统计",
 * "党费收缴台账未登记应交党费数额，党费收缴率无法统计"; null where both can be counted. Without it the
 * judgement praised "台账建立完整、记录规范，…制度落实较好" beside 表2 and 表3 reading "—".
 */
export function uncountedJudgement(dues: DuesGap | null, meetings: MeetingsGap | null, year: number | null): string | null {
  if (!dues && !meetings) return null;
  const reasons: string[] = [];
  if ((dues === 'laterYear' || meetings === 'laterYear')) reasons.push(year == null ? LATER_YEAR : `报送的台账为${year}年度，晚于统计截止日期`);
  if (dues && dues !== 'laterYear') reasons.push(`党费收缴台账${DUES_LACK_AFTER_LEDGER[dues]}`);
  if (meetings && meetings !== 'laterYear') reasons.push(`“三会一课”记录中没有可识别的${MEETINGS_LACK[meetings]}`);
  const measures = [...(dues ? [dues === 'due' ? '党费收缴率' : '党费收缴情况'] : []), ...(meetings ? ['组织生活开展情况'] : [])];
  return `${reasons.join('，')}，${measures.join('和')}无法统计`;
}

/** "甲的", "甲、乙2个支部的", "甲、乙…等301个支部的". */
function whose(names: string[]): string {
  if (names.length === 1) return `${names[0]}的`;
  const list = nameList(names, BRANCHES_NAMED);
  return names.length > BRANCHES_NAMED ? `${list}的` : `${list}${names.length}个支部的`;
}

/** "会议日期", "会议日期或会议类型": each gap once, in the order of `words`. */
function lacks<G extends string>(gaps: readonly string[], words: Record<G, string>): string {
  return (Object.keys(words) as G[]).filter((g) => gaps.includes(g)).map((g) => words[g]).join('或');
}

/** "未登记实交或应交党费数额", "没有可识别的缴费月份", …: the dues gaps in one phrase. */
function duesLacks(gaps: DuesGap[]): string {
  const amounts = (['paid', 'due'] as const).filter((g) => gaps.includes(g));
  const words = amounts.length === 2 ? ['未登记实交或应交党费数额'] : amounts.map((g) => DUES_LACK[g]);
  return [...words, ...(gaps.includes('month') ? [DUES_LACK.month] : [])].join('或');
}

/** Where the summary's figures leave out some branches; where they leave out every one, nothing is counted. */
const leftOut = (all: boolean) => (all ? '。' : '，未计入上述统计。');

/**
 * Summary, after the 组织生活 point: the branches left out of its figures, and why ('' where none);
 * `all`: every branch, the sentence stands for the point. `laterNamed`: the branches of a later year's
 * ledger the 党费 point has just named: the same two or more are referred to, not listed again (six names
 * twice in two paragraphs read as padding).
 */
export function meetingsUncountedNote(list: { branch: string; gap: MeetingsGap }[], all = false, laterNamed: string[] = []): string {
  const [later, lacking] = byLaterYear(list);
  const names = later.map((x) => x.branch);
  const again = names.length >= 2 && names.length === laterNamed.length && names.every((n) => laterNamed.includes(n));
  return (lacking.length ? `${whose(lacking.map((x) => x.branch))}“三会一课”记录中没有可识别的${lacks(lacking.map((x) => x.gap), MEETINGS_LACK)}，组织生活开展情况无法统计${leftOut(all)}` : '')
    + (!later.length ? '' : again ? `前述${LATER_YEAR}的${names.length}个支部，组织生活开展情况也无法统计${leftOut(all)}`
      : `${whose(names)}${LATER_YEAR}，组织生活开展情况无法统计${leftOut(all)}`);
}

/** The branches whose ledgers are of a year after the cutoff, and the others. */
function byLaterYear<G extends string>(list: { branch: string; gap: G }[]): [{ branch: string; gap: G }[], { branch: string; gap: G }[]] {
  return [list.filter((x) => x.gap === 'laterYear'), list.filter((x) => x.gap !== 'laterYear')];
}

/** Summary, after the 党费 point: the branches left out of its figures, and why; '' where none (`all` as above). */
export function duesUncountedNote(list: { branch: string; gap: DuesGap }[], all = false): string {
  const [later, lacking] = byLaterYear(list);
  return (lacking.length ? `${whose(lacking.map((x) => x.branch))}党费收缴台账${duesLacks(lacking.map((x) => x.gap))}，收缴率和欠交、少交情况无法统计${leftOut(all)}` : '')
    + (later.length ? `${whose(later.map((x) => x.branch))}${LATER_YEAR}，收缴率和欠交、少交情况无法统计${leftOut(all)}` : '');
}
