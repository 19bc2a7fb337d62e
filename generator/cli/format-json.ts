/**
 * The `--json` document of `dangjian check`, exactly as ARCHITECTURE.md specifies,
 * written one file at a time so thousands of files need no more memory than one.
 */
import { toContractStats } from '../../ledger/stats/stats-types.js';
import { maskIdsInText } from '../../ledger/values/mask.js';
import type { FileResult } from '../pipeline/check-file.js';

export function fileEntry(r: FileResult): unknown {
  if (r.error || !r.result) {
    return {
      file: r.file,
      branch: r.branch,
      error: { code: r.error?.code ?? 'INTERNAL', message: maskIdsInText(r.error?.message ?? '') },
      findings: [],
      stats: null,
    };
  }
  return {
    file: r.file,
    branch: r.branch,
    error: null,
    findings: r.result.findings.map((f) => ({
      rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, row: f.row,
      period: f.period, member: f.member, message: maskIdsInText(f.message),
    })),
    stats: toContractStats(r.result.stats),
  };
}

export const JSON_HEAD = '{"files":[';
export const JSON_TAIL = ']}\n';
