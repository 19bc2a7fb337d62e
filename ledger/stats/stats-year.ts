import type { IsoDate, Ledger } from '../model/ledger.js';
import { ruleYear, yearAfterCutoff } from '../rules/support/dates.js';

/**
 * The year the figures are about: the year the rules judge (the ledger's, else the as-of date's);
 * for a ledger of a year after the as-of date, the as-of date's: its figures go up to that date only
 * ("2025年发展新党员…" of a 2026 roster in a run at 2025-12-31, not "2026年未发展新党员").
 */
export function statsYear(ledger: Ledger, asOf: IsoDate): number {
  return yearAfterCutoff(ledger, asOf) ? Number(asOf.slice(0, 4)) : ruleYear(ledger, asOf);
}
