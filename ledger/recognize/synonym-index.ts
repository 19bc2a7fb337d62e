/**
 * Header synonyms of every ledger, normalised once into one map: a header cell costs
 * one or two hash look-ups, whatever the number of synonyms (performance, brief §4).
 */
import { BRANCH_SCHEMA, DUES_LONG_SCHEMA, DUES_WIDE_SCHEMA, MEETINGS_SCHEMA, MEMBERS_SCHEMA } from '../schema/index.js';
import type { FieldSpec, LedgerSchema } from '../schema/field-spec.js';
import { normalizeHeader, withoutBrackets } from './header-text.js';

export type TableKind = 'members' | 'dues' | 'meetings';

export interface SynonymHit {
  kind: TableKind | 'branch';
  field: FieldSpec;
  /** a weak synonym: used only when no strong header claims the field */
  weak: boolean;
  /** 0 for the canonical label, then the synonym's place in its list: two columns for one field, the lower wins */
  rank: number;
}

let index: Map<string, SynonymHit[]> | null = null;

function add(map: Map<string, SynonymHit[]>, text: string, hit: SynonymHit): void {
  const k = normalizeHeader(text);
  const list = map.get(k) ?? [];
  if (!list.some((h) => h.kind === hit.kind && h.field.key === hit.field.key)) list.push(hit);
  map.set(k, list);
}

function addSchema(map: Map<string, SynonymHit[]>, schema: LedgerSchema): void {
  const kind = schema.kind;
  for (const field of schema.fields) {
    [field.label, ...field.synonyms].forEach((s, rank) => add(map, s, { kind, field, weak: false, rank }));
    (field.weakSynonyms ?? []).forEach((s, rank) => add(map, s, { kind, field, weak: true, rank: 100 + rank }));
  }
}

export function synonymIndex(): Map<string, SynonymHit[]> {
  if (!index) {
    const map = new Map<string, SynonymHit[]>();
    for (const s of [MEMBERS_SCHEMA, DUES_LONG_SCHEMA, DUES_WIDE_SCHEMA, MEETINGS_SCHEMA, BRANCH_SCHEMA]) addSchema(map, s);
    index = map;
  }
  return index;
}

/** Every field a header text may name (exact form first, then without brackets). */
export function lookupHeader(text: string): SynonymHit[] {
  const n = normalizeHeader(text);
  if (n === '' || n.length > 40) return [];
  const map = synonymIndex();
  const hits = map.get(n);
  if (hits) return hits;
  if (!/[([【]/.test(n)) return [];
  const bare = withoutBrackets(n);
  return bare !== n && bare !== '' ? map.get(bare) ?? [] : [];
}
