/**
 * The corpus generator: valid synthetic IDs, determinism, truth that points at real cells,
 * every rule planted, and a clean base the engine finds nothing in.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { checkChar, breakCheckChar, makeId } from './id-number.js';
import { makeRng } from './prng.js';
import { makeBranchFile } from './make-branch-file.js';
import { makeCorpus } from './make-corpus.js';
import type { Truth } from './contract.js';
import { readWorkbookStream } from '../../generator/read/stream-xlsx.js';
import { cellAt, type Grid } from '../../ledger/grid/grid.js';
import { parseA1 } from '../../ledger/grid/address.js';
import { checkGrid } from '../../ledger/check.js';
import { toContractStats } from '../../ledger/stats/stats-types.js';
import { tempDir } from '../../generator/read/test-support/workbook-files.js';
import { matches } from '../eval-corpus.js';

describe('synthetic ID numbers (GB 11643-1999)', () => {
  it('compute the check character of the standard example', () => {
    expect(checkChar('11010519491231002')).toBe('X');
  });
  it('are valid, unique, carry the birth date and sex', () => {
    const rng = makeRng(3);
    const used = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const id = makeId(rng, '1985-03-07', i % 2 === 0, used);
      expect(id.slice(6, 14)).toBe('19850307');
      expect(Number(id[16]) % 2).toBe(i % 2 === 0 ? 1 : 0);
      expect(checkChar(id.slice(0, 17))).toBe(id[17]);
    }
    expect(used.size).toBe(500);
  });
  it('breakCheckChar always breaks it', () => {
    const id = '11010519491231002X';
    expect(checkChar(breakCheckChar(id).slice(0, 17))).not.toBe(breakCheckChar(id)[17]);
  });
});

describe('branch files', () => {
  it('are deterministic in (seed, index)', async () => {
    const a = makeBranchFile({ seed: 5, index: 3, violations: true });
    const b = makeBranchFile({ seed: 5, index: 3, violations: true });
    expect(JSON.stringify(b.truth)).toBe(JSON.stringify(a.truth));
    const ga = readWorkbookStream(new Uint8Array(await a.wb.xlsx.writeBuffer()), 'a');
    const gb = readWorkbookStream(new Uint8Array(await b.wb.xlsx.writeBuffer()), 'b');
    expect(gb).toEqual(ga);
    expect(makeBranchFile({ seed: 6, index: 3, violations: true }).truth).not.toEqual(a.truth);
  });
});

describe('a corpus with violations', () => {
  let dir: string;
  let truth: Truth;
  beforeAll(async () => {
    dir = await tempDir('corpus-test-');
    truth = await makeCorpus({ out: dir, n: 40, seed: 1, violations: true, hostile: false });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('plants every rule W02–C12 at least once, about three per file', () => {
    const rules = new Set(truth.files.flatMap((f) => f.expectedFindings.map((e) => e.rule)));
    const all = ['W02', 'W03', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `M0${i}`), 'B01', 'B02', 'B03', 'B04', 'B05',
      'D01', 'D02', 'D03', 'D04', ...Array.from({ length: 12 }, (_, i) => `C${String(i + 1).padStart(2, '0')}`)];
    expect([...all].filter((r) => !rules.has(r as never))).toEqual([]);
    const perFile = truth.files.map((f) => f.expectedFindings.length);
    expect(Math.min(...perFile)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...perFile)).toBeLessThanOrEqual(4);
  });

  it('points each expected cell at a real sheet and at the planted value', async () => {
    for (const f of truth.files) {
      const grid: Grid = readWorkbookStream(await readFile(join(dir, f.file)), f.file);
      for (const e of f.expectedFindings) {
        if (e.sheet) expect(grid.sheets.map((s) => s.name), `${f.file} ${e.rule}`).toContain(e.sheet);
        if (!e.cell) continue;
        const sheet = grid.sheets.find((s) => s.name === e.sheet)!;
        const { row, col } = parseA1(e.cell)!;
        const c = cellAt(sheet, row, col);
        if (e.rule === 'M01' || e.rule === 'C10') expect(c, `${f.file} ${e.rule} ${e.cell}`).toBeNull();
        else expect(c, `${f.file} ${e.rule} ${e.cell}`).not.toBeNull();
        if (e.rule === 'M02' && typeof c?.v === 'number') expect(String(c.v).length).toBeGreaterThan(15);
        if (e.rule === 'C12') expect(typeof c?.v === 'string' ? c.v : String(c?.t ?? c?.v)).toMatch(/2024|^4[0-9]{4}$/);
        if (e.row != null && e.cell) expect(parseA1(e.cell)!.row).toBe(e.row);
      }
    }
  });
});

describe('a clean corpus', () => {
  it('gives the engine nothing to report, and the stats the generator wrote', async () => {
    const dir = await tempDir('corpus-clean-');
    try {
      const truth = await makeCorpus({ out: dir, n: 10, seed: 11, violations: false, hostile: false });
      for (const f of truth.files) {
        expect(f.expectedFindings).toEqual([]);
        const grid = readWorkbookStream(await readFile(join(dir, f.file)), f.file);
        const r = checkGrid(grid, { asOf: truth.asOf, fallbackName: f.file.replace(/\.xlsx$/, '') });
        expect(r.findings.map((x) => `${x.rule} ${x.sheet} ${x.cell ?? x.period ?? ''} ${x.message}`), f.file).toEqual([]);
        const s = toContractStats(r.stats);
        expect(s.meetings, f.file).toEqual(f.stats!.meetings);
        expect(s.dues.due, f.file).toBeCloseTo(f.stats!.dues.due, 2);
        expect(s.dues.paid, f.file).toBeCloseTo(f.stats!.dues.paid, 2);
        expect(s.members.total, f.file).toBe(f.stats!.members.total);
        expect(r.stats.branch, f.file).toBe(f.branch);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('eval matching', () => {
  const base = { rule: 'D03' as const, sheet: '党费', cell: 'H7', row: 7, period: '2025-03', member: '张 三' };
  const found = { ...base, severity: '警告', message: '' };
  it('matches on rule, sheet, a location and member', () => {
    expect(matches(base, found)).toBe(true);
    expect(matches(base, { ...found, cell: null, row: null })).toBe(true); // the period still locates it
    expect(matches(base, { ...found, cell: 'I7', row: 8, period: '2025-04' })).toBe(false);
    expect(matches(base, { ...found, member: '张三' })).toBe(false);
    expect(matches(base, { ...found, rule: 'D04' })).toBe(false);
    expect(matches({ ...base, sheet: null, cell: null, row: null, period: null, member: null }, { ...found, sheet: 'x' })).toBe(true);
  });
});
