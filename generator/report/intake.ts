/**
 * What a bulk run received, for the summary report and 问题清单.xlsx: every workbook in input order,
 * read or not, and from it the files that could not be read and the branches that sent more than one.
 * Pure data (Node and browser alike).
 */
import type { BranchDigest, BranchStats } from '../../ledger/stats/stats-types.js';
// one branch under its several name forms (中共…支部委员会, …党支部) is one branch
import { branchKey } from '../../ledger/values/branch-key.js';

export interface Submission {
  /** path as given or found */
  file: string;
  /** 支部名称 as read; for a file that could not be read, the name its file name gives */
  branch: string;
  /** the branch report written for it (a file name), null when it could not be read */
  report: string | null;
  /** why it could not be read (Chinese message naming the file) */
  error: { code: string; message: string } | null;
}

export interface Intake {
  /** every workbook received, in input order */
  submissions: Submission[];
  /** --as-of was given: every branch was judged at that date */
  asOfGiven: boolean;
}

/** One branch sent several workbooks: all of them in input order, and the one the summary counts. */
export interface DuplicateBranch {
  branch: string;
  submissions: Submission[];
  /** the one countOnce kept (its file is among `countedFiles`), else the last */
  counted: Submission;
}

/** `countedFiles`: the files of the digests countOnce kept; without it the last of each branch counts. */
export function duplicateBranches(submissions: Submission[], countedFiles?: Iterable<string>): DuplicateBranch[] {
  const kept = new Set(countedFiles ?? []);
  const groups = new Map<string, Submission[]>();
  for (const s of submissions) {
    if (s.error) continue;
    const key = branchKey(s.branch);
    const g = groups.get(key);
    if (g) g.push(s);
    else groups.set(key, [s]);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => ({
    branch: g[0].branch,
    submissions: g,
    counted: [...g].reverse().find((s) => kept.has(s.file)) ?? g[g.length - 1],
  }));
}

/**
 * How final a copy's file name says it is: 最终版/终稿/定稿 over 修改版/更正/补报, over a plain name, over a
 * 副本 (Windows' "- 副本" copy of a file already there). The name is the sender's only word on it: the
 * modification time is when the committee saved the attachment, not when the branch finished it.
 */
export function finality(file: string): number {
  const name = fileName(file).replace(/\.[^.]+$/, '');
  if (/最终|终稿|定稿/.test(name)) return 3;
  if (/修改|更正|修订|补报|重报|新版/.test(name)) return 2;
  if (/副本|[-_ ]copy\b|备份/i.test(name)) return 0;
  return 1;
}

/**
 * A branch counts once in the summary: when it sent several workbooks (初报 and 补报), one stands for
 * it. First its ledgers of the latest 统计年度: a 2024 ledger sent beside the 2025 one is last year's
 * record, not a correction of this year's (an undated one may be either, so it competes). Among those,
 * the copy whose name says it is final (finality), then the last one read (input order: file names,
 * so a later submission numbered or dated later wins). The others keep their own branch reports; the
 * summary names them all and says which one counted.
 */
export function countOnce<D extends Pick<BranchDigest, 'file'> & { stats: Pick<BranchStats, 'branch' | 'year'> }>(digests: D[]): D[] {
  const latest = new Map<string, number>();
  for (const d of digests) {
    const key = branchKey(d.stats.branch);
    if (d.stats.year != null) latest.set(key, Math.max(d.stats.year, latest.get(key) ?? d.stats.year));
  }
  const best = new Map<string, { index: number; rank: number }>();
  digests.forEach((d, i) => {
    const key = branchKey(d.stats.branch);
    if (d.stats.year != null && d.stats.year !== latest.get(key)) return;
    const rank = finality(d.file);
    const held = best.get(key);
    if (!held || rank >= held.rank) best.set(key, { index: i, rank });
  });
  return digests.filter((d, i) => best.get(branchKey(d.stats.branch))?.index === i);
}

/** The file name without its folders, as the branch sent it. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/**
 * How each received file is named in the report: by its file name, or where another received file has
 * the same name, by its path from the folder all were found in (初报 西湖区卫健局机关党支部.xlsx beside
 * 补报/西湖区卫健局机关党支部.xlsx, not the same name twice).
 */
export function shownNames(files: readonly string[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const f of files) count.set(fileName(f), (count.get(fileName(f)) ?? 0) + 1);
  const parts = files.map((f) => f.split(/[\\/]/));
  // the folders every file lies in (the input folder, where one was given)
  let common = parts.length ? parts[0].length - 1 : 0;
  for (const p of parts) {
    let i = 0;
    while (i < common && i < p.length - 1 && p[i] === parts[0][i]) i++;
    common = i;
  }
  return new Map(files.map((f, i) => [f, (count.get(fileName(f)) ?? 0) > 1 ? parts[i].slice(common).join('/') : fileName(f)]));
}

/** The reason a file could not be read, without the file name (the row already shows it). */
export function reasonText(s: Submission): string {
  const m = s.error?.message ?? '未知原因。';
  const stripped = m.split(`文件“${s.file}”：`).join('').split(`“${s.file}”`).join('').trim();
  return stripped || m;
}

/** A few words for the kind of problem, to group the unreadable files in a sentence. */
const SHORT_REASONS: Record<string, string> = {
  NOT_FOUND: '找不到文件',
  EMPTY_FILE: '文件为空',
  NOT_XLSX: '不是Excel工作簿',
  CSV: '文本或CSV文件',
  XLS_BIFF: 'Excel 97-2003格式（.xls）',
  ENCRYPTED: '设置了打开密码',
  ZIP_BOMB: '解压后大小异常',
  CORRUPT: '文件损坏或不完整',
  TOO_LARGE: '文件过大',
  NO_SHEETS: '空白工作簿',
  NO_LEDGER: '未找到台账内容',
  IO: '文件无法打开',
};

export function shortReason(code: string): string {
  return SHORT_REASONS[code] ?? '程序处理出错';
}
