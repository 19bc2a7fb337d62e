/**
 * Writes templates/ledger/党支部台账模板.xlsx from ledger/schema.
 * Run with `npx tsx scripts/make-ledger-template.ts [out-file]`.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLedgerTemplate } from './ledger-template/build-template.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? resolve(root, 'templates/ledger/党支部台账模板.xlsx'));
mkdirSync(dirname(out), { recursive: true });
await buildLedgerTemplate().xlsx.writeFile(out);
console.log(`已生成台账模板：${out}`);
