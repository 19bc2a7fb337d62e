// What `dangjian check --json` would cost with the streaming reader: the same engine (build/),
// readWorkbookStream instead of the exceljs reader, one JSON document on stdout.
// node scripts/bench/check-stream.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import { readWorkbookStream } from '../../build/generator/read/stream-xlsx.js';
import { checkGrid } from '../../build/ledger/check.js';
import { toContractStats } from '../../build/ledger/stats/stats-types.js';

const dir = process.argv[2];
const out = process.stdout;
out.write('{"files":[');
let first = true;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.xlsx')).sort()) {
  const file = join(dir, f);
  let entry;
  try {
    const r = checkGrid(readWorkbookStream(readFileSync(file), file), { asOf: '2025-12-31', fallbackName: basename(f, extname(f)) });
    entry = { file, branch: r.stats.branch, error: null, findings: r.findings, stats: toContractStats(r.stats) };
  } catch (e) {
    entry = { file, branch: basename(f, extname(f)), error: { code: e.code ?? 'INTERNAL', message: e.message }, findings: [], stats: null };
  }
  out.write((first ? '' : ',') + JSON.stringify(entry));
  first = false;
}
out.write(']}\n');
