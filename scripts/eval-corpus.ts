/**
 * Acceptance proxy: runs the checker over a corpus made by scripts/corpus/make-corpus.ts and
 * compares with its truth.json: recall and precision of findings, exact-stats rate, hostile files
 * reported as errors; per-rule misses and extras.
 *   npx tsx scripts/eval-corpus.ts DIR [--via cli|direct] [--verbose] [--json OUT]
 * A finding matches an expected one on rule, sheet, location (cell, else row, else period) and
 * member, each compared only where the truth names it.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import type { ExpectedFinding, Truth, TruthStats } from './corpus/contract.js';

interface ActualFinding { rule: string; severity: string; sheet: string | null; cell: string | null; row: number | null; period: string | null; member: string | null; message: string }
interface ActualFile { file: string; branch: string; error: { code: string; message: string } | null; findings: ActualFinding[]; stats: TruthStats | null }

export function matches(e: ExpectedFinding, a: ActualFinding): boolean {
  if (e.rule !== a.rule) return false;
  if (e.sheet != null && e.sheet !== a.sheet) return false;
  if (e.member != null && e.member !== a.member) return false;
  if (e.cell != null || e.row != null || e.period != null) {
    const hit = (e.cell != null && a.cell === e.cell) || (e.row != null && a.row === e.row) || (e.period != null && a.period === e.period);
    if (!hit) return false;
  }
  return true;
}

function statsEqual(e: TruthStats, a: TruthStats | null): string[] {
  if (!a) return ['no stats'];
  const diffs: string[] = [];
  for (const k of ['total', 'full', 'probationary'] as const) if (e.members[k] !== a.members?.[k]) diffs.push(`members.${k} ${a.members?.[k]}≠${e.members[k]}`);
  for (const k of ['due', 'paid'] as const) if (Math.abs(e.dues[k] - (a.dues?.[k] ?? NaN)) > 0.005 || Number.isNaN(a.dues?.[k])) diffs.push(`dues.${k} ${a.dues?.[k]}≠${e.dues[k]}`);
  for (const k of Object.keys(e.meetings) as (keyof TruthStats['meetings'])[]) if (e.meetings[k] !== a.meetings?.[k]) diffs.push(`meetings.${k} ${a.meetings?.[k]}≠${e.meetings[k]}`);
  return diffs;
}

async function runCli(dir: string, asOf: string): Promise<ActualFile[]> {
  const { stdout } = await promisify(execFile)('node', ['bin/dangjian.js', 'check', dir, '--json', '--as-of', asOf], { maxBuffer: 1 << 30 })
    .catch((e: { stdout?: string; code?: number }) => {
      // exit 1 = some file unreadable, which the hostile files are meant to cause
      if (e.code === 1 && e.stdout) return { stdout: e.stdout };
      throw e;
    });
  return (JSON.parse(stdout) as { files: ActualFile[] }).files;
}

async function runDirect(dir: string, truth: Truth): Promise<ActualFile[]> {
  const { checkFile } = await import('../generator/pipeline/check-file.js');
  const { toContractStats } = await import('../ledger/stats/stats-types.js');
  const out: ActualFile[] = [];
  for (const f of truth.files) {
    const r = await checkFile(join(dir, f.file), { asOf: truth.asOf });
    out.push({
      file: r.file, branch: r.branch, error: r.error,
      findings: (r.result?.findings ?? []) as ActualFinding[],
      stats: r.result ? toContractStats(r.result.stats) : null,
    });
  }
  return out;
}

export interface EvalSummary {
  expected: number; actual: number; matched: number; recall: number; precision: number;
  statsExact: number; statsFiles: number; hostileErrors: number; hostileCodes: number; hostileFiles: number;
  readableErrors: number;
  missesByRule: Record<string, number>; extrasByRule: Record<string, number>; expectedByRule: Record<string, number>;
}

export function evaluate(truth: Truth, actual: ActualFile[], log: (s: string) => void = () => {}, verbose = false): EvalSummary {
  const byName = new Map(actual.map((a) => [basename(a.file), a]));
  const s: EvalSummary = { expected: 0, actual: 0, matched: 0, recall: 0, precision: 0, statsExact: 0, statsFiles: 0, hostileErrors: 0, hostileCodes: 0, hostileFiles: 0, readableErrors: 0, missesByRule: {}, extrasByRule: {}, expectedByRule: {} };
  for (const t of truth.files) {
    const a = byName.get(t.file);
    if (t.expectedError) {
      s.hostileFiles++;
      if (a?.error) s.hostileErrors++;
      if (a?.error?.code === t.expectedError) s.hostileCodes++;
      else log(`  hostile ${t.file}: expected ${t.expectedError}, got ${a?.error?.code ?? 'no error'}`);
      continue;
    }
    s.statsFiles++;
    s.expected += t.expectedFindings.length;
    for (const e of t.expectedFindings) s.expectedByRule[e.rule] = (s.expectedByRule[e.rule] ?? 0) + 1;
    if (!a || a.error) {
      s.readableErrors++;
      log(`  ${t.file}: unexpected error ${a?.error?.code ?? 'missing from output'} ${a?.error?.message ?? ''}`);
      for (const e of t.expectedFindings) s.missesByRule[e.rule] = (s.missesByRule[e.rule] ?? 0) + 1;
      continue;
    }
    s.actual += a.findings.length;
    const left = [...a.findings];
    for (const e of t.expectedFindings) {
      const i = left.findIndex((x) => matches(e, x));
      if (i >= 0) { s.matched++; left.splice(i, 1); }
      else {
        s.missesByRule[e.rule] = (s.missesByRule[e.rule] ?? 0) + 1;
        if (verbose) log(`  MISS ${t.file} ${JSON.stringify(e)}`);
      }
    }
    for (const x of left) {
      s.extrasByRule[x.rule] = (s.extrasByRule[x.rule] ?? 0) + 1;
      if (verbose) log(`  EXTRA ${t.file} ${x.rule} ${x.sheet} ${x.cell ?? x.row ?? x.period ?? ''} ${x.member ?? ''} ${x.message}`);
    }
    const d = t.stats ? statsEqual(t.stats, a.stats) : [];
    if (d.length === 0) s.statsExact++;
    else if (verbose) log(`  STATS ${t.file}: ${d.join('; ')}`);
  }
  s.recall = s.expected ? s.matched / s.expected : 1;
  s.precision = s.actual ? s.matched / s.actual : 1;
  return s;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { via: { type: 'string', default: 'cli' }, verbose: { type: 'boolean', default: false }, json: { type: 'string' } },
  });
  const dir = positionals[0];
  if (!dir) { process.stderr.write('用法：tsx scripts/eval-corpus.ts 目录 [--via cli|direct] [--verbose]\n'); process.exit(2); }
  const truth = JSON.parse(await readFile(join(dir, 'truth.json'), 'utf8')) as Truth;
  const actual = values.via === 'direct' ? await runDirect(dir, truth) : await runCli(dir, truth.asOf);
  const log = (x: string) => process.stdout.write(x + '\n');
  const s = evaluate(truth, actual, log, !!values.verbose);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  log(`corpus ${dir}: ${s.statsFiles} workbooks, ${s.hostileFiles} hostile`);
  log(`findings: expected ${s.expected}, reported ${s.actual}, matched ${s.matched}`);
  log(`recall ${pct(s.recall)}  precision ${pct(s.precision)}  exact stats ${s.statsExact}/${s.statsFiles}  hostile as errors ${s.hostileErrors}/${s.hostileFiles} (right code ${s.hostileCodes})  readable files in error ${s.readableErrors}`);
  const rules = [...new Set([...Object.keys(s.expectedByRule), ...Object.keys(s.extrasByRule)])].sort();
  if (rules.length) log('per rule (planted / missed / extra): ' + rules.map((r) => `${r} ${s.expectedByRule[r] ?? 0}/${s.missesByRule[r] ?? 0}/${s.extrasByRule[r] ?? 0}`).join(', '));
  if (values.json) await writeFile(values.json, JSON.stringify(s, null, 1));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
