/**
 * What a branch must correct: its 错误 and 警告. A 提示 only asks to check (an ID masked as the level
 * above asked, a local rule), so a branch with 提示 alone is no branch "存在问题" and is not told to
 * 整改. The branch report's judgement and the summary's count of branches with problems both read it here.
 */
import type { Finding, Severity } from './finding.js';

/** Findings to correct, from counts by severity. */
export function toCorrect(bySeverity: Partial<Record<Severity, number>>): number {
  return MUST_CORRECT.reduce((n, s) => n + (bySeverity[s] ?? 0), 0);
}

const MUST_CORRECT: readonly Severity[] = ['错误', '警告'];

/** Whether a finding of this severity must be corrected. */
export function mustCorrect(severity: Severity): boolean {
  return MUST_CORRECT.includes(severity);
}

/** Whether any of a branch's findings must be corrected. */
export function hasToCorrect(findings: readonly Finding[]): boolean {
  return findings.some((f) => mustCorrect(f.severity));
}
