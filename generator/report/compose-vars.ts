/**
 * The placeholder values: figures from the stats, names from the digests, formatted for prose.
 * Nothing here is invented: every value is a count, sum or share of the input.
 */
import { AGE_BANDS, EDUCATION_GROUPS, MEETING_TYPES, MEETING_TYPE_LABELS } from '../../ledger/stats/stats-types.js';
import type { Totals } from './aggregate.js';
import { cnDate, percent, shareTenths, tenthsText, yuan } from './format.js';
import { arrearsOf, collectionRate, collegeMix, duesClause, duesMonthsNote, findingsMix, membersMix, newMembersPhrase, rateNotes, retiredPhrase, sexMix } from './phrases.js';
import type { VarValues } from './template-vars.js';

export interface DocContext {
  scope: string;
  basis: string;
  unit: string;
  period: string;
  asOf: string;
  year: number;
}

export function commonVars(t: Totals, ctx: DocContext): VarValues {
  const m = t.members;
  const young = m.byAge['35岁及以下'];
  const college = m.byEducation['研究生'] + m.byEducation['大学本科'] + m.byEducation['大专'];
  // the shares of one whole, rounded together so that each structure reads 100.0% in all; the
  // 35岁及以下 share is the one 年龄结构 shows (大专及以上 is no group of 学历结构: its own share, 3 of 6 is 50.0%)
  const ages = shareTenths(AGE_BANDS.map((b) => m.byAge[b]), m.total);
  const educations = shareTenths(EDUCATION_GROUPS.map((g) => m.byEducation[g]), m.total);
  const required = MEETING_TYPES.reduce((a, k) => a + t.required[k], 0);
  const met = MEETING_TYPES.reduce((a, k) => a + t.periodsMet[k], 0);
  return {
    范围: ctx.scope,
    调研依据: ctx.basis,
    发文单位: ctx.unit,
    调研时间: ctx.period,
    统计截止日期: cnDate(ctx.asOf),
    年度: String(ctx.year),
    支部数: String(t.branches),
    党员总数: String(m.total),
    正式党员数: String(m.full),
    预备党员数: String(m.probationary),
    男党员数: String(m.male),
    女党员数: String(m.female),
    女党员占比: percent(m.female, m.total),
    年龄结构: structure(AGE_BANDS.map((b) => [b === '不详' ? '年龄不详' : b, m.byAge[b]]), ages),
    学历结构: structure(EDUCATION_GROUPS.map((g) => [g === '不详' ? '学历不详' : g, m.byEducation[g]]), educations),
    '35岁及以下人数': String(young),
    '35岁及以下占比': ages ? tenthsText(ages[AGE_BANDS.indexOf('35岁及以下')]) : '—',
    大专及以上人数: String(college),
    大专及以上占比: percent(college, m.total),
    新发展党员数: String(m.newMembers),
    离退休党员数: String(m.retired),
    党小组数: String(m.groups),
    应交党费: yuan(t.dues.due),
    实交党费: yuan(t.dues.paid),
    党费收缴率: collectionRate(t.dues),
    党费收缴情况: duesClause(t.dues),
    党费统计月份: duesMonthsNote(ctx.year, ctx.asOf),
    欠缴党员数: String(t.dues.membersInArrears),
    三会一课情况: meetingsPhrase(t),
    三会一课完成率: percent(met, required),
    // the same figures as phrases that read naturally at zero (phrases.ts)
    党员构成: membersMix(m),
    性别结构: sexMix(m),
    大专及以上情况: collegeMix(m),
    新发展党员情况: newMembersPhrase(m.newMembers, ctx.year),
    离退休党员情况: retiredPhrase(m.retired),
    欠缴情况: arrearsOf(t.dues),
    收缴率说明: rateNotes(t.dues),
    问题构成: findingsMix(t.findings.bySeverity),
    问题总数: String(t.findings.total),
    错误数: String(t.findings.bySeverity['错误']),
    警告数: String(t.findings.bySeverity['警告']),
    提示数: String(t.findings.bySeverity['提示']),
  };
}

/**
 * "35岁及以下12名（占20.0%）、36至45岁…": the non-empty groups with their shares (format.ts shareTenths,
 * rounded together so that they add up to 100.0%, not 99.9% or 100.1%).
 */
function structure(groups: [string, number][], shares: number[] | null): string {
  const parts = groups
    .map(([label, n], i) => [label, n, shares ? tenthsText(shares[i]) : '—'] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n, share]) => `${label}${n}名（占${share}）`);
  return parts.length ? parts.join('、') : '名册中未登记';
}

/** "支部党员大会应开4期、按期召开3期；支委会应开12期、按期召开12期…" over the types with required periods. */
function meetingsPhrase(t: Totals): string {
  const parts = MEETING_TYPES.filter((k) => t.required[k] > 0).map(
    (k) => `${MEETING_TYPE_LABELS[k]}应开${t.required[k]}期、按期开展${t.periodsMet[k]}期`,
  );
  return parts.length ? parts.join('；') : '截至统计截止日期尚无应开的会议期数';
}
