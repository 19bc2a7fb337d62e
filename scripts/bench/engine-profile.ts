/**
 * Where checkGrid spends its time, stage by stage, and a golden check that optimisations change
 * no output. Reads every workbook once (corpus folders, test/fixtures, examples), then:
 *   --golden-write FILE  writes findings + stats + asOf of every workbook under several options
 *   --golden-check FILE  recomputes them and fails on the first byte that differs
 *   --base DIR --compare compares with a frozen copy of the engine (DIR/ledger, e.g. from
 *                        `git archive COMMIT ledger | tar -x -C DIR`) on the same recognised ledger, so
 *                        that another area's recognition change does not hide or fake a difference
 *   --base DIR           (without --compare) times that engine's rules and stats beside the working tree's
 *   (default)            times checkGrid over the corpus grids (median of --passes) per stage:
 *                        recognize / each rule / sort / stats, plus the 1,000-member bench workbook
 *
 * Run: npx tsx scripts/bench/engine-profile.ts [--corpus /tmp/p1c] [--corpus DIR2] [--passes 5]
 * Make a corpus: npx tsx scripts/corpus/make-corpus.ts --out /tmp/p1c --n 200 --seed 7 --max-members 100 --violations
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createHash } from 'node:crypto';
import type { Grid } from '../../ledger/grid/grid.js';
import { checkGrid, type CheckOptions } from '../../ledger/check.js';
import { recognize } from '../../ledger/recognize/index.js';
import { resolveAsOf } from '../../ledger/as-of.js';
import { RULES } from '../../ledger/rules/index.js';
import { computeStats } from '../../ledger/stats/index.js';
import { sortFindings } from '../../ledger/findings/sort.js';
import { resolveSettings } from '../../ledger/settings.js';
import { readWorkbookFile } from '../../generator/read/read-workbook.js';
import { benchGrid } from '../bench-addin.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', multiple: true },
    passes: { type: 'string' },
    'golden-write': { type: 'string' },
    'golden-check': { type: 'string' },
    base: { type: 'string' },
    compare: { type: 'boolean' },
  },
});
const corpora = values.corpus ?? ['/tmp/p1c'];
const passes = Number(values.passes ?? 5);

async function readDir(dir: string): Promise<{ name: string; grid: Grid }[]> {
  if (!existsSync(dir)) return [];
  const out: { name: string; grid: Grid }[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.xlsx')).sort()) {
    try {
      out.push({ name: join(dir, f), grid: await readWorkbookFile(join(dir, f)) });
    } catch {
      // unreadable on purpose (error.* fixtures, hostile files): not the engine's concern
    }
  }
  return out;
}

/** The option sets the golden outputs are taken under: defaults, mid-year, non-default settings. */
const VARIANTS: CheckOptions[] = [
  { asOf: '2025-12-31', fallbackName: 'x' },
  { today: '2025-08-20' },
  { asOf: '2025-05-31', settings: { lectureFrequency: 'month', quorumHalf: 'strict', rounding: 'yuan', secretaryLecture: false } },
  { asOf: '2026-03-31', settings: { lectureFrequency: 'halfyear', quorumHalf: 'inclusive', rounding: 'jiao', termYears: 5 } },
];

