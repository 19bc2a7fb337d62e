/**
 * The corrected-ready copy (…_问题标注.xlsx) the level above sends back to a branch: the branch's own
 * workbook with every cell a finding points at filled (light red 错误, yellow 警告, blue 提示) and a
 * note giving the rule and the fix, plus a 问题清单 sheet listing every finding. The input file is only
 * read; the copy is returned as bytes for the caller to write elsewhere.
 */
import ExcelJS from 'exceljs';
import type { Finding, Severity } from '../../ledger/findings/finding.js';
import { SEVERITY_ORDER } from '../../ledger/findings/finding.js';
import { findingRow } from '../findings-workbook/finding-rows.js';
import { ruleName } from '../findings-workbook/rule-names.js';
import type { BranchStats } from '../../ledger/stats/stats-types.js';
import {
  addFindingRow, addHeaderRow, FINDINGS_SHEET_OPTIONS, finishFindingsSheet, prepareFindingsSheet, SHEET_NAME,
} from '../findings-workbook/findings-sheet.js';

export const SEVERITY_FILL: Record<Severity, string> = { 错误: 'FFFFC7CE', 警告: 'FFFFEB9C', 提示: 'FFDDEBF7' };

export interface AnnotateMeta {
  branch: string;
  /** the input path as given, shown in the 文件 column */
  file: string;
  /** the sheets each ledger was read from, to name the ledger of a W02/W03 (BranchStats) */
  sheets?: BranchStats['sheets'];
}

export async function annotateWorkbook(input: string, findings: Finding[], meta: AnnotateMeta): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  for (const [key, group] of groupByCell(findings)) {
    const [sheetName, address] = splitKey(key);
    const ws = wb.getWorksheet(sheetName);
    if (!ws) continue;
    markCell(ws.getCell(address), group);
  }
  addFindingsSheet(wb, findings, meta);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function groupByCell(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.sheet == null || f.cell == null) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  return groups;
}

function splitKey(key: string): [string, string] {
  const i = key.indexOf('\u0000');
  return [key.slice(0, i), key.slice(i + 1)];
}

/** Fill by the worst severity on the cell; one note line per finding, after any note the branch wrote. */
function markCell(cell: ExcelJS.Cell, group: Finding[]): void {
  const worst = group.reduce((w, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[w] ? f.severity : w), group[0].severity);
  // a new style object: exceljs shares one between all cells of a format read from a file, and
  // setting cell.fill would paint every one of them (exceljs#2055)
  cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[worst] } } };
  const ours = group.map(noteLine).join('\n');
  const existing = noteText(cell.note);
  cell.note = existing ? `${existing}\n${ours}` : ours;
}

export function noteLine(f: Finding): string {
  return `【${f.severity}】${f.rule} ${ruleName(f.rule)}：${f.message}`;
}

function noteText(note: ExcelJS.Cell['note']): string {
  if (note == null) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

function addFindingsSheet(wb: ExcelJS.Workbook, findings: Finding[], meta: AnnotateMeta): void {
  let name = SHEET_NAME;
  for (let n = 2; wb.getWorksheet(name); n++) name = `${SHEET_NAME}${n}`;
  const ws = wb.addWorksheet(name, FINDINGS_SHEET_OPTIONS);
  prepareFindingsSheet(ws);
  addHeaderRow(ws);
  findings.forEach((f, i) => addFindingRow(ws, findingRow(i + 1, meta.branch, meta.file, f, meta.sheets)));
  finishFindingsSheet(ws, findings.length);
}
