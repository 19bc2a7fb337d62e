/** Test support: run one rule over a built ledger. */
import type { Finding } from '../../findings/finding.js';
import type { Rule } from '../../findings/rule.js';
import type { Ledger } from '../../model/ledger.js';
import { resolveSettings, type Settings } from '../../settings.js';

export function run(rule: Rule, ledger: Ledger, asOf = '2025-12-31', settings: Partial<Settings> = {}): Finding[] {
  const findings = rule.check({ ledger, asOf, settings: resolveSettings(settings) });
  for (const f of findings) {
    if (f.rule !== rule.id) throw new Error(`rule ${rule.id} produced ${f.rule}`);
    if (/\d{17}[\dX]/.test(f.message)) throw new Error(`unmasked ID in ${f.message}`);
  }
  return findings;
}

/** The (cell, row, period) triple of each finding, for compact assertions. */
export function at(findings: Finding[]): string[] {
  return findings.map((f) => `${f.sheet ?? '-'}!${f.cell ?? '-'}@${f.row ?? '-'}${f.period ? `#${f.period}` : ''}`);
}
