/**
 * Property: whatever a Grid holds, checkGrid answers with findings, never an exception, and every
 * finding is well-formed (JSON contract of ARCHITECTURE.md): a known rule with its severity, a
 * Chinese message without a full ID number, a sheet of the workbook, a cell on the finding's row.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGrid } from '../../ledger/check.js';
import { parseA1 } from '../../ledger/grid/address.js';
import type { Finding } from '../../ledger/findings/finding.js';
import type { Grid } from '../../ledger/grid/grid.js';
import { maskIdsInText } from '../../ledger/values/mask.js';
import { asOfArb, gridArb } from './arbitraries.js';

const RULES = new Set([
  'W01', 'W02', 'W03', 'M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09', 'B01', 'B02', 'B03', 'B04', 'B05',
  'D01', 'D02', 'D03', 'D04', 'C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'C07', 'C08', 'C09', 'C10', 'C11', 'C12',
]);
/** A full 18-character ID: 17 digits and a check character, not part of a longer run. */
const FULL_ID = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/;
const FULL_ID_FULLWIDTH = /[０-９]{17}[０-９Ｘｘ]/;

/** Why a finding breaks the contract, or null. */
function problem(f: Finding, grid: Grid): string | null {
  if (!RULES.has(f.rule)) return `unknown rule ${f.rule}`;
  if (!['错误', '警告', '提示'].includes(f.severity)) return `severity ${f.severity}`;
  if (typeof f.message !== 'string' || !/[\u4e00-\u9fff]/.test(f.message)) return 'message not Chinese';
  if (FULL_ID.test(f.message) || FULL_ID_FULLWIDTH.test(f.message)) return 'full ID number in the message';
  if (f.sheet !== null && !grid.sheets.some((s) => s.name === f.sheet)) return `sheet ${f.sheet} not in the workbook`;
  if (f.row !== null && !(Number.isInteger(f.row) && f.row >= 1)) return `row ${f.row}`;
  if (f.cell !== null) {
    const a = parseA1(f.cell);
    if (!a) return `cell ${f.cell} is not an A1 address`;
    if (f.row !== null && a.row !== f.row) return `cell ${f.cell} is not on row ${f.row}`;
    if (f.sheet === null) return `cell ${f.cell} without a sheet`;
  }
  if (f.period !== null && !/^\d{4}(-Q[1-4]|-H[12]|-\d{2})?$/.test(f.period)) return `period ${f.period}`;
  if (f.member !== null && typeof f.member !== 'string') return 'member';
  return null;
}

/** Every number in the stats is finite (a NaN would print as null in JSON and corrupt reports). */
function nonFinite(x: unknown, path = 'stats'): string | null {
  if (typeof x === 'number') return Number.isFinite(x) ? null : path;
  if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      const p = nonFinite(v, `${path}.${k}`);
      if (p) return p;
    }
  }
  return null;
}

describe('checkGrid on random grids', () => {
  it('never throws; every finding is well-formed; stats are finite numbers', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(gridArb, asOfArb, (grid, asOf) => {
        const r = checkGrid(grid, { asOf, today: '2026-01-15', fallbackName: '随机支部' });
        for (const f of r.findings) {
          seen.add(f.rule);
          const why = problem(f, grid);
          if (why) throw new Error(`${why}: ${JSON.stringify(f)}`);
        }
        const bad = nonFinite(r.stats);
        if (bad) throw new Error(`non-finite ${bad}`);
        JSON.stringify(r.findings);
      }),
      { numRuns: 200, seed: 1904 },
    );
    // the grids reach recognition and the rules (not only "no ledger found")
    expect(seen.size).toBeGreaterThan(5);
  });

  it('never throws under any settings value the CLI accepts', () => {
    fc.assert(
      fc.property(gridArb, fc.record({
        lectureFrequency: fc.constantFrom('quarter', 'month'),
        quorumHalf: fc.constantFrom('strict', 'inclusive'),
        rounding: fc.constantFrom('yuan', 'fen', 'jiao'),
      }, { requiredKeys: [] }), (grid, settings) => {
        const r = checkGrid(grid, { asOf: '2025-12-31', settings: settings as never });
        for (const f of r.findings) {
          const why = problem(f, grid);
          if (why) throw new Error(`${why}: ${JSON.stringify(f)}`);
        }
      }),
      { numRuns: 60, seed: 42 },
    );
  });
});

describe('maskIdsInText (the last line of defence the properties above rely on)', () => {
  it('masks an ID in full-width digits, as in ASCII digits, and leaves longer digit runs alone', () => {
    expect(maskIdsInText('“１１０１０１１９９００１０１１２３Ｘ”')).toBe('“１１０１０１********１２３Ｘ”');
    expect(maskIdsInText('身份证110101199001011234。')).toBe('身份证110101********1234。');
    expect(maskIdsInText('1101011990010112345678')).toBe('1101011990010112345678');
  });
});
