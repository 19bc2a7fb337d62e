/**
 * Walks every workbook in test/fixtures (written by scripts/make-fixtures.ts): reads it from
 * disk with the real reader, runs the engine at the as-of date the fixture names, and
 * compares the findings with those the fixture expects — exactly: a missing or an extra
 * finding fails. `error.<CODE>.<what>.xlsx` files must fail to read with that code.
 * Adding a case is adding a file.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../generator/read/read-workbook.js';
import { checkGrid } from '../ledger/check.js';
import type { Finding } from '../ledger/findings/finding.js';
import type { Grid, GridCell } from '../ledger/grid/grid.js';
import { DEFAULT_SETTINGS, type Settings } from '../ledger/settings.js';
import { parseTokens, type ExpectEntry } from '../scripts/fixtures/fixture-kit.js';

const DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith('.xlsx')).sort();

const text = (c: GridCell | null | undefined) => (c?.v == null ? '' : String(c.v).trim());

interface Expectations {
  asOf: string;
  settings: Partial<Settings>;
  entries: ExpectEntry[];
}

/** `quorumHalf=strict; termYears=5` → settings (numbers and booleans typed). */
function parseSettings(text: string): Partial<Settings> {
  const out: Record<string, unknown> = {};
  for (const pair of text.split(/[;；]/).map((p) => p.trim()).filter(Boolean)) {
    const [k, v] = pair.split('=').map((x) => x.trim());
    if (!(k in DEFAULT_SETTINGS)) throw new Error(`unknown setting in fixture: ${k}`);
    out[k] = v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v;
  }
  return out as Partial<Settings>;
}

/** The `expect` sheet (as-of date, row-less findings) and every sheet's `expect` column. */
export function readExpectations(grid: Grid): Expectations {
  const sheet = grid.sheets.find((s) => s.name === 'expect');
  if (!sheet) throw new Error('fixture without an expect sheet');
  let asOf = '';
  let settings: Partial<Settings> = {};
  const entries: ExpectEntry[] = [];
  let inTable = false;
  for (const row of sheet.rows) {
    const cells = row.map(text);
    if (cells[0] === 'asOf') asOf = cells[1];
    else if (cells[0] === 'settings') settings = parseSettings(cells[1]);
    else if (cells[0] === 'rule') inTable = true;
    else if (inTable && cells[0]) {
      const [rule, sheetName, rowNo, period, member, severity] = cells;
      entries.push({
        rule, sheet: sheetName || undefined, row: rowNo ? Number(rowNo) : undefined,
        period: period || undefined, member: member || undefined, severity: severity || undefined,
      });
    }
  }
  for (const s of grid.sheets) {
    if (s.name === 'expect') continue;
    let col = -1;
    s.rows.forEach((row, r) => {
      if (col < 0) {
        col = row.findIndex((c) => text(c) === 'expect');
        return;
      }
      const tokens = text(row[col]);
      if (tokens) for (const e of parseTokens(tokens)) entries.push({ ...e, sheet: s.name, row: s.top + r });
    });
  }
  if (!/^\d{4}-\d\d-\d\d$/.test(asOf)) throw new Error('fixture without asOf in its expect sheet');
  return { asOf, settings, entries };
}

const given = (e: ExpectEntry) => (['sheet', 'row', 'period', 'member', 'severity'] as const).filter((k) => e[k] != null).length;

function matches(e: ExpectEntry, f: Finding): boolean {
  return e.rule === f.rule &&
    (e.sheet == null || e.sheet === f.sheet) &&
    (e.row == null || e.row === f.row) &&
    (e.period == null || e.period === f.period) &&
    (e.member == null || e.member === f.member) &&
    (e.severity == null || e.severity === f.severity);
}

const showFinding = (f: Finding) =>
  `${f.rule}(${f.severity}) ${f.sheet ?? '-'}${f.row != null ? `:${f.row}` : ''}${f.period ? ` ${f.period}` : ''}${f.member ? ` ${f.member}` : ''} — ${f.message}`;
const showExpect = (e: ExpectEntry) =>
  `${e.rule}${e.severity ? `(${e.severity})` : ''} ${e.sheet ?? '*'}${e.row != null ? `:${e.row}` : ''}${e.period ? ` ${e.period}` : ''}${e.member ? ` ${e.member}` : ''}`;

/** Pairs findings with expectations, the most specific expectations first. */
export function compare(expected: ExpectEntry[], found: Finding[]): { missing: string[]; extra: string[] } {
  const open = [...expected].sort((a, b) => given(b) - given(a));
  const extra: string[] = [];
  for (const f of found) {
    const i = open.findIndex((e) => matches(e, f));
    if (i >= 0) open.splice(i, 1);
    else extra.push(showFinding(f));
  }
  return { missing: open.map(showExpect), extra };
}

describe('fixtures', () => {
  it('has a fixture for every rule ID', () => {
    const ids = ['W01', 'W02', 'W03', 'M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09',
      'B01', 'B02', 'B03', 'B04', 'B05', 'D01', 'D02', 'D03', 'D04',
      'C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'C07', 'C08', 'C09', 'C10', 'C11', 'C12'];
    const names = files.map((f) => f.slice(0, 3).toUpperCase());
    expect(ids.filter((id) => !names.includes(id))).toEqual([]);
  });

  for (const file of files.filter((f) => f.startsWith('error.'))) {
    const code = file.split('.')[1];
    it(`${file} fails to read with ${code}`, async () => {
      await expect(readWorkbookFile(join(DIR, file))).rejects.toMatchObject({ name: 'ReadError', code });
    });
  }

  for (const file of files.filter((f) => !f.startsWith('error.'))) {
    it(file, async () => {
      const grid = await readWorkbookFile(join(DIR, file));
      const { asOf, settings, entries } = readExpectations(grid);
      const { findings } = checkGrid(grid, { asOf, settings, fallbackName: basename(file, '.xlsx') });
      expect(compare(entries, findings)).toEqual({ missing: [], extra: [] });
    });
  }
});