function golden(files: { name: string; grid: Grid }[]): string {
  const lines: string[] = [];
  for (const { name, grid } of files) {
    for (const [i, o] of VARIANTS.entries()) {
      const r = checkGrid(grid, o);
      // the ledger's hash tells a recognition change (another area's) from a rules/stats one
      const ledger = createHash('sha1').update(JSON.stringify(r.ledger)).digest('hex');
      lines.push(JSON.stringify({ file: name, variant: i, ledger, asOf: r.asOf, findings: r.findings, stats: r.stats }));
    }
  }
  return lines.join('\n') + '\n';
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The parts of an engine the stages run (the working tree's, or a frozen copy's). */
interface Engine {
  RULES: typeof RULES;
  sortFindings: typeof sortFindings;
  computeStats: typeof computeStats;
  resolveAsOf: typeof resolveAsOf;
  resolveSettings: typeof resolveSettings;
}

const CURRENT: Engine = { RULES, sortFindings, computeStats, resolveAsOf, resolveSettings };

async function loadEngine(dir: string): Promise<Engine> {
  const base = pathToFileURL(`${dir.replace(/\/$/, '')}/ledger/`).href;
  const rules = await import(`${base}rules/index.ts`) as typeof import('../../ledger/rules/index.js');
  const stats = await import(`${base}stats/index.ts`) as typeof import('../../ledger/stats/index.js');
  const sort = await import(`${base}findings/sort.ts`) as typeof import('../../ledger/findings/sort.js');
  const asOf = await import(`${base}as-of.ts`) as typeof import('../../ledger/as-of.js');
  const settings = await import(`${base}settings.ts`) as typeof import('../../ledger/settings.js');
  return { RULES: rules.RULES, sortFindings: sort.sortFindings, computeStats: stats.computeStats, resolveAsOf: asOf.resolveAsOf, resolveSettings: settings.resolveSettings };
}

/**
 * One pass of the checkGrid pipeline with a clock per stage; adds ms per stage to `t`.
 * Recognition is always the working tree's; `engine` runs the rest.
 */
function stagedPass(grids: Grid[], opts: CheckOptions, engine: Engine, t: Map<string, number>): void {
  const add = (k: string, ms: number) => t.set(k, (t.get(k) ?? 0) + ms);
  for (const grid of grids) {
    let a = performance.now();
    const ledger = recognize(grid);
    let b = performance.now();
    add('recognize', b - a);
    const settings = engine.resolveSettings(opts.settings);
    const asOf = engine.resolveAsOf(ledger, opts.asOf, opts.today);
    const ctx = { ledger, asOf, settings };
    const found = [...ledger.issues];
    const start = performance.now();
    for (const rule of engine.RULES) {
      a = performance.now();
      found.push(...rule.check(ctx));
      b = performance.now();
      add(`rule ${rule.id}`, b - a);
    }
    a = performance.now();
    const findings = engine.sortFindings(found);
    b = performance.now();
    add('sort', b - a);
    engine.computeStats(ledger, findings, asOf, opts.fallbackName ?? '', settings);
    const end = performance.now();
    add('stats', end - b);
    add('rules+sort+stats', end - start);
  }
}

function timeTotal(grids: Grid[], opts: CheckOptions): number {
  const a = performance.now();
  for (const g of grids) checkGrid(g, opts);
  return performance.now() - a;
}

function report(label: string, grids: Grid[], opts: CheckOptions, base: Engine | null): void {
  timeTotal(grids, opts); // warm-up: JIT
  if (base) stagedPass(grids, opts, base, new Map());
  const totals: number[] = [];
  const stages = new Map<string, number[]>();
  const baseStages = new Map<string, number[]>();
  const collect = (into: Map<string, number[]>, engine: Engine) => {
    const t = new Map<string, number>();
    stagedPass(grids, opts, engine, t);
    for (const [k, v] of t) into.set(k, [...(into.get(k) ?? []), v]);
  };
  for (let i = 0; i < passes; i++) {
    totals.push(timeTotal(grids, opts));
    // interleaved, first one then the other, so that both see the same machine load
    if (base && i % 2 === 0) collect(baseStages, base);
    collect(stages, CURRENT);
    if (base && i % 2 === 1) collect(baseStages, base);
  }
  const n = grids.length;
  const f = (ms: number | undefined) => ms == null ? ' '.repeat(26) : `${ms.toFixed(2).padStart(9)} ms ${(ms / n).toFixed(3).padStart(8)} ms/file`;
  console.log(`\n${label}: ${n} workbooks, median of ${passes} passes${base ? ' (base: the frozen engine on the same recognised ledgers, interleaved)' : ''}`);
  console.log(`  ${'stage'.padEnd(17)} ${'now'.padEnd(26)}${base ? ` ${'base'.padEnd(26)}  base/now` : ''}`);
  console.log(`  ${'checkGrid total'.padEnd(17)} ${f(median(totals))}`);
  const med = (m: Map<string, number[]>, k: string) => (m.has(k) ? median(m.get(k)!) : undefined);
  const keys = [...new Set([...stages.keys(), ...baseStages.keys()])];
  const rows = keys.map((k) => [k, med(stages, k) ?? 0, med(baseStages, k)] as const)
    .sort((x, y) => Math.max(y[1], y[2] ?? 0) - Math.max(x[1], x[2] ?? 0));
  const total = med(stages, 'recognize')! + med(stages, 'rules+sort+stats')!;
  for (const [k, v, bv] of rows) {
    if (Math.max(v, bv ?? 0) / total < 0.005 && !['recognize', 'stats'].includes(k)) continue;
    const ratio = bv != null && v > 0 ? `${(bv / v).toFixed(1).padStart(6)}×` : '';
    console.log(`  ${k.padEnd(17)} ${f(v)}${base ? ` ${f(bv)}  ${ratio}` : ''}`);
  }
  console.log('  (stages under 0.5% of recognize + rules + stats not shown)');
}

async function main(): Promise<void> {
  const corpus = (await Promise.all(corpora.map(readDir))).flat();
  const fixtures = await readDir(join(ROOT, 'test/fixtures'));
  const examples = await readDir(join(ROOT, 'examples'));
  const big = { name: 'bench-addin:1000', grid: benchGrid() };
  const all = [...corpus, ...fixtures, ...examples, big];
  const base = values.base ? await loadEngine(values.base) : null;
  if (base && values.compare) {
    let lines = 0;
    for (const { name, grid } of all) {
      for (const [i, o] of VARIANTS.entries()) {
        const r = checkGrid(grid, o);
        const ledger = recognize(grid);
        const settings = base.resolveSettings(o.settings);
        const asOf = base.resolveAsOf(ledger, o.asOf, o.today);
        const findings = base.sortFindings([...ledger.issues, ...base.RULES.flatMap((rule) => rule.check({ ledger, asOf, settings }))]);
        const st = base.computeStats(ledger, findings, asOf, o.fallbackName ?? '', settings);
        const want = JSON.stringify({ asOf, findings, stats: st });
        const got = JSON.stringify({ asOf: r.asOf, findings: r.findings, stats: r.stats });
        lines++;
        if (want !== got) {
          let at = 0;
          while (at < want.length && want[at] === got[at]) at++;
          console.error(`DIFFERENT from the base engine: ${name} options #${i}\n want …${want.slice(at - 100, at + 150)}\n got  …${got.slice(at - 100, at + 150)}`);
          process.exit(1);
        }
      }
    }
    console.log(`identical to the base engine: ${all.length} workbooks × ${VARIANTS.length} options (${lines} results)`);
    return;
  }
  if (values['golden-write']) {
    writeFileSync(values['golden-write'], golden(all));
    console.log(`wrote golden outputs of ${all.length} workbooks × ${VARIANTS.length} options to ${values['golden-write']}`);
    return;
  }
  if (values['golden-check']) {
    const want = readFileSync(values['golden-check'], 'utf8').split('\n');
    const got = golden(all).split('\n');
    const ledgerOf = (l: string | undefined) => /"ledger":"(\w+)"/.exec(l ?? '')?.[1];
    const moved = got.filter((l, i) => l && ledgerOf(l) !== ledgerOf(want[i])).length;
    if (moved) console.log(`${moved} lines skipped: recognition gives a different ledger than when the golden file was written`);
    const bad = got.findIndex((l, i) => l !== want[i] && ledgerOf(l) === ledgerOf(want[i]));
    if (bad >= 0 || got.length !== want.length) {
      const i = bad >= 0 ? bad : Math.min(got.length, want.length);
      console.error(`DIFFERENT at line ${i + 1}:\n want ${(want[i] ?? '').slice(0, 400)}\n got  ${(got[i] ?? '').slice(0, 400)}`);
      let at = 0;
      while (at < (want[i] ?? '').length && want[i][at] === got[i]?.[at]) at++;
      console.error(` first difference at char ${at}: want …${(want[i] ?? '').slice(at - 80, at + 120)}\n got  …${(got[i] ?? '').slice(at - 80, at + 120)}`);
      process.exit(1);
    }
    console.log(`golden outputs identical (where the ledger is): ${all.length} workbooks × ${VARIANTS.length} options (${got.length - 1} lines)`);
    return;
  }
  const opts: CheckOptions = { asOf: '2025-12-31' };
  for (const dir of corpora) report(dir, corpus.filter((c) => c.name.startsWith(dir)).map((c) => c.grid), opts, base);
  report('bench-addin 1,000 members', [big.grid], opts, base);
}

void main();
