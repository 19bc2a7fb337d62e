// A plain exceljs full read (workbook.xlsx.load) of every workbook: the baseline.
// node scripts/bench/exceljs-read.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const dir = process.argv[2];
let sheets = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.xlsx')).sort()) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(dir, f)));
  sheets += wb.worksheets.length;
}
process.stdout.write(`${sheets}\n`);
