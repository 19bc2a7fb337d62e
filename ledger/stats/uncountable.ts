/**
 * Measures a branch's ledgers cannot be counted for (BranchStats.uncountable): a 三会一课 table
 * without a usable 日期 or 会议类型 column (W02, recognize/undated-meetings.ts for dates none of which
 * could be read), a dues ledger without 月份 or 实交 (W02), or one recording payments but no dues
 * (a payment platform's export); and both measures of a ledger whose year begins after the as-of date
 * (a 2026 workbook in a run at 2025-12-31: nothing in it has come due, C12 says so). Its figures stay in the stats as the JSON contract has them; the
 * reports say the measure could not be counted and leave the branch out of its totals and rates,
 * else an undated 三会一课 read "未按期开展…按期完成率0.0%" beside its own W02.
 */
import type { IsoDate, Ledger } from '../model/ledger.js';
import { yearAfterCutoff } from '../rules/support/dates.js';
import { lacksColumn } from '../rules/support/missing-columns.js';
import type { BranchStats } from './stats-types.js';

export type Uncountable = NonNullable<BranchStats['uncountable']>;
export type MeetingsGap = NonNullable<Uncountable['meetings']>;
/** 'due': payments with no due recorded, read from the figures (duesGap) */
export type DuesGap = NonNullable<Uncountable['dues']> | 'due';

/** What the ledgers lack for counting at `asOf`, from the W02 columns and the year; undefined where nothing. */
export function uncountableOf(ledger: Ledger, asOf: IsoDate): Uncountable | undefined {
  const out: Uncountable = {};
  const later = yearAfterCutoff(ledger, asOf);
  const m = ledger.meetings;
  if (m && lacksColumn(m, 'date')) out.meetings = 'date';
  else if (m && lacksColumn(m, 'typeText')) out.meetings = 'typeText';
  else if (m && later) out.meetings = 'laterYear';
  const d = ledger.dues;
  if (d && lacksColumn(d, 'month')) out.dues = 'month';
  else if (d && lacksColumn(d, 'paid')) out.dues = 'paid';
  else if (d && later) out.dues = 'laterYear';
  return out.meetings || out.dues ? out : undefined;
}

/** Why the branch's 三会一课 cannot be counted, null where it can (or no such ledger was sent). */
export function meetingsGap(s: BranchStats): MeetingsGap | null {
  return s.uncountable?.meetings ?? null;
}

/**
 * Why the branch's 收缴率 and arrears cannot be counted, null where they can. Payments with no due
 * recorded (and none pending) read so from the figures alone, as the reports always said
 * (收缴率无法计算), also of stats made elsewhere.
 */
export function duesGap(s: BranchStats): DuesGap | null {
  if (s.uncountable?.dues) return s.uncountable.dues;
  const d = s.dues;
  return d.due < 0.005 && d.paid >= 0.005 && !((d.pending ?? 0) >= 0.005) ? 'due' : null;
}
