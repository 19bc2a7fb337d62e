/** Where checkGrid spends its time: node --cpu-prof over stream-read + checkGrid of a corpus folder. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbookStream } from '../../generator/read/stream-xlsx.js';
import { checkGrid } from '../../ledger/check.js';

const dir = process.argv[2];
const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort();
const grids = files.map((f) => readWorkbookStream(readFileSync(join(dir, f)), f));
const t0 = Date.now();
for (const g of grids) checkGrid(g, { asOf: '2025-12-31' });
process.stdout.write(`checkGrid: ${((Date.now() - t0) / files.length).toFixed(1)} ms/file\n`);
