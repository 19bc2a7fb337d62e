/**
 * Lays sample sheets out the way branches make them (title rows, merged titles, footers,
 * text-formatted columns) and writes them with exceljs.
 */
import ExcelJS from 'exceljs';

export interface Styled {
  value: string | number | boolean | Date | null;
  numFmt?: string;
}
export type CellInput = string | number | boolean | Date | null | Styled;

export interface TableSheet {
  kind?: 'table';
  name: string;
  /** rows above the header; the first is merged across the table and centred like a title */
  titleRows?: string[];
  headers: string[];
  rows: CellInput[][];
  /** rows after the data (合计, 填表人：…) */
  footerRows?: CellInput[][];
  /** number format per 0-based column (e.g. '@' for text) */
  formats?: Record<number, string>;
  /** one entry per data row: the rule IDs expected on it; adds an `expect` column */
  expect?: (string | null)[];
}

export interface PairSheet {
  kind: 'pairs';
  name: string;
  titleRows?: string[];
  pairs: [string, CellInput][];
  /** one entry per pair: the rule IDs expected on it; adds an `expect` column */
  expect?: (string | null)[];
}

export interface RowsSheet {
  kind: 'rows';
  name: string;
  rows: CellInput[][];
}

export type SampleSheet = TableSheet | PairSheet | RowsSheet;

/** An ISO date as a real Excel date cell (exceljs writes it as a serial with the format). */
export function xlDate(date: string, numFmt = 'yyyy-mm-dd'): Styled {
  const [y, m, d] = date.split('-').map(Number);
  return { value: new Date(Date.UTC(y, m - 1, d)), numFmt };
}

function put(cell: ExcelJS.Cell, input: CellInput, fmt?: string) {
  if (input != null && typeof input === 'object' && !(input instanceof Date)) {
    cell.value = input.value as ExcelJS.CellValue;
    if (input.numFmt) cell.numFmt = input.numFmt;
  } else {
    cell.value = input as ExcelJS.CellValue;
    if (fmt) cell.numFmt = fmt;
  }
}

function addTable(ws: ExcelJS.Worksheet, s: TableSheet) {
  const width = s.headers.length + (s.expect ? 1 : 0);
  let r = 1;
  for (const [i, t] of (s.titleRows ?? []).entries()) {
    ws.getCell(r, 1).value = t;
    if (i === 0) {
      ws.mergeCells(r, 1, r, Math.max(width, 2));
      ws.getCell(r, 1).alignment = { horizontal: 'center' };
      ws.getCell(r, 1).font = { bold: true, size: 16 };
    }
    r++;
  }
  const headers = s.expect ? [...s.headers, 'expect'] : s.headers;
  headers.forEach((h, c) => {
    ws.getCell(r, c + 1).value = h;
    ws.getCell(r, c + 1).font = { bold: true };
  });
  r++;
  s.rows.forEach((row, i) => {
    row.forEach((v, c) => put(ws.getCell(r, c + 1), v, s.formats?.[c]));
    if (s.expect?.[i]) ws.getCell(r, s.headers.length + 1).value = s.expect[i];
    r++;
  });
  for (const row of s.footerRows ?? []) {
    row.forEach((v, c) => put(ws.getCell(r, c + 1), v));
    r++;
  }
  headers.forEach((h, c) => (ws.getColumn(c + 1).width = Math.max(8, Math.min(24, h.length * 2 + 4))));
}

function addPairs(ws: ExcelJS.Worksheet, s: PairSheet) {
  let r = 1;
  for (const t of s.titleRows ?? []) {
    ws.getCell(r, 1).value = t;
    ws.mergeCells(r, 1, r, 2);
    r++;
  }
  s.pairs.forEach(([label, v], i) => {
    ws.getCell(r, 1).value = label;
    put(ws.getCell(r, 2), v);
    if (s.expect?.[i]) ws.getCell(r, 3).value = s.expect[i];
    r++;
  });
  ws.getColumn(1).width = 16;
  ws.getColumn(2).width = 36;
}

export function buildWorkbook(sheets: SampleSheet[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'dangjian samples';
  // fixed dates keep the files byte-stable between runs
  wb.created = wb.modified = new Date(Date.UTC(2025, 11, 31));
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    if (s.kind === 'pairs') addPairs(ws, s);
    else if (s.kind === 'rows') s.rows.forEach((row, r) => row.forEach((v, c) => put(ws.getCell(r + 1, c + 1), v)));
    else addTable(ws, s);
  }
  return wb;
}

export async function writeWorkbook(file: string, sheets: SampleSheet[]): Promise<void> {
  await buildWorkbook(sheets).xlsx.writeFile(file);
}
