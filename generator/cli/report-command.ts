/**
 * `dangjian report <file|folder>... -o <dir> [--as-of] [--title] [--unit] [--template] [--annotate] [--force]`
 * One report per branch, 汇总调研报告.docx, 问题清单.xlsx (and with --annotate a …_问题标注.xlsx per input).
 * Inputs are only read. Exit code: 0 when every file was read, 1 when some could not be read (or the
 * output folder cannot be written), 2 for usage errors.
 */
import { Command } from 'commander';
import { stat } from 'node:fs/promises';
import { basename, relative, resolve, isAbsolute } from 'node:path';
import { findWorkbooks } from '../read/find-workbooks.js';
import type { BulkResult } from '../bulk/run-bulk.js';
import { TemplateError } from '../report/template-error.js';
import { isTempName } from '../output/atomic-write.js';
import { finality } from '../report/intake.js';
import { OutputDirError, prepareOutputDir } from '../output/output-dir.js';
import { lockOutputDir, type OutputLock } from '../output/output-lock.js';
import { collect, noWorkbooksMessage, parseAsOf, parseSettings, parseJobs } from './options.js';
import { createProgress } from './report-progress.js';
import { quietOnClosedPipe } from './closed-pipe.js';
import { UsageError } from './usage-error.js';

interface ReportCliOptions {
  output?: string;
  asOf?: string;
  title?: string;
  unit?: string;
  template?: string;
  annotate?: boolean;
  force?: boolean;
  jobs?: string;
  set?: string[];
}

export function reportCommand(): Command {
  return new Command('report')
    .description('生成调研报告：每个支部一份报告、一份汇总调研报告和一份问题清单工作簿（不修改原文件）')
    .argument('<路径...>', '工作簿文件或文件夹（文件夹会递归查找工作簿）')
    .option('-o, --output <dir>', '输出文件夹（必填；不存在时自动创建）')
    .option('--as-of <date>', '统计截止日期 YYYY-MM-DD（默认：统计年度末与今天中较早者）')
    .option('--title <text>', '汇总报告标题，如“关于全县机关党建工作情况的调研报告”')
    .option('--unit <name>', '落款单位，如“中共××县委机关工委”')
    .option('--template <dir>', '报告模板文件夹（默认使用自带的 templates/report）')
    .option('--annotate', '同时为每个工作簿生成“…_问题标注.xlsx”副本：标出有问题的单元格并加批注，便于退回支部修改')
    .option('--force', '忽略已生成的结果，全部重新生成')
    .option('--jobs <n>', '同时处理的线程数（默认：CPU 核数）')
    .option('--set <key=value>', '修改检查设置，可多次使用，如 --set lectureFrequency=month', collect)
    .action(async (paths: string[], opts: ReportCliOptions) => {
      process.exitCode = await runReport(paths, opts);
    });
}

async function runReport(paths: string[], opts: ReportCliOptions): Promise<number> {
  const asOf = parseAsOf(opts.asOf);
  const settings = parseSettings(opts.set);
  const jobs = parseJobs(opts.jobs);
  const templateDir = opts.template == null ? undefined : await existingDir(opts.template);
  if (!opts.output?.trim()) {
    throw new UsageError('请用 -o 指定报告的输出文件夹，例如：dangjian report 台账文件夹 -o 报告输出');
  }
  // loaded here, not at start-up: docx and exceljs cost every `check` run most of a second otherwise
  const [{ ANNOTATED_SUFFIX, runBulk }, { preloadTemplates, summaryExampleUnit }, { FINDINGS_WORKBOOK_NAME }] = await Promise.all([
    import('../bulk/run-bulk.js'), import('../bulk/report-api.js'), import('../findings-workbook/write-findings-workbook.js'),
  ]);
  // a broken template would otherwise fail every branch, after the whole run
  await preloadTemplates(templateDir).catch((e: unknown) => {
    throw e instanceof TemplateError ? new UsageError(e.message) : e;
  });

  const found = await findWorkbooks(paths);
  const ours = { annotatedSuffix: ANNOTATED_SUFFIX, findingsWorkbook: FINDINGS_WORKBOOK_NAME };
  const files = found.files.filter((f) => !isOurOutput(f, resolve(opts.output!.trim()), ours));
  const missing = found.missing;
  if (!files.length && !missing.length) throw new UsageError(noWorkbooksMessage(paths));

  // before the long run: the folder exists (or is made), can be written, and no other run holds it
  let outDir: string;
  let lock: OutputLock;
  try {
    outDir = await prepareOutputDir(opts.output.trim());
    lock = await lockOutputDir(outDir);
  } catch (e) {
    if (!(e instanceof OutputDirError)) throw e;
    process.stderr.write(e.message + '\n');
    return 1;
  }

  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  const today = localToday();
  const progress = createProgress(files.length);
  let result: BulkResult;
  try {
    result = await runBulk({
      files,
      outDir,
      force: Boolean(opts.force),
      workers: jobs,
      onProgress: (done, total) => progress.update(done, total),
      run: {
        check: asOf ? { asOf, settings } : { today, settings },
        texts: { title: opts.title, unit: opts.unit },
        templateDir,
        annotate: Boolean(opts.annotate),
      },
    });
  } finally {
    progress.stop();
    await lock.release();
  }
  printOutcome(result, outDir, missing, FINDINGS_WORKBOOK_NAME);
  // the summary would go out signed 中共××机关委员会: the one thing in it the ledgers cannot tell
  const example = await summaryExampleUnit(result.fold.digests, templateDir, { unit: opts.unit });
  if (example) {
    process.stderr.write(`注意：汇总调研报告的开头和落款用的是报告模板中的示例单位“${example}”（各支部填写的上级党组织不同或未填写）。`
      + '请用 --unit 写明调研单位的全称后重新生成，或在报告模板 frame.yaml 的 defaults.unit 中填写。\n');
  }
  return result.failures.length > 0 || missing.length > 0 ? 1 : 0;
}

