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

  add(digest: BranchDigest): void {
    this.digests.push(digest);
    this.findings += digest.findings.length;
    for (const f of digest.findings) this.bySeverity[f.severity] = (this.bySeverity[f.severity] ?? 0) + 1;
    this.members += digest.stats.members.total;
  }
}
