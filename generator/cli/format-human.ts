/**
 * Human-readable Chinese output of `dangjian check`: grouped by file and by ledger,
 * with cell addresses, and a summary line at the end.
 */
import type { Finding, Severity } from '../../ledger/findings/finding.js';
import type { Ledger } from '../../ledger/model/ledger.js';
import { ledgerSheets } from '../../ledger/model/ledger-sheets.js';
import { maskIdsInText } from '../../ledger/values/mask.js';
import type { FileResult } from '../pipeline/check-file.js';

export interface Tally {
  files: number;
  unreadable: number;
  bySeverity: Record<Severity, number>;
}

export function emptyTally(): Tally {
  return { files: 0, unreadable: 0, bySeverity: { 错误: 0, 警告: 0, 提示: 0 } };
}

function ledgerLabel(sheet: string | null, ledger: Ledger): string {
  if (sheet == null) return '支部整体';
  if (ledger.members && ledgerSheets(ledger.members).includes(sheet)) return `党员名册（工作表“${sheet}”）`;
  if (ledger.dues && ledgerSheets(ledger.dues).includes(sheet)) return `党费收缴台账（工作表“${sheet}”）`;
  if (ledger.meetings && ledgerSheets(ledger.meetings).includes(sheet)) return `三会一课记录（工作表“${sheet}”）`;
  if (ledger.branch.sheet === sheet) return `支部基本信息（工作表“${sheet}”）`;
  return `工作表“${sheet}”`;
}

const SPLIT_LABELS = [['members', '党员名册'], ['dues', '党费收缴台账'], ['meetings', '三会一课记录']] as const;

/** A ledger read from several sheets says so: the user sees that every part was checked. */
function splitNotes(ledger: Ledger): string[] {
  const out: string[] = [];
  for (const [key, label] of SPLIT_LABELS) {
    const sheets = ledger[key]?.sheets;
    if (sheets) out.push(`    ${label}分 ${sheets.length} 张工作表填写（${sheets.map((s) => `“${maskIdsInText(s)}”`).join('、')}），已合并检查。`);
  }
  return out;
}

function where(f: Finding): string {
  const parts: string[] = [];
  if (f.cell) parts.push(f.cell);
  else if (f.row != null) parts.push(`第${f.row}行`);
  if (f.period) parts.push(f.period);
  return parts.length ? parts.join(' ') : '—';
}

/** Lines for one file; updates the tally. */
export function formatFile(r: FileResult, tally: Tally): string[] {
  tally.files++;
  const lines: string[] = [];
  if (r.error || !r.result) {
    tally.unreadable++;
    lines.push(`✗ ${r.file}`);
    lines.push(`    无法读取：${maskIdsInText(r.error?.message ?? '未知原因')}`);
    return lines;
  }
  const { findings, ledger, asOf } = r.result;
  const count = { 错误: 0, 警告: 0, 提示: 0 } as Record<Severity, number>;
  for (const f of findings) count[f.severity]++;
  for (const s of Object.keys(count) as Severity[]) tally.bySeverity[s] += count[s];
  const mark = count.错误 ? '✗' : count.警告 ? '!' : '✓';
  lines.push(`${mark} ${r.file}（${r.branch}，统计截止 ${asOf}）`);
  lines.push(...splitNotes(ledger));
  if (!findings.length) {
    lines.push('    未发现问题。');
    return lines;
  }
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = ledgerLabel(f.sheet, ledger);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  for (const [label, list] of groups) {
    lines.push(`  ${label}：${list.length} 个问题`);
    for (const f of list) {
      lines.push(`    [${f.severity}] ${f.rule} ${where(f)}  ${maskIdsInText(f.message)}`);
    }
  }
  lines.push(`  小计：错误 ${count.错误} 个，警告 ${count.警告} 个，提示 ${count.提示} 个。`);
  return lines;
}

export function formatSummary(t: Tally): string {
  const total = t.bySeverity.错误 + t.bySeverity.警告 + t.bySeverity.提示;
  const read = t.files - t.unreadable;
  return `共检查 ${t.files} 个文件：${read} 个读取成功，${t.unreadable} 个无法读取；发现问题 ${total} 个（错误 ${t.bySeverity.错误}，警告 ${t.bySeverity.警告}，提示 ${t.bySeverity.提示}）。`;
}

/**
 * The files that could not be read, again, just above the summary line (README: 原因列在最后), so
 * that among thousands of files none goes unnoticed. No blank line: the summary stays the last line.
 */
export function formatUnreadable(list: { file: string; reason: string }[]): string[] {
  if (list.length === 0) return [];
  return [`以下 ${list.length} 个文件无法读取：`, ...list.flatMap((u) => [`  ${u.file}`, `    ${u.reason}`])];
}
