/**
 * The blank ledger workbook branches can adopt, built from ledger/schema so the headers
 * the template writes are exactly the ones recognition reads. Sheets: 支部信息, 党员名册,
 * 党费, 三会一课, 填表说明.
 */
import ExcelJS from 'exceljs';
import { BRANCH_SCHEMA } from '../../ledger/schema/branch-schema.js';
import { DUES_WIDE_SCHEMA } from '../../ledger/schema/dues-schema.js';
import type { FieldSpec, LedgerSchema } from '../../ledger/schema/field-spec.js';
import { MEETINGS_SCHEMA } from '../../ledger/schema/meetings-schema.js';
import { MEMBERS_SCHEMA } from '../../ledger/schema/members-schema.js';
import { enumLabels } from '../../ledger/schema/enums.js';
import { columnLetters } from '../../ledger/grid/address.js';
import { dueFormula } from './due-formula.js';
import { INSTRUCTIONS } from './instructions.js';

/** Rows prepared with drop-downs, formats and formulas. */
export const TEMPLATE_ROWS = 300;

export const SHEET_NAMES = { branch: '支部信息', members: '党员名册', dues: '党费', meetings: '三会一课', help: '填表说明' } as const;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2DCDB' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
};

/** Drop-downs that refuse other values; the others warn, since combined entries (书记兼组织委员) are legitimate. */
const STRICT_LISTS = new Set(['gender', 'category', 'status', 'branchType']);

type Column = { field: FieldSpec; header: string };

function templateColumns(schema: LedgerSchema): Column[] {
  const fields = schema.fields.filter((f) => f.template);
  const seq = fields.filter((f) => f.key === 'seq');
  return [...seq, ...fields.filter((f) => f.key !== 'seq')].map((field) => ({ field, header: field.label }));
}

function addValidation(ws: ExcelJS.Worksheet, range: string, field: FieldSpec): void {
  const dv: Record<string, unknown> = {};
  if (field.enum) {
    Object.assign(dv, {
      type: 'list', allowBlank: true, formulae: [`"${enumLabels(field.enum).join(',')}"`],
      showErrorMessage: true, errorStyle: STRICT_LISTS.has(field.enum.key) ? 'stop' : 'warning',
      errorTitle: field.label, error: `请从下拉列表中选择${field.label}`,
    });
  } else if (field.template?.prompt) {
    dv.type = 'any';
  } else return;
  if (field.template?.prompt) Object.assign(dv, { showInputMessage: true, promptTitle: field.label, prompt: field.template.prompt });
  // exceljs has Worksheet#dataValidations at run time but not in its typings
  (ws as unknown as { dataValidations: { add(range: string, v: unknown): void } }).dataValidations.add(range, dv);
}

function header(ws: ExcelJS.Worksheet, labels: string[]): void {
  const row = ws.getRow(1);
  labels.forEach((label, i) => {
    const cell = row.getCell(i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.numFmt = '@';
  });
  row.height = 24;
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
}

function table(wb: ExcelJS.Workbook, name: string, columns: Column[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.field.template!.width;
    if (c.field.template!.numFmt) col.numFmt = c.field.template!.numFmt;
    addValidation(ws, `${columnLetters(i + 1)}2:${columnLetters(i + 1)}${TEMPLATE_ROWS + 1}`, c.field);
  });
  header(ws, columns.map((c) => c.header));
  return ws;
}

function branchSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEET_NAMES.branch);
  ws.getColumn(1).width = 16;
  ws.getColumn(2).width = 44;
  header(ws, ['项目', '内容']);
  BRANCH_SCHEMA.fields.forEach((f, i) => {
    const r = i + 2;
    const label = ws.getCell(r, 1);
    label.value = f.label;
    label.font = { bold: true };
    label.border = THIN;
    const value = ws.getCell(r, 2);
    value.border = THIN;
    if (f.template?.numFmt) value.numFmt = f.template.numFmt;
    addValidation(ws, `B${r}`, f);
  });
}

function duesSheet(wb: ExcelJS.Workbook): void {
  const fields = templateColumns(DUES_WIDE_SCHEMA);
  const lead = fields.filter((c) => c.field.key !== 'total' && c.field.key !== 'note');
  const monthField: FieldSpec = { key: 'month', label: '月', synonyms: [], type: 'amount', template: { width: 8, numFmt: '0.00' } };
  const months: Column[] = Array.from({ length: 12 }, (_, i) => ({ field: monthField, header: `${i + 1}月` }));
  const tail = fields.filter((c) => c.field.key === 'total' || c.field.key === 'note');
  const columns = [...lead, ...months, ...tail];
  const ws = table(wb, SHEET_NAMES.dues, columns);
  const col = (key: string) => columnLetters(columns.findIndex((c) => c.field.key === key) + 1);
  const first = columnLetters(lead.length + 1);
  const last = columnLetters(lead.length + 12);
  for (let r = 2; r <= TEMPLATE_ROWS + 1; r++) {
    // the result of an empty row (""), saved with the formula: a reader of the blank file finds the
    // formulas calculated, not "saved without results" (W03)
    ws.getCell(`${col('due')}${r}`).value = { formula: dueFormula(`${col('status')}${r}`, `${col('base')}${r}`), result: '' };
    ws.getCell(`${col('total')}${r}`).value = { formula: `IF(COUNT(${first}${r}:${last}${r})=0,"",SUM(${first}${r}:${last}${r}))`, result: '' };
  }
}

function helpSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEET_NAMES.help);
  ws.getColumn(1).width = 100;
  INSTRUCTIONS.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 14 };
    else if (/^[一二三四五六七八九十]、/.test(line)) cell.font = { bold: true };
  });
}

export function buildLedgerTemplate(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '党建台账助手';
  wb.created = new Date(Date.UTC(2025, 0, 1));
  wb.modified = wb.created;
  branchSheet(wb);
  table(wb, SHEET_NAMES.members, templateColumns(MEMBERS_SCHEMA));
  duesSheet(wb);
  table(wb, SHEET_NAMES.meetings, templateColumns(MEETINGS_SCHEMA));
  helpSheet(wb);
  return wb;
}
