import type { IsoDate, Ledger } from '../model/ledger.js';

/** The year the figures are about: the ledger's year, else the year of the as-of date. */
export function statsYear(ledger: Ledger, asOf: IsoDate): number {
  return ledger.year ?? Number(asOf.slice(0, 4));
}
