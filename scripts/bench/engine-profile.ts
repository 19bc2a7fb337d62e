/**
 * Where checkGrid spends its time, stage by stage, and a golden check that optimisations change
 * no output. Reads every workbook once (corpus folders, test/fixtures, examples), then:
 *   --golden-write FILE  writes findings + stats + asOf of every workbook under several options
 *   --golden-check FILE  recomputes them and fails on the first byte that differs
 *   --base DIR           compares with a frozen copy of the engine (DIR/ledger, e.g. from
 *                        `git archive COMMIT ledger | tar -x -C DIR`) on the same recognised ledger, so
 *                        that another area's recognition change does not hide or fake a difference
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

/** One pass of the checkGrid pipeline with a clock per stage; returns ms per stage. */
function stagedPass(grids: Grid[], opts: CheckOptions): Map<string, number> {
  const t = new Map<string, number>();
  const add = (k: string, ms: number) => t.set(k, (t.get(k) ?? 0) + ms);
  for (const grid of grids) {
    let a = performance.now();
    const settings = resolveSettings(opts.settings);
    const ledger = recognize(grid);
    const asOf = resolveAsOf(ledger, opts.asOf, opts.today);
    let b = performance.now();
    add('recognize', b - a);
    const ctx = { ledger, asOf, settings };
    const found = [...ledger.issues];
    for (const rule of RULES) {
      a = performance.now();
      found.push(...rule.check(ctx));
      b = performance.now();
      add(`rule ${rule.id}`, b - a);
    }
    a = performance.now();
    const findings = sortFindings(found);
    b = performance.now();
    add('sort', b - a);
    computeStats(ledger, findings, asOf, opts.fallbackName ?? '', settings);
    add('stats', performance.now() - b);
  }
  return t;
}

function timeTotal(grids: Grid[], opts: CheckOptions): number {
  const a = performance.now();
  for (const g of grids) checkGrid(g, opts);
  return performance.now() - a;
}

function report(label: string, grids: Grid[], opts: CheckOptions): void {
  timeTotal(grids, opts); // warm-up: JIT
  const totals: number[] = [];
  const stages = new Map<string, number[]>();
  for (let i = 0; i < passes; i++) {
    totals.push(timeTotal(grids, opts));
    for (const [k, v] of stagedPass(grids, opts)) stages.set(k, [...(stages.get(k) ?? []), v]);
  }
  const n = grids.length;
  const f = (ms: number) => `${ms.toFixed(2).padStart(9)} ms  ${(ms / n).toFixed(3).padStart(8)} ms/file`;
  console.log(`\n${label}: ${n} workbooks, median of ${passes} passes`);
  console.log(`  checkGrid total   ${f(median(totals))}`);
  const rows = [...stages].map(([k, v]) => [k, median(v)] as const).sort((x, y) => y[1] - x[1]);
  const sum = rows.reduce((s, [, v]) => s + v, 0);
  for (const [k, v] of rows) {
    if (v / sum < 0.005 && !['recognize', 'stats'].includes(k)) continue;
    console.log(`  ${k.padEnd(17)} ${f(v)}  ${((v / sum) * 100).toFixed(1).padStart(5)}%`);
  }
  console.log(`  (staged sum ${sum.toFixed(2)} ms; rules under 0.5% not shown)`);
}

async function main(): Promise<void> {
  const corpus = (await Promise.all(corpora.map(readDir))).flat();
  const fixtures = await readDir(join(ROOT, 'test/fixtures'));
  const examples = await readDir(join(ROOT, 'examples'));
  const big = { name: 'bench-addin:1000', grid: benchGrid() };
  const all = [...corpus, ...fixtures, ...examples, big];
  if (values.base) {
    const base = pathToFileURL(`${values.base.replace(/\/$/, '')}/ledger/`).href;
    const rules = await import(`${base}rules/index.ts`) as typeof import('../../ledger/rules/index.js');
    const stats = await import(`${base}stats/index.ts`) as typeof import('../../ledger/stats/index.js');
    const sort = await import(`${base}findings/sort.ts`) as typeof import('../../ledger/findings/sort.js');
    const asOfMod = await import(`${base}as-of.ts`) as typeof import('../../ledger/as-of.js');
    const settingsMod = await import(`${base}settings.ts`) as typeof import('../../ledger/settings.js');
    let lines = 0;
    for (const { name, grid } of all) {
      for (const [i, o] of VARIANTS.entries()) {
        const r = checkGrid(grid, o);
        const ledger = recognize(grid);
        const settings = settingsMod.resolveSettings(o.settings);
        const asOf = asOfMod.resolveAsOf(ledger, o.asOf, o.today);
        const findings = sort.sortFindings([...ledger.issues, ...rules.runRules({ ledger, asOf, settings })]);
        const st = stats.computeStats(ledger, findings, asOf, o.fallbackName ?? '', settings);
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
  for (const dir of corpora) report(dir, corpus.filter((c) => c.name.startsWith(dir)).map((c) => c.grid), opts);
  report('bench-addin 1,000 members', [big.grid], opts);
}

void main();
