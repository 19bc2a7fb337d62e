/**
 * `dangjian check <file|folder>... [--as-of YYYY-MM-DD] [--json] [--set key=value]`
 * Exit code: 0 when every file was read, 1 when some file could not be read, 2 for usage errors.
 */
import { Command } from 'commander';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { findWorkbooks } from '../read/find-workbooks.js';
import { branchNameFromFile } from '../pipeline/check-file.js';
import { undatedCutoff, type JudgedFile } from '../report/batch-cutoff.js';
import { checkOutcome, runCheckTask, type CheckOutcome, type CheckTask } from '../bulk/check-task.js';
import { forEachOrdered } from '../bulk/ordered.js';
import { WorkerPool } from '../bulk/worker-pool.js';
import { workerScript } from '../bulk/worker-script.js';
import { collect, noWorkbooksMessage, parseAsOf, parseSettings, parseJobs } from './options.js';
import { UsageError } from './usage-error.js';
import { emptyTally, formatSummary, formatUnreadable, type Tally } from './format-human.js';
import { JSON_HEAD, JSON_TAIL } from './format-json.js';

interface CheckCliOptions {
  asOf?: string;
  json?: boolean;
  set?: string[];
  jobs?: string;
}

export function checkCommand(): Command {
  return new Command('check')
    .description('检查台账工作簿，列出每个问题（工作表、单元格、规则、说明）')
    .argument('<路径...>', '工作簿文件或文件夹（文件夹会递归查找 .xlsx / .xlsm / .xls 文件；其中的 WPS .et、.ods 等表格会读取或提示另存为 .xlsx，.zip 等压缩包会提示先解压）')
    .option('--as-of <date>', '统计截止日期 YYYY-MM-DD（默认：统计年度末与今天中较早者）')
    .option('--json', '以 JSON 输出（供其他程序使用）')
    .option('--set <key=value>', '修改检查设置，可多次使用，如 --set lectureFrequency=month', collect)
    .option('--jobs <n>', '同时处理的线程数（默认：CPU 核数，最多 4）')
    .action(async (paths: string[], opts: CheckCliOptions) => {
      process.exitCode = await runCheck(paths, opts);
    });
}

/**
 * A check worker keeps nothing but the file in hand (peak RSS ~150 MB at 5,000 files), so it gets
 * V8's default young generation: the report run's 16 MB cap cost check ~7% in GC.
 */
const CHECK_LIMITS = { maxOldGenerationSizeMb: 512 };

/** below this many files, starting threads costs more than it saves */
const MIN_FILES_FOR_WORKERS = 4;

