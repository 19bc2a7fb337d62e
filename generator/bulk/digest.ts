/**
 * What the bulk run keeps of a branch once its workbook is done (BranchDigest): the stats and the
 * findings with every ID number masked. The ledger itself is dropped here, so memory stays bounded.
 */
import type { Finding } from '../../ledger/findings/finding.js';
import type { BranchStats, BranchDigest } from '../../ledger/stats/stats-types.js';
import { maskIdsInText } from '../../ledger/values/mask.js';

export function toDigest(file: string, stats: BranchStats, findings: Finding[]): BranchDigest {
  return { file, stats, findings: findings.map(maskFinding) };
}

export function maskFinding(f: Finding): Finding {
  return {
    ...f,
    message: maskIdsInText(f.message),
    member: f.member == null ? null : maskIdsInText(f.member),
    sheet: f.sheet == null ? null : maskIdsInText(f.sheet),
  };
}
