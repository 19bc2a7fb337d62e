import type { Finding } from './finding.js';

const AREA_ORDER: Record<string, number> = { W: 0, B: 1, M: 2, D: 3, C: 4 };

/** Stable order: by sheet, then row, then column, then rule; whole-workbook findings first. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => {
      const ka = AREA_ORDER[a.f.rule[0]] ?? 9;
      const kb = AREA_ORDER[b.f.rule[0]] ?? 9;
      if (ka !== kb) return ka - kb;
      const ra = a.f.row ?? 0;
      const rb = b.f.row ?? 0;
      if (ra !== rb) return ra - rb;
      if (a.f.rule !== b.f.rule) return a.f.rule < b.f.rule ? -1 : 1;
      return a.i - b.i;
    })
    .map((x) => x.f);
}
