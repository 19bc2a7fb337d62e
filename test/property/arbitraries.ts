/**
 * fast-check arbitraries for random but ledger-like Grids: headers drawn from the real schema
 * synonyms (so recognition engages), values of every kind a cell can hold, ragged rows, merges
 * (non-overlapping, slaves emptied: the Grid contract), hidden rows and columns, offset ranges.
 */
import fc from 'fast-check';
import type { Grid, GridCell, GridRange, GridSheet, RawValue } from '../../ledger/grid/grid.js';
import { dateCell } from '../../ledger/grid/grid-from-rows.js';
import {
  BRANCH_SCHEMA, DUES_LONG_SCHEMA, DUES_WIDE_SCHEMA, MEETINGS_SCHEMA, MEMBERS_SCHEMA, type LedgerSchema,
} from '../../ledger/schema/index.js';

const SCHEMAS: LedgerSchema[] = [MEMBERS_SCHEMA, DUES_LONG_SCHEMA, DUES_WIDE_SCHEMA, MEETINGS_SCHEMA, BRANCH_SCHEMA];

const headersOf = (s: LedgerSchema): string[] => s.fields.flatMap((f) => [f.label, ...f.synonyms, ...(f.weakSynonyms ?? [])]);
const ALL_HEADERS = [...new Set(SCHEMAS.flatMap(headersOf))];
const SHEET_NAMES = [...new Set(SCHEMAS.flatMap((s) => s.sheetNames ?? []))];

const toFullWidth = (s: string): string => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** GB 11643-1999 check character, so some IDs are valid and reach the rules that quote them. */
function withCheckDigit(body: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, ch, i) => s + Number(ch) * w[i], 0);
  return body + '10X98765432'[sum % 11];
}

const isoDate = fc.date({ min: new Date('1900-03-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const idNumber = fc.tuple(fc.stringMatching(/^[1-6]\d{5}$/), isoDate, fc.nat(999)).map(([region, iso, seq]) =>
  withCheckDigit(region + iso.replace(/-/g, '') + String(seq).padStart(3, '0')));

/** Texts that look like values and are not quite. */
const TRICKY = [
  'NaN', '-NaN', 'Infinity', '-Infinity', '1e999', '-0', '0x1F', '', ' ', '\u3000', '——', '/', '无', 'N/A', '#REF!', '#N/A',
  '#VALUE!', '#DIV/0!', 'TRUE', 'false', '2025-02-30', '2025年13月', '1-3月', '2025.1-2025.12', '0000-00-00', '9999-12-31',
  '１９９０年１月１日', '¥３０.５０', '30元', '叁拾元', '-30', '1,234.5', '12.345.6', '1/0', '=1+1', '+86 138', '@SUM(A1)',
  '\u0000', '\uFEFF', '\uD800', '😀😀', 'a'.repeat(300), '正式党员', '预备党员', '书记', '男', '女', '在职', '离退休',
  '支部党员大会', '支委会', '党小组会', '党课', '主题党日', '组织生活会', '民主评议党员', '合计', '小计',
];

const numberValue: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e300, -1e300, 5e-324, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 110101199001011234, 1e17, 45_000.5, 60, 61),
);

