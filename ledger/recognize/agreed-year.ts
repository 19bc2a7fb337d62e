/**
 * The year a workbook's other evidence agrees on (the 支部信息's 统计年度, the titles of its roster
 * and dues ledger), with where it is written: a ledger whose own title names another year is then
 * judged against it (a title kept from last year's file). Null where none names a year or they disagree.
 */

export interface YearEvidence {
  year: number | null;
  /** where it is written, for the message ("工作表“支部信息”的统计年度") */
  where: string;
}

export interface AgreedYear {
  year: number;
  from: string[];
}

export function agreedYear(evidence: YearEvidence[]): AgreedYear | null {
  const named = evidence.filter((e): e is YearEvidence & { year: number } => e.year != null);
  if (named.length === 0 || named.some((e) => e.year !== named[0].year)) return null;
  return { year: named[0].year, from: named.map((e) => e.where) };
}
