/**
 * The fast reader: xlsx bytes → Grid without exceljs. The same guards and errors as
 * read-workbook.ts (sniff, zip bomb by declared size and ratio, merged-area cap, NO_SHEETS), the
 * same Grid as exceljs-grid.ts for the same file (proved by stream-xlsx.test.ts over the corpus),
 * in a fraction of the time: parts are inflated once and scanned as strings.
 * Deliberate differences: element names with a namespace prefix (<x:row>) are read; exceljs reads none.
 * A date-styled formula whose cached result is an error or text keeps it (exceljs makes it empty).
 * A formula saved without any result (no <v>: a file another program wrote) is `{ v: null, t: '#未计算' }`
 * (values/formula-error.ts); exceljs gives no result for it, as for an empty text result (<v></v>), so
 * that reader cannot tell the two apart and leaves both empty.
 */
import { requireXlsxContent } from './require-xlsx.js';
import type { Grid, GridSheet } from '../../ledger/grid/grid.js';
import { ReadError } from './read-error.js';
import { readError } from './read-messages.js';
import { guardZip } from './zip-guard.js';
import { countCells, mergedArea, guardCellText, MAX_CELLS, MAX_MERGED_CELLS } from './sheet-guard.js';
import { dateSystem } from './date-system.js';
import { parseRels, parseSharedStrings, parseStyles, parseWorkbookSheets } from './stream-parts.js';
import { parseSheet, OverlappingMergeError } from './stream-sheet.js';
import { notWorkbookZip } from './zip-kind.js';

const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;

function text(bytes: Uint8Array | undefined): string | null {
  if (!bytes) return null;
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** `file` is only used in messages. Throws ReadError with the codes of read-workbook.ts. */
export function readWorkbookStream(buf: Uint8Array, file: string): Grid {
  requireXlsxContent(buf, file);
  const parts = new Map<string, Uint8Array>();
  // sheet parts as text: decoded once, for the size guard and then the parse
  const sheetTexts = new Map<string, string>();
  // the cell count is a scan of every sheet part, needed only where the parts are long enough to hold
  // more than MAX_CELLS: each counted "<c " takes three characters of its part at least
  const guardedTexts: string[] = [];
  let guardedChars = 0, merged = 0;
  const zip = guardZip(buf, file, undefined, (name, bytes) => {
    const n = name[0] === '/' ? name.slice(1) : name;
    const guarded = /^\/?xl\/worksheets\/[^/]+\.xml$/i.test(name);
    const kept = WORKSHEET.test(n);
    if (guarded || kept) {
      const xml = text(bytes)!;
      if (guarded) {
        guardedTexts.push(xml);
        guardedChars += xml.length;
        // most sheets merge nothing: one string search says so (mergedArea looks for the same tag)
        if (xml.includes('<mergeCell ')) merged += mergedArea(bytes);
      }
      if (kept) sheetTexts.set(n, xml);
    } else if (n === 'xl/_rels/workbook.xml.rels' || n === 'xl/sharedStrings.xml' || n === 'xl/styles.xml') {
      parts.set(n, bytes);
    }
  });
  const cells = guardedChars > 3 * MAX_CELLS ? guardedTexts.reduce((n, t) => n + countCells(t), 0) : 0;
  guardedTexts.length = 0;
  if (cells > MAX_CELLS) throw readError('TOO_LARGE', file, `共约 ${cells} 个单元格，上限 ${MAX_CELLS}`);
  if (merged > MAX_MERGED_CELLS) throw readError('TOO_LARGE', file, `合并单元格共覆盖 ${merged} 个单元格`);
  if (!zip.workbookXml) throw notWorkbookZip(file, zip.entries.map((e) => e.name));
  const sys = dateSystem(zip.workbookXml);
  let grid: Grid;
  try {
    const sheets = parseWorkbookSheets(text(zip.workbookXml)!);
    const rels = parseRels(text(parts.get('xl/_rels/workbook.xml.rels')) ?? '');
    const ssXml = text(parts.get('xl/sharedStrings.xml'));
    const ctx = {
      strings: ssXml === null ? null : parseSharedStrings(ssXml),
      styles: parseStyles(text(parts.get('xl/styles.xml'))),
      sys,
    };
    // exceljs keys worksheets by sheetId (a repeated id replaces the sheet, at the first one's place)
    const byId = new Map<number, { order: number; sheet: () => GridSheet }>();
    sheets.forEach((s, i) => {
      const target = s.rId !== undefined ? rels.get(s.rId) : undefined;
      if (target === undefined) return;
      const part = sheetTexts.get(`xl/${target.replace(/^(\s|\/xl\/)+/, '')}`);
      if (part === undefined || !Number.isInteger(s.sheetId) || s.sheetId < 1) return;
      const order = sheets.findIndex((x) => x.sheetId === s.sheetId);
      const hidden = s.state === 'hidden' || s.state === 'veryHidden';
      byId.set(s.sheetId, { order, sheet: () => parseSheet(part, s.name, hidden, ctx) });
    });
    const ordered = [...byId.values()].sort((a, b) => a.order - b.order);
    grid = { sheets: ordered.map((e) => e.sheet()) };
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw readError('CORRUPT', file, e instanceof OverlappingMergeError ? '合并单元格区域互相重叠' : '工作簿内容无法解析', e);
  }
  if (!grid.sheets.some((s) => s.rows.length > 0)) throw readError('NO_SHEETS', file);
  guardCellText(grid, file);
  return grid;
}
