/** Builds a Finding from a rule and a location, so every rule shapes findings alike. */
import type { CellRef } from '../../model/ledger.js';
import type { Finding, RuleId, Severity } from '../../findings/finding.js';
import { maskIdsInText } from '../../values/mask.js';

export interface FindingPlace {
  sheet: string | null;
  cell: string | null;
  row: number | null;
  period?: string | null;
  member?: string | null;
}

export function makeFinding(rule: RuleId, severity: Severity, place: FindingPlace, message: string): Finding {
  return {
    rule,
    severity,
    sheet: place.sheet,
    cell: place.cell,
    row: place.row,
    period: place.period ?? null,
    member: place.member ?? null,
    // last line of defence: no full ID number ever leaves a rule
    message: maskIdsInText(message),
  };
}

/** The place of one cell; falls back to the record's row when the column is absent. */
export function placeOf(ref: CellRef | null, fallback: { sheet: string; row: number }, member?: string | null): FindingPlace {
  if (ref) return { sheet: ref.sheet, cell: ref.address, row: ref.row, member: member ?? null };
  return { sheet: fallback.sheet, cell: null, row: fallback.row, member: member ?? null };
}

/** "党员名册 E7：" or "党员名册第7行：" — the prefix every message starts with. */
export function where(place: FindingPlace): string {
  if (!place.sheet) return '';
  if (place.cell) return `${place.sheet} ${place.cell}：`;
  if (place.row != null) return `${place.sheet}第${place.row}行：`;
  return `${place.sheet}：`;
}
