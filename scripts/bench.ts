/**
 * Throughput benchmark (`npm run bench` → tsx scripts/bench.ts [--n 500] [--runs 3] [--seed 1]):
 * generates N realistic branch workbooks into bench-data/ (reused when already there), then times
 * whole processes, median of the runs: (a) the floor — inflate every zip entry; (b) a plain exceljs
 * read; (c) `dangjian check --json`; (d) `dangjian report`. Then the two readers in-process.
 * Prints Markdown tables for the README: the measures, and the targets as ratios
 * (check vs the exceljs read and vs the floor, report files/s, peak RSS).
 */
import { existsSync, readFileSync, readdirSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeCorpus } from './corpus/make-corpus.js';
import { runTimed, median, type Timed } from './bench/run-timed.js';
import { readWorkbookBuffer } from '../generator/read/read-workbook.js';
import { readWorkbookStream } from '../generator/read/stream-xlsx.js';
import { checkGrid } from '../ledger/check.js';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '500' }, runs: { type: 'string', default: '3' }, seed: { type: 'string', default: '1' },
    'skip-report': { type: 'boolean', default: false }, 'skip-inprocess': { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const runs = Math.max(1, Number(values.runs));
const seed = Number(values.seed);
const log = (s: string) => process.stdout.write(s + '\n');

async function ensureData(): Promise<string> {
  const dir = join(root, 'bench-data', `n${n}-seed${seed}`);
  const marker = join(dir, 'truth.json');
  if (existsSync(marker)) {
    const t = JSON.parse(readFileSync(marker, 'utf8')) as { n: number; seed: number };
    if (t.n === n && t.seed === seed) { log(`reusing ${dir}`); return dir; }
  }
  log(`generating ${n} workbooks into ${dir} …`);
  const t0 = Date.now();
  await makeCorpus({
    out: dir, n, seed, violations: true, hostile: false, maxMembers: 100,
    onFile: (i) => { if ((i + 1) % 100 === 0) process.stderr.write(`  ${i + 1}/${n}\r`); },
  });
  log(`generated in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return dir;
}

interface Row { label: string; t: Timed[] }

async function timeProcess(label: string, cmd: string, args: () => string[], cleanup?: () => void): Promise<Row> {
  const t: Timed[] = [];
  for (let i = 0; i < runs; i++) {
    t.push(await runTimed(cmd, args(), root));
    cleanup?.();
  }
  log(`  ${label}: ${t.map((x) => x.seconds.toFixed(2)).join(' / ')} s`);
  return { label, t };
}

async function inProcess(dir: string, files: string[]): Promise<{ label: string; seconds: number }[]> {
  const bufs = await Promise.all(files.map((f) => readFile(join(dir, f))));
  const measures: [string, () => Promise<void>][] = [
    ['exceljs reader (read-workbook.ts)', async () => { for (let i = 0; i < bufs.length; i++) await readWorkbookBuffer(bufs[i], files[i]); }],
    ['streaming reader (stream-xlsx.ts)', async () => { for (let i = 0; i < bufs.length; i++) readWorkbookStream(bufs[i], files[i]); }],
    ['exceljs reader + checkGrid', async () => { for (let i = 0; i < bufs.length; i++) checkGrid(await readWorkbookBuffer(bufs[i], files[i]), { asOf: '2025-12-31' }); }],
    ['streaming reader + checkGrid', async () => { for (let i = 0; i < bufs.length; i++) checkGrid(readWorkbookStream(bufs[i], files[i]), { asOf: '2025-12-31' }); }],
  ];
  // warm-up: JIT both paths on a few files
  for (let i = 0; i < Math.min(20, bufs.length); i++) { await readWorkbookBuffer(bufs[i], files[i]); readWorkbookStream(bufs[i], files[i]); }
  const out: { label: string; seconds: number }[] = [];
  for (const [label, fn] of measures) {
    const ts: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = process.hrtime.bigint();
      await fn();
      ts.push(Number(process.hrtime.bigint() - t0) / 1e9);
    }
    log(`  ${label}: ${ts.map((x) => x.toFixed(2)).join(' / ')} s`);
    out.push({ label, seconds: median(ts) });
  }
  return out;
}

async function main(): Promise<void> {
  const dir = await ensureData();
  const rel = dir.slice(root.length + 1);
  const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort();
  const mb = files.reduce((s, f) => s + statSync(join(dir, f)).size, 0) / 1048576;
  log(`${files.length} files, ${mb.toFixed(1)} MB; ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, node ${process.version}; median of ${runs} runs`);
  const cli = join(root, 'build', 'generator', 'cli', 'main.js');
  const rows: Row[] = [];
  rows.push(await timeProcess('(a) floor: inflate every zip entry (fflate)', 'node', () => ['scripts/bench/inflate-all.mjs', rel]));
  rows.push(await timeProcess('(b) plain exceljs read (workbook.xlsx.load)', 'node', () => ['scripts/bench/exceljs-read.mjs', rel]));
  const notes: string[] = [];
  if (existsSync(cli)) {
    rows.push(await timeProcess('(c) dangjian check --json', 'sh', () => ['-c', `node bin/dangjian.js check '${rel}' --json --as-of 2025-12-31 > /dev/null`]));
    const help = await runTimed('node', ['bin/dangjian.js', 'report', '--help'], root);
    if (help.code === 0 && !values['skip-report']) {
      let out = '';
      rows.push(await timeProcess('(d) dangjian report', 'node', () => {
        out = mkdtempSync(join(tmpdir(), 'bench-report-'));
        return ['bin/dangjian.js', 'report', rel, '-o', out, '--as-of', '2025-12-31'];
      }, () => rmSync(out, { recursive: true, force: true })));
    } else notes.push(values['skip-report'] ? '(d) skipped (--skip-report)' : '(d) skipped: `dangjian report` not available');
  } else notes.push('(c), (d) skipped: build/ missing (run npm run build:cli)');

  const med = (r: Row) => median(r.t.map((x) => x.seconds));
  const rss = (r: Row) => Math.max(...r.t.map((x) => x.peakRssMb ?? 0));
  log('');
  log(`| measure (N=${files.length}, ${mb.toFixed(1)} MB) | median s | files/s | MB/s | peak RSS MB |`);
  log('|---|---:|---:|---:|---:|');
  for (const r of rows) {
    const s = med(r);
    log(`| ${r.label} | ${s.toFixed(2)} | ${(files.length / s).toFixed(0)} | ${(mb / s).toFixed(1)} | ${rss(r).toFixed(0)} |`);
  }
  const find = (p: string) => rows.find((r) => r.label.startsWith(p));
  const a = find('(a)'), b = find('(b)'), c = find('(c)'), d = find('(d)');
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  log('');
  log(`| target (N=${files.length}) | measured | goal |`);
  log('|---|---:|---|');
  if (c && a && b) {
    const speedUp = med(b) / med(c), floor = med(c) / med(a);
    log(`| \`check\` vs plain exceljs read | ${speedUp.toFixed(2)}× faster | ≥ 3× ${mark(speedUp >= 3)} |`);
    log(`| \`check\` vs inflate floor | ${floor.toFixed(2)}× the floor | ≤ 4× ${mark(floor <= 4)} |`);
    log(`| \`check\` peak RSS | ${rss(c).toFixed(0)} MB | — |`);
  }
  if (d) {
    const fps = files.length / med(d);
    log(`| \`report\` throughput | ${fps.toFixed(0)} files/s | ≥ 60 files/s at N=500 ${files.length === 500 ? mark(fps >= 60) : ''} |`);
    log(`| \`report\` peak RSS | ${rss(d).toFixed(0)} MB | < 400 MB at N=5,000 ${files.length >= 5000 ? mark(rss(d) < 400) : ''} |`);
  }
  for (const x of notes) log(x);
  if (!values['skip-inprocess']) {
    log('');
    log('in-process, same files (median):');
    const ip = await inProcess(dir, files);
    log('');
    log('| in-process | median s | files/s |');
    log('|---|---:|---:|');
    for (const x of ip) log(`| ${x.label} | ${x.seconds.toFixed(2)} | ${(files.length / x.seconds).toFixed(0)} |`);
    log(`streaming reader vs exceljs reader: ${(ip[0].seconds / ip[1].seconds).toFixed(1)}× faster`);
  }
}

await main();
