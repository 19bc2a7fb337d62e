/**
 * The 统计截止日期 a summary over many branches speaks of. Without --as-of each workbook is judged at
 * the end of its own 统计年度 (or today, if earlier), and one that names no year at today (DOMAIN.md §3):
 * a single undated roster must not move the whole summary to today. So the summary takes the date most
 * branches whose ledgers name their year share (a tie: the later), and only when no ledger names its
 * year, the date most branches share.
 */
import type { BranchStats } from '../../ledger/stats/stats-types.js';
import { countOnce } from './intake.js';

type Judged = Pick<BranchStats, 'asOf' | 'year'>;

export function batchCutoff(stats: Judged[]): string | null {
  const dated = stats.filter((s) => s.year != null);
  return mostCommon((dated.length ? dated : stats).map((s) => s.asOf));
}

/** A workbook as judged once: its file, and its branch, 统计年度 and 统计截止日期. */
export interface JudgedFile {
  file: string;
  stats: Pick<BranchStats, 'branch' | 'year' | 'asOf'>;
}

/**
 * The cutoff a workbook naming no year is judged at among others (report and check alike, so both
 * judge a file the same way): the summary's own (batchCutoff over the branches it counts, a branch
 * sent twice once); with no dated ledger at all, null: it stays judged at today.
 */
export function undatedCutoff(judged: JudgedFile[]): string | null {
  const counted = countOnce(judged).map((d) => d.stats);
  return counted.some((s) => s.year != null) ? batchCutoff(counted) : null;
}

/**
 * The 统计年度 most dated branches share; else the year of the cutoff. A ledger of a year after the
 * cutoff's (next year's workbook sent, stats uncountable.ts) has nothing up to the cutoff: it has no say.
 */
export function batchYear(stats: Judged[], cutoff: string): number {
  const cutoffYear = Number(cutoff.slice(0, 4));
  const year = mostCommon(stats.filter((s) => s.year != null && s.year <= cutoffYear).map((s) => String(s.year)));
  return Number(year ?? cutoffYear);
}

/**
 * A ledger of an earlier year than the cutoff's (last year's workbook judged at this year's cutoff):
 * its figures are that year's, and the reports say so, the summary of its branches and a branch's own.
 */
export function yearBeforeCutoff(year: number | null, cutoff: string): year is number {
  return year != null && year < Number(cutoff.slice(0, 4));
}

/** The most frequent value; a tie goes to the greatest (the later date). */
function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of counts) {
    if (c > n || (c === n && best != null && v > best)) {
      best = v;
      n = c;
    }
  }
  return best;
}
