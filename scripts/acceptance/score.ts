/**
 * Acceptance scoring over a corpus from make-acceptance.ts (truth.json beside the workbooks):
 *   npx tsx scripts/acceptance/score.ts DIR [--out REPORT_DIR] [--no-report] [--verbose]
 * 1. `node bin/dangjian.js check DIR --json --as-of 2025-12-31`: recall, precision, exact stats, hostile errors.
 * 2. `node bin/dangjian.js report DIR -o OUT --as-of 2025-12-31`: summary figures and branch names
 *    (docx → LibreOffice → pdf → pdftotext), every output opened by LibreOffice, no full ID anywhere.
 * Run `npm run build:cli` first.
 * A finding matches on rule, sheet (where the truth names one), location (cell, else row, else period,
 * any one of those the truth gives) and member (spaces ignored); extras that the truth tolerates
 * (a reading the spec leaves open) count neither way.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { unzipSync, strFromU8 } from 'fflate';
import type { TruthFile, TruthFinding } from './make-acceptance.js';
import type { ContractStats } from './model.js';

interface Actual { rule: string; severity: string; sheet: string | null; cell: string | null; row: number | null; period: string | null; member: string | null; message: string }
interface ActualFile { file: string; branch: string; error: { code: string; message: string } | null; findings: Actual[]; stats: ContractStats | null }

const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, '');
const rowOf = (cell: string | null): number | null => (cell ? Number(/\d+$/.exec(cell)?.[0] ?? NaN) : null);

export function matches(e: TruthFinding, a: Actual): boolean {
  if (e.rule !== a.rule) return false;
  if (e.sheets) { if (!e.sheets.includes(a.sheet)) return false; }
  else if (e.sheet !== undefined && e.sheet !== null && e.sheet !== a.sheet) return false;
  if (e.member != null && norm(e.member) !== norm(a.member)) return false;
  const locs: boolean[] = [];
  if (e.cell) locs.push(a.cell === e.cell);
  if (e.row != null) locs.push(a.row === e.row || rowOf(a.cell) === e.row);
  if (e.rows) locs.push(e.rows.includes(a.row));
  if (e.period) locs.push(a.period === e.period);
  return locs.length === 0 || locs.some(Boolean);
}

function statsDiff(e: ContractStats, a: ContractStats | null): string[] {
  if (!a) return ['no stats'];
  const d: string[] = [];
  for (const k of ['total', 'full', 'probationary'] as const) if (e.members[k] !== a.members?.[k]) d.push(`members.${k} got ${a.members?.[k]} want ${e.members[k]}`);
  for (const k of ['due', 'paid'] as const) if (!(Math.abs(e.dues[k] - a.dues?.[k]) <= 0.005)) d.push(`dues.${k} got ${a.dues?.[k]} want ${e.dues[k]}`);
  for (const k of Object.keys(e.meetings) as (keyof ContractStats['meetings'])[]) if (e.meetings[k] !== a.meetings?.[k]) d.push(`meetings.${k} got ${a.meetings?.[k]} want ${e.meetings[k]}`);
  return d;
}

function runCheck(dir: string): ActualFile[] {
  const r = spawnSync('node', ['bin/dangjian.js', 'check', dir, '--json', '--as-of', '2025-12-31'], { maxBuffer: 1 << 28, encoding: 'utf8' });
  if (r.status === 2 || !r.stdout) throw new Error(`check failed (${r.status}): ${r.stderr}`);
  return (JSON.parse(r.stdout) as { files: ActualFile[] }).files;
}

function textOf(path: string): string {
  if (/\.(docx|xlsx)$/.test(path)) {
    const z = unzipSync(readFileSync(path));
    return Object.entries(z).filter(([n]) => n.endsWith('.xml')).map(([, u]) => strFromU8(u)).join('\n');
  }
  return readFileSync(path, 'utf8');
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? walk(p) : [p]; });
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, 'no-report': { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } } });
  const dir = positionals[0];
  if (!dir) throw new Error('usage: score.ts DIR');
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as TruthFile[];
  const files = runCheck(dir);
  const byName = new Map(files.map((f) => [basename(f.file), f]));
  let tp = 0, fn = 0, fp = 0, statsOk = 0, statsOkAlt = 0, statsN = 0, hostileOk = 0, hostileN = 0, goodErrors = 0;
  const misses: string[] = [], extras: string[] = [], statIssues: string[] = [];
  const perRule = new Map<string, { tp: number; fn: number; fp: number }>();
  const bump = (r: string, k: 'tp' | 'fn' | 'fp'): void => { const x = perRule.get(r) ?? { tp: 0, fn: 0, fp: 0 }; x[k]++; perRule.set(r, x); };
  for (const t of truth) {
    const a = byName.get(t.file);
    if (t.hostile) {
      hostileN++;
      if (a?.error) hostileOk++; else misses.push(`${t.file}: hostile file not reported as an error (${a ? 'checked' : 'absent from output'})`);
      continue;
    }
    if (!a || a.error) { goodErrors++; misses.push(`${t.file}: ${a ? `error ${a.error!.code}` : 'absent from output'}`); fn += t.findings.length; continue; }
    const left = [...a.findings];
    for (const e of t.findings) {
      const i = left.findIndex((x) => matches(e, x));
      if (i >= 0) { tp++; bump(e.rule, 'tp'); left.splice(i, 1); }
      else { fn++; bump(e.rule, 'fn'); misses.push(`${t.file}: MISS ${e.rule} ${e.sheet ?? ''} ${e.cell ?? ''} row ${e.row ?? '-'} ${e.period ?? ''} ${e.member ?? ''} — ${e.note}`); }
    }
    for (const x of left) {
      if (t.tolerate.some((tol) => tol.rule === x.rule && (tol.member == null || norm(tol.member) === norm(x.member)))) continue;
      fp++; bump(x.rule, 'fp');
      extras.push(`${t.file}: EXTRA ${x.rule} ${x.severity} ${x.sheet ?? ''} ${x.cell ?? ''} row ${x.row ?? '-'} ${x.period ?? ''} ${x.member ?? ''} — ${x.message.slice(0, 90)}`);
    }
    if (t.stats) {
      statsN++;
      const d = statsDiff(t.stats, a.stats);
      if (!d.length) { statsOk++; statsOkAlt++; }
      else {
        const alt = t.statsAlt.find((s) => statsDiff(s.stats, a.stats).length === 0);
        if (alt) statsOkAlt++;
        statIssues.push(`${t.file}: ${d.join('; ')}${alt ? ` (matches the other reading: ${alt.note})` : ''}`);
      }
    }
  }
  const recall = tp / (tp + fn || 1), precision = tp / (tp + fp || 1);
  console.log(`check: ${truth.length} files; recall ${recall.toFixed(3)} (${tp}/${tp + fn}), precision ${precision.toFixed(3)} (${tp}/${tp + fp}), exact stats ${statsOk}/${statsN} (${statsOkAlt}/${statsN} with the other readings), hostile errors ${hostileOk}/${hostileN}, good files with errors ${goodErrors}`);
  console.log('per rule (tp/fn/fp): ' + [...perRule].sort().map(([r, x]) => `${r} ${x.tp}/${x.fn}/${x.fp}`).join(', '));
  for (const l of [...misses, ...extras, ...statIssues.map((s) => `STATS ${s}`)]) console.log('  ' + l);

  // full IDs must not leak, not even into the JSON
  const ids = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.xlsx'))) {
    try { for (const m of textOf(join(dir, f)).matchAll(/\d{17}[\dX]/g)) ids.add(m[0]); } catch { /* hostile */ }
  }
  const checkJson = JSON.stringify(files);
  const leakJson = [...ids].filter((id) => checkJson.includes(id));
  console.log(`ids: ${ids.size} full IDs in the inputs; in check --json: ${leakJson.length}`);
  if (values['no-report']) return;

  const out = values.out ?? join('/tmp', `a1-report-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const r = spawnSync('node', ['bin/dangjian.js', 'report', dir, '-o', out, '--as-of', '2025-12-31'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  console.log(`report: exit ${r.status}; ${r.stderr.trim().split('\n').slice(-2).join(' | ')}`);
  const outputs = walk(out);
  let leaks = 0;
  for (const p of outputs) { const t = textOf(p); for (const id of ids) if (t.includes(id)) { leaks++; console.log(`  LEAK ${basename(p)} holds a full ID ${id.slice(0, 6)}…`); break; } }
  // LibreOffice opens every output (convert to pdf; a failure leaves no pdf)
  const pdfDir = join(out, '..', `${basename(out)}-pdf`);
  rmSync(pdfDir, { recursive: true, force: true }); mkdirSync(pdfDir);
  const docs = outputs.filter((p) => /\.(docx|xlsx)$/.test(p));
  execFileSync('soffice', ['-env:UserInstallation=file:///tmp/a1-lo-profile', '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...docs], { stdio: 'ignore', timeout: 600_000 });
  const pdfs = new Set(readdirSync(pdfDir).map((n) => n.replace(/\.pdf$/, '')));
  const unopened = docs.filter((d) => !pdfs.has(basename(d).replace(/\.(docx|xlsx)$/, '')));
  console.log(`outputs: ${outputs.length} files (${docs.length} docx/xlsx), opened by LibreOffice ${docs.length - unopened.length}/${docs.length}, full-ID leaks ${leaks}`);
  for (const u of unopened) console.log(`  NOT OPENED ${u}`);

  // summary figures
  const good = truth.filter((t) => !t.hostile && t.stats);
  const summaryDoc = docs.find((d) => /汇总|总报告|summary|全部/.test(basename(d)) && d.endsWith('.docx')) ?? docs.filter((d) => d.endsWith('.docx')).sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (!summaryDoc) { console.log('  no summary docx found'); return; }
  const pdf = join(pdfDir, basename(summaryDoc).replace(/\.docx$/, '.pdf'));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
  const flat = text.replace(/\s+/g, '');
  const sum = (f: (s: ContractStats) => number): number => good.reduce((a, t) => a + f(t.stats!), 0);
  const members = sum((s) => s.members.total), due = sum((s) => s.dues.due), paid = sum((s) => s.dues.paid);
  const rate = due ? (paid / due) * 100 : 0;
  const figures: [string, string[]][] = [
    ['branches', [`${good.length}个`, `${good.length}个支部`, `${good.length}个党支部`]],
    ['members', [`${members}名`, `${members}人`]],
    ['dues rate', [`${rate.toFixed(1)}%`, `${rate.toFixed(2)}%`]],
  ];
  for (const k of ['general', 'committee', 'group', 'lecture', 'themeDay', 'lifeMeeting', 'review'] as const) figures.push([`meetings.${k}`, [`${sum((s) => s.meetings[k])}次`, `${sum((s) => s.meetings[k])}`]]);
  console.log(`summary: ${basename(summaryDoc)} (${flat.length} chars)`);
  for (const [what, forms] of figures) console.log(`  ${forms.some((f) => flat.includes(f)) ? 'ok  ' : 'MISS'} ${what}: ${forms.join(' | ')}`);
  // branches named with their problems in 二、存在的问题
  const s2 = flat.indexOf('二、'), s3 = flat.indexOf('三、', s2 + 1);
  const problems = s2 >= 0 ? flat.slice(s2, s3 > s2 ? s3 : undefined) : '';
  const byRule = new Map<string, string[]>();
  for (const t of good) for (const f of t.findings) byRule.set(f.rule, [...new Set([...(byRule.get(f.rule) ?? []), t.branch])]);
  let named = 0, total = 0;
  for (const [rule, branches] of [...byRule].sort()) {
    const missing = branches.filter((b) => !problems.includes(b.replace(/\s+/g, '')));
    total += branches.length; named += branches.length - missing.length;
    if (missing.length && values.verbose) console.log(`  ${rule}: not named in 二、存在的问题: ${missing.join('、')}`);
  }
  const anywhere = good.filter((t) => !flat.includes(t.branch.replace(/\s+/g, ''))).map((t) => t.branch);
  console.log(`  branch×rule named in 二、存在的问题: ${named}/${total}; branches absent from the whole summary: ${anywhere.length ? anywhere.join('、') : 'none'}`);
}

await main();