const text: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(...TRICKY),
  fc.constantFrom(...ALL_HEADERS),
  fc.integer({ min: 0, max: 99_999_999 }).map((n) => toFullWidth(String(n))),
  isoDate.map((d) => d.replace(/-/g, (_m) => '.')),
  isoDate.map((d) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月`),
  idNumber,
  idNumber.map(toFullWidth),
  idNumber.map((id) => `身份证：${id}`),
);

const raw: fc.Arbitrary<RawValue> = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 3, arbitrary: numberValue },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: fc.constant(null) },
);

/** A cell as a reader gives it: a raw value, sometimes with display text and a number format. */
export const cellArb: fc.Arbitrary<GridCell | null> = fc.oneof(
  { weight: 6, arbitrary: raw.map((v) => (v === null ? null : { v })) },
  { weight: 2, arbitrary: isoDate.chain((iso) => fc.constantFrom('yyyy-mm-dd', 'yyyy"年"m"月"d"日"', 'yyyy/m/d', 'm月d日', 'mmm-yy').map((f) => dateCell(iso, f))) },
  { weight: 1, arbitrary: fc.record({ v: raw, t: fc.option(text, { nil: undefined }), f: fc.option(fc.constantFrom('@', 'General', '0.00', 'yyyy-mm', '[$-804]yyyy"年"m"月"', ';;;'), { nil: undefined }) }, { requiredKeys: ['v'] }) },
);

/** A header row: mostly real synonyms of one ledger, shuffled, with strays. */
const headerRow = fc.tuple(fc.constantFrom(...SCHEMAS), fc.nat(6)).chain(([s, strays]) => fc.tuple(
  fc.shuffledSubarray(headersOf(s), { minLength: 1, maxLength: 14 }),
  fc.array(fc.oneof(text, fc.constantFrom(...ALL_HEADERS)), { maxLength: strays }),
).map(([h, extra]) => [...h, ...extra].map((v) => ({ v }) as GridCell)));

const rowArb = fc.array(cellArb, { maxLength: 16 });

interface RawSheet {
  name: string;
  hidden: boolean;
  top: number;
  left: number;
  rows: (GridCell | null)[][];
  mergeSeeds: [number, number, number, number][];
  hiddenRows: number[];
  hiddenCols: number[];
}

const sheetArb: fc.Arbitrary<GridSheet> = fc.record({
  name: fc.oneof(fc.constantFrom(...SHEET_NAMES), fc.string({ minLength: 1, maxLength: 31 })),
  hidden: fc.boolean(),
  top: fc.integer({ min: 1, max: 6 }),
  left: fc.integer({ min: 1, max: 4 }),
  titles: fc.array(fc.array(cellArb, { maxLength: 3 }), { maxLength: 2 }),
  header: fc.option(headerRow, { nil: null, freq: 4 }),
  body: fc.array(rowArb, { maxLength: 30 }),
  mergeSeeds: fc.array(fc.tuple(fc.nat(40), fc.nat(16), fc.nat(3), fc.nat(4)), { maxLength: 4 }),
  hiddenRows: fc.array(fc.nat(40), { maxLength: 3 }),
  hiddenCols: fc.array(fc.nat(16), { maxLength: 2 }),
}).map(({ titles, header, body, ...rest }) => toSheet({ ...rest, rows: [...titles, ...(header ? [header] : []), ...body] }));

function overlaps(a: GridRange, b: GridRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Merges that do not overlap, within the rows; the slave cells emptied, as the readers do. */
function toSheet(s: RawSheet): GridSheet {
  const rows = s.rows.map((r) => [...r]);
  const merges: GridRange[] = [];
  for (const [r, c, h, w] of s.mergeSeeds) {
    if (rows.length === 0 || h + w === 0) continue;
    const top = s.top + (r % rows.length);
    const m = { top, left: s.left + c, bottom: top + h, right: s.left + c + w };
    if (merges.some((x) => overlaps(x, m))) continue;
    merges.push(m);
    for (let y = m.top; y <= m.bottom; y++) {
      const row = rows[y - s.top];
      if (!row) continue;
      for (let x = m.left; x <= m.right; x++) if (!(y === m.top && x === m.left) && x - s.left < row.length) row[x - s.left] = null;
    }
  }
  return {
    name: s.name, hidden: s.hidden, top: s.top, left: s.left, rows, merges,
    hiddenRows: [...new Set(s.hiddenRows.map((n) => s.top + n))].sort((a, b) => a - b),
    hiddenCols: [...new Set(s.hiddenCols.map((n) => s.left + n))].sort((a, b) => a - b),
  };
}

/** 1–5 sheets with distinct names (a workbook cannot repeat one). */
export const gridArb: fc.Arbitrary<Grid> = fc.uniqueArray(sheetArb, { minLength: 1, maxLength: 5, selector: (s) => s.name.toLowerCase() })
  .map((sheets) => ({ sheets }));

export const asOfArb = isoDate.filter((d) => d >= '2000-01-01');
