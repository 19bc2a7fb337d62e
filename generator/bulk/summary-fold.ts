/**
 * The summary as files stream through: only each branch's digest (stats + masked findings) is kept,
 * in input order, plus running totals for the closing message. No ledger is ever held here.
 */
import type { BranchDigest } from '../../ledger/stats/stats-types.js';
import type { Severity } from '../../ledger/findings/finding.js';

export class SummaryFold {
  readonly digests: BranchDigest[] = [];
  findings = 0;
  readonly bySeverity: Record<Severity, number> = { 错误: 0, 警告: 0, 提示: 0 };
  members = 0;

  constructor(digests: Iterable<BranchDigest> = []) {
    for (const d of digests) this.add(d);
  }

  add(digest: BranchDigest): void {
    this.digests.push(digest);
    this.count(digest, 1);
  }

  /** A branch judged again (at the batch's cutoff): its new digest takes the old one's place. */
  replace(index: number, digest: BranchDigest): void {
    this.count(this.digests[index], -1);
    this.digests[index] = digest;
    this.count(digest, 1);
  }

  private count(digest: BranchDigest, sign: 1 | -1): void {
    this.findings += sign * digest.findings.length;
    for (const f of digest.findings) this.bySeverity[f.severity] = (this.bySeverity[f.severity] ?? 0) + sign;
    this.members += sign * digest.stats.members.total;
  }
}