async function runCheck(paths: string[], opts: CheckCliOptions): Promise<number> {
  const asOf = parseAsOf(opts.asOf);
  const settings = parseSettings(opts.set);
  const script = workerScript();
  const cores = parseJobs(opts.jobs) ?? Math.min(availableParallelism(), 4);
  // the threads start (and load the engine) while the files are being found; a folder or a few
  // files are likely enough to need them, else they are closed unused
  let pool = script && cores > 1 && (paths.length >= MIN_FILES_FOR_WORKERS || await anyFolder(paths))
    ? new WorkerPool<CheckTask, CheckOutcome>(script, cores, CHECK_LIMITS, { depth: 2, workerData: 'check' }) : null;
  pool?.warm();
  let found: Awaited<ReturnType<typeof findWorkbooks>>;
  try {
    found = await findWorkbooks(paths);
  } catch (e) {
    await pool?.close();
    throw e;
  }
  const { files, missing } = found;
  if (pool && files.length < MIN_FILES_FOR_WORKERS) {
    await pool.close();
    pool = null;
  }
  if (!files.length && !missing.length) {
    throw new UsageError(noWorkbooksMessage(paths));
  }
  const out = process.stdout;
  // `dangjian check … | head`: the reader has gone, there is nobody left to tell. The threads
  // finish the file in hand first: ending them mid-file can abort the process.
  let gone = false;
  out.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    if (gone) return;
    gone = true;
    void (pool?.drain() ?? Promise.resolve()).then(() => process.exit(process.exitCode ?? 0));
  });
  const json = Boolean(opts.json);
  let anyUnreadable = missing.length > 0;
  const tally = emptyTally();
  const unreadable: { file: string; reason: string }[] = [];
  let first = true;
  const emit = async (o: CheckOutcome): Promise<void> => {
    if (gone) return;
    if (o.unreadable) {
      anyUnreadable = true;
      unreadable.push({ file: o.file, reason: o.reason ?? '未知原因' });
    }
    addTally(tally, o.tally);
    const ok = out.write(json ? (first ? '' : ',') + o.text : o.text);
    first = false;
    // bounded memory when stdout is slower than the threads
    if (!ok) await new Promise<void>((r) => out.once('drain', r));
  };
  if (json) out.write(JSON_HEAD);
  for (const file of missing) {
    await emit(checkOutcome({
      file, branch: file, result: null,
      error: { code: 'NOT_FOUND', message: `找不到文件或文件夹“${file}”，请检查路径是否正确。` },
    }, json));
  }
  const options = { asOf, settings };
  const work = (file: string, opts: CheckTask['options'] = options): Promise<CheckOutcome> => {
    const task: CheckTask = { kind: 'check', file, options: opts, json };
    return pool ? pool.run(task).catch((e: Error) => crashOutcome(file, e, json)) : runCheckTask(task);
  };
  // without --as-of, a workbook naming no 统计年度 is judged at today, which only the others can
  // correct: as `report` does, it waits for the cutoff most dated branches share and is judged
  // again at it (printed after the others), so both commands judge a file the same way
  const judged: JudgedFile[] = [];
  const undated: CheckOutcome[] = [];
  const take = async (o: CheckOutcome): Promise<void> => {
    if (o.judged) judged.push(o.judged);
    if (!asOf && o.judged && o.judged.stats.year == null) undated.push(o);
    else await emit(o);
  };
  const rejudged: { file: string; branch: string }[] = [];
  let target: string | null = null;
  try {
    await forEachOrdered(files, pool ? cores * 4 : 1, (file) => work(file), take);
    target = undated.length ? undatedCutoff(judged) : null;
    await forEachOrdered(undated, pool ? cores * 4 : 1, (o) => {
      if (target == null || o.judged!.stats.asOf === target) return Promise.resolve(o);
      return work(o.file, { asOf: target, settings }).then((again) => (again.unreadable ? o : again));
    }, async (o) => {
      if (target != null && o.judged?.stats.asOf === target) rejudged.push({ file: o.file, branch: o.judged.stats.branch });
      await emit(o);
    });
  } finally {
    await pool?.close();
  }
  if (rejudged.length > 0) {
    process.stderr.write(`注意：以下 ${rejudged.length} 个工作簿未写明统计年度，已按多数支部的统计截止日期 ${target} 统计：\n`);
    for (const u of rejudged) process.stderr.write(`  ${u.file}（${u.branch}）\n`);
  }
  if (json) out.write(JSON_TAIL);
  else out.write([...formatUnreadable(unreadable), formatSummary(tally)].join('\n') + '\n');
  return anyUnreadable ? 1 : 0;
}

async function anyFolder(paths: string[]): Promise<boolean> {
  for (const p of paths) if (await stat(p).then((s) => s.isDirectory(), () => false)) return true;
  return false;
}

function addTally(into: Tally, t: Tally): void {
  into.files += t.files;
  into.unreadable += t.unreadable;
  for (const s of Object.keys(t.bySeverity) as (keyof Tally['bySeverity'])[]) into.bySeverity[s] += t.bySeverity[s];
}

/** A worker that died took only this file with it. */
function crashOutcome(file: string, e: Error, json: boolean): CheckOutcome {
  const error = { code: 'INTERNAL', message: `处理文件“${file}”时程序出错（${e.message}）。其他文件不受影响；请将此文件反馈给技术支持。` };
  return checkOutcome({ file, branch: branchNameFromFile(file), result: null, error }, json);
}
