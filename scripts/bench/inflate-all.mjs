// The floor: read every workbook and inflate every zip entry (fflate), nothing else.
// node scripts/bench/inflate-all.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

const dir = process.argv[2];
let bytes = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.xlsx')).sort()) {
  const files = unzipSync(readFileSync(join(dir, f)));
  for (const k in files) bytes += files[k].length;
}
process.stdout.write(`${bytes}\n`);
