/**
 * Node adapter: a workbook file → Grid (ARCHITECTURE.md "Grid"). Every failure is a ReadError with
 * a Chinese message; the input is only ever opened for reading.
 */
import { requireXlsxContent } from './require-xlsx.js';
import { readFileSync, statSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import type { Grid } from '../../ledger/grid/grid.js';
import { ReadError } from './read-error.js';
import { readError } from './read-messages.js';
import { guardZip } from './zip-guard.js';
import { MAX_CELLS, MAX_MERGED_CELLS, sheetSize, guardCellText } from './sheet-guard.js';
import { dateSystem } from './date-system.js';
import { workbookToGrid } from './exceljs-grid.js';
import { installChineseBuiltinFormats } from './builtin-formats.js';
import { readWorkbookStream } from './stream-xlsx.js';
import { notWorkbookZip } from './zip-kind.js';

/**
 * Which reader turns the bytes into a Grid. 'stream' (stream-xlsx.ts, the default) gives the Grid
 * exceljs gives, several times faster; 'exceljs' stays as the reference and the fallback
 * (DANGJIAN_READER=exceljs selects it for a whole run).
 */
export type ReaderKind = 'stream' | 'exceljs';

export function defaultReader(): ReaderKind {
  return process.env.DANGJIAN_READER === 'exceljs' ? 'exceljs' : 'stream';
}

/** Files above this are refused before reading them into memory. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * Sheet parts exceljs would expand cell by cell (a data validation on E:E becomes a million
 * entries) and that the Grid does not need. Hyperlink cells keep their text as the cell value.
 */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'extLst', 'hyperlinks'];

export async function readWorkbookFile(file: string, reader: ReaderKind = defaultReader()): Promise<Grid> {
  const buf = await readWorkbookBytes(file);
  return reader === 'exceljs' ? readWorkbookBuffer(buf, file) : readWorkbookStream(buf, file);
}

/**
 * The file's bytes, refused (ReadError) when missing, not a file, unreadable or above MAX_FILE_BYTES.
 * Read synchronously: a workbook is one small regular file, and the bulk workers have nothing else to
 * do meanwhile; the async stat + readFile cost a worker ~1 ms a file of thread-pool round trips.
 */
export async function readWorkbookBytes(file: string): Promise<Buffer> {
  let size: number;
  try {
    const s = statSync(file);
    if (!s.isFile()) throw readError('NOT_FOUND', file);
    size = s.size;
  } catch (e) {
    if (e instanceof ReadError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw readError('NOT_FOUND', file, '', e);
    throw readError('IO', file, ioDetail(code), e);
  }
  if (size > MAX_FILE_BYTES) throw readError('TOO_LARGE', file, `${Math.round(size / 1048576)} MB`);
  let buf: Buffer;
  try {
    buf = readFileSync(file, { flag: 'r' });
  } catch (e) {
    throw readError('IO', file, ioDetail((e as { code?: string }).code), e);
  }
  return buf;
}

function ioDetail(code: string | undefined): string {
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  if (code === 'EBUSY') return '文件正被其他程序占用';
  return code ?? '';
}

/** The exceljs reader. `file` is only used in messages. The buffer is not modified. */
export async function readWorkbookBuffer(buf: Uint8Array, file: string): Promise<Grid> {
  requireXlsxContent(buf, file);
  let cells = 0, merged = 0;
  const zip = guardZip(buf, file, undefined, (name, bytes) => {
    if (!/^\/?xl\/worksheets\/[^/]+\.xml$/i.test(name)) return;
    const size = sheetSize(bytes);
    cells += size.cells;
    merged += size.mergedCells;
  });
  if (cells > MAX_CELLS) throw readError('TOO_LARGE', file, `共约 ${cells} 个单元格，上限 ${MAX_CELLS}`);
  if (merged > MAX_MERGED_CELLS) throw readError('TOO_LARGE', file, `合并单元格共覆盖 ${merged} 个单元格`);
  if (!zip.workbookXml) throw notWorkbookZip(file, zip.entries.map((e) => e.name));
  const sys = dateSystem(zip.workbookXml);
  // loaded on first use: the streaming reader's runs (the CLI's default) never pay for exceljs
  const { default: Excel } = await import('exceljs');
  installChineseBuiltinFormats();
  const wb = new Excel.Workbook();
  try {
    const data = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_NODES } as never);
  } catch (e) {
    // exceljs refuses overlapping merges, which Excel would offer to repair
    const overlap = e instanceof Error && /already merged/.test(e.message);
    throw readError('CORRUPT', file, overlap ? '合并单元格区域互相重叠' : '工作簿内容无法解析', e);
  }
  const grid = workbookToGrid(wb, sys);
  if (!grid.sheets.some((s) => s.rows.length > 0)) throw readError('NO_SHEETS', file);
  guardCellText(grid, file);
  return grid;
}
