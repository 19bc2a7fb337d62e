/**
 * Header synonyms of every ledger, normalised once into one map: a header cell costs
 * one or two hash look-ups, whatever the number of synonyms (performance, brief §4).
 */
import { BRANCH_SCHEMA, DUES_LONG_SCHEMA, DUES_WIDE_SCHEMA, MEETINGS_SCHEMA, MEMBERS_SCHEMA } from '../schema/index.js';
import type { FieldSpec, LedgerSchema } from '../schema/field-spec.js';
import { toHalfWidth } from '../values/half-width.js';
import { isWhiteSpace } from '../values/white-space.js';
import { normalizeHeader, withoutBrackets } from './header-text.js';

const NONE = Object.freeze([]) as unknown as SynonymHit[];

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

/** One bit per UTF-16 unit: does some synonym begin with it? */
let firstUnits: Uint8Array | null = null;

function begins(c: number): boolean {
  return (firstUnits![c >> 3] & (1 << (c & 7))) !== 0;
}

/**
 * Could the normalised text begin as some synonym does? Only its first kept character is
 * looked at (whitespace and leading * # go, as normalizeHeader drops them): a data cell
 * (a name, a date, a topic) is turned away without normalising or hashing it.
 */
export function mayNameField(text: string): boolean {
  if (!firstUnits) {
    firstUnits = new Uint8Array(8192);
    for (const k of synonymIndex().keys()) {
      const c = k.charCodeAt(0);
      firstUnits[c >> 3] |= 1 << (c & 7);
    }
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2a || c === 0x23 || c === 0xff0a || c === 0xff03 || isWhiteSpace(c)) continue;
    // a bracketed remark may come first and go ("（必填）姓名"): let the full look-up decide
    if (c === 0x28 || c === 0x5b || c === 0x3010 || c === 0xff08 || c === 0xff3b) return true;
    // as written (text that needs no normalising), or half-width and upper-cased
    if (begins(c)) return true;
    const h = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
    if (h < 0x80) return begins(h >= 0x61 && h <= 0x7a ? h - 0x20 : h);
    // CJK and Hangul have no case: no string to make for a Chinese name or topic
    if ((h >= 0x2e80 && h <= 0xa4cf) || (h >= 0xac00 && h <= 0xd7a3)) return begins(h);
    return begins(toHalfWidth(text[i]).toUpperCase().charCodeAt(0));
  }
  return true;
}

/** Every field a header text may name (exact form first, then without brackets). */
export function lookupHeader(text: string): SynonymHit[] {
  if (!mayNameField(text)) return NONE;
  const n = normalizeHeader(text);
  if (n === '' || n.length > 40) return [];
  const map = synonymIndex();
  const hits = map.get(n);
  if (hits) return hits;
  if (!/[([【]/.test(n)) return [];
  const bare = withoutBrackets(n);
  return bare !== n && bare !== '' ? map.get(bare) ?? [] : [];
}