function printOutcome(r: BulkResult, outDir: string, missing: string[], FINDINGS_WORKBOOK_NAME: string): void {
  const out = process.stdout;
  const reports = r.fold.digests.length;
  if (reports > 0) {
    const skipped = r.skipped > 0 ? `（其中 ${r.skipped} 份未变化，沿用已有结果）` : '';
    const branches = r.counted.digests.length;
    out.write(branches === reports
      ? `已生成 ${reports} 个支部的调研报告${skipped}。\n`
      : `已生成 ${reports} 份支部调研报告${skipped}，汇总计入 ${branches} 个支部（有 ${r.duplicates.length} 个支部报送了多份工作簿，见下方说明）。\n`);
    const extra = r.fold.findings - r.counted.findings;
    out.write(`汇总调研报告.docx、${FINDINGS_WORKBOOK_NAME}：共 ${r.counted.findings} 个问题`
      + `（错误 ${r.counted.bySeverity.错误}，警告 ${r.counted.bySeverity.警告}，提示 ${r.counted.bySeverity.提示}）`
      + (extra > 0 ? `；${FINDINGS_WORKBOOK_NAME} 另列出未计入汇总的工作簿的问题 ${extra} 个` : '') + '。\n');
    out.write(`输出文件夹：${outDir}\n`);
  } else {
    out.write('没有可读取的工作簿，未生成报告。\n');
  }
  for (const w of r.warnings) process.stderr.write(`注意：${w}\n`);
  for (const d of r.duplicates) {
    const last = d.submissions.at(-1)!;
    const which = d.counted === last ? '最后一份'
      : finality(d.counted.file) > finality(last.file) ? '文件名标明为最终版或修改版的一份' : '统计年度最新的一份';
    process.stderr.write(`注意：“${d.branch}”报送了 ${d.submissions.length} 份工作簿，汇总只计入${which}（${d.counted.file}），请核实以哪一份为准。各份的报告：\n`);
    for (const s of d.submissions) process.stderr.write(`  ${s.file} → ${s.report}\n`);
  }
  if (r.undated.length > 0) {
    const { asOf } = r.undated[0];
    process.stderr.write(`注意：以下 ${r.undated.length} 个工作簿未写明统计年度，已按多数支部的统计截止日期 ${asOf} 统计：\n`);
    for (const u of r.undated) process.stderr.write(`  ${u.file}（${u.branch}）\n`);
  }
  const failures = [
    ...missing.map((file) => ({ file, message: `找不到文件或文件夹“${file}”，请检查路径是否正确。` })),
    ...r.failures,
  ];
  if (failures.length > 0) {
    process.stderr.write(`\n以下 ${failures.length} 个文件无法读取，未生成报告：\n`);
    for (const f of failures) process.stderr.write(`  ${f.file}\n    ${f.message}\n`);
  }
}

/** Files this command wrote earlier into the output folder are never taken as inputs. */
function isOurOutput(file: string, outDir: string, ours: { annotatedSuffix: string; findingsWorkbook: string }): boolean {
  const rel = relative(outDir, resolve(file));
  if (rel.startsWith('..') || isAbsolute(rel)) return false;
  const name = basename(file);
  return name === ours.findingsWorkbook || name.endsWith(ours.annotatedSuffix) || isTempName(name);
}

async function existingDir(dir: string): Promise<string> {
  const s = await stat(dir).catch(() => null);
  if (!s?.isDirectory()) throw new UsageError(`找不到模板文件夹“${dir}”。请检查 --template 的路径。`);
  return resolve(dir);
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
