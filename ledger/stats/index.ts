// STUB: replaced by the stats work.
import type { Ledger } from '../model/ledger.js';
import type { Finding } from '../findings/finding.js';
import type { BranchStats } from './stats-types.js';

export function computeStats(_ledger: Ledger, _findings: Finding[], _asOf: string, _fallbackName: string): BranchStats {
  throw new Error('not implemented');
}
