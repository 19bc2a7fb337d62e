/**
 * `dangjian check <file|folder>... [--as-of YYYY-MM-DD] [--json] [--set key=value]`
 * Exit code: 0 when every file was read, 1 when some file could not be read, 2 for usage errors.
 */
import { Command } from 'commander';
import { findWorkbooks } from '../read/find-workbooks.js';
import { checkFile, type FileResult } from '../pipeline/check-file.js';
import { collect, parseAsOf, parseSettings } from './options.js';
import { UsageError } from './usage-error.js';
import { emptyTally, formatFile, formatSummary } from './format-human.js';
import { fileEntry, JSON_HEAD, JSON_TAIL } from './format-json.js';

interface CheckCliOptions {
  asOf?: string;
  json?: boolean;
  set?: string[];
}

export function checkCommand(): Command {
  return new Command('check')
    .description('检查台账工作簿，列出每个问题（工作表、单元格、规则、说明）')
    .argument('<paths...>', '工作簿文件或文件夹（文件夹会递归查找 .xlsx / .xls 文件）')
    .option('--as-of <date>', '统计截止日期 YYYY-MM-DD（默认：统计年度末与今天中较早者）')
    .option('--json', '以 JSON 输出（供其他程序使用）')
    .option('--set <key=value>', '修改检查设置，可多次使用，如 --set lectureFrequency=month', collect, [])
    .action(async (paths: string[], opts: CheckCliOptions) => {
      process.exitCode = await runCheck(paths, opts);
    });
}

async function runCheck(paths: string[], opts: CheckCliOptions): Promise<number> {
  const asOf = parseAsOf(opts.asOf);
  const settings = parseSettings(opts.set);
  const { files, missing } = await findWorkbooks(paths);
  if (!files.length && !missing.length) {
    throw new UsageError(`在 ${paths.join('、')} 中没有找到 .xlsx 工作簿。`);
  }
  const out = process.stdout;
  let anyUnreadable = missing.length > 0;
  const results: FileResult[] = missing.map((file) => ({
    file, branch: file, result: null,
    error: { code: 'NOT_FOUND', message: `找不到文件或文件夹“${file}”，请检查路径是否正确。` },
  }));
  const tally = emptyTally();
  let first = true;
  const emit = (r: FileResult) => {
    if (r.error) anyUnreadable = true;
    if (opts.json) {
      out.write((first ? '' : ',') + JSON.stringify(fileEntry(r)));
    } else {
      out.write(formatFile(r, tally).join('\n') + '\n\n');
    }
    first = false;
  };
  if (opts.json) out.write(JSON_HEAD);
  for (const r of results) emit(r);
  for (const file of files) emit(await checkFile(file, { asOf, settings }));
  if (opts.json) out.write(JSON_TAIL);
  else out.write(formatSummary(tally) + '\n');
  return anyUnreadable ? 1 : 0;
}
