/**
 * Synthetic corpus of branch workbooks with a truth file (DIR/truth.json).
 *   npx tsx scripts/corpus/make-corpus.ts --out DIR --n 40 --seed 1 [--violations] [--hostile] [--max-members 50]
 */
import { mkdir, writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeBranchFile } from './make-branch-file.js';
import { writeHostile } from './hostile.js';
import { AS_OF, YEAR, type Truth } from './contract.js';

export interface CorpusOptions {
  out: string;
  n: number;
  seed: number;
  violations: boolean;
  hostile: boolean;
  maxMembers?: number;
  /** called after each file (progress) */
  onFile?: (i: number) => void;
}

export async function makeCorpus(o: CorpusOptions): Promise<Truth> {
  await mkdir(o.out, { recursive: true });
  const truth: Truth = { seed: o.seed, n: o.n, asOf: AS_OF, year: YEAR, violations: o.violations, files: [] };
  for (let i = 0; i < o.n; i++) {
    const f = makeBranchFile({ seed: o.seed, index: i, violations: o.violations, maxMembers: o.maxMembers });
    await f.wb.xlsx.writeFile(join(o.out, f.fileName));
    truth.files.push(f.truth);
    o.onFile?.(i);
  }
  if (o.hostile && truth.files.length) {
    const first = join(o.out, truth.files[0].file);
    truth.files.push(...(await writeHostile(o.out, await readFile(first), first)));
  }
  await writeFile(join(o.out, 'truth.json'), JSON.stringify(truth, null, 1));
  return truth;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' }, n: { type: 'string', default: '40' }, seed: { type: 'string', default: '1' },
      violations: { type: 'boolean', default: false }, hostile: { type: 'boolean', default: false },
      'max-members': { type: 'string' },
    },
  });
  if (!values.out) {
    process.stderr.write('用法：tsx scripts/corpus/make-corpus.ts --out 目录 [--n 40] [--seed 1] [--violations] [--hostile]\n');
    process.exit(2);
  }
  const t = await makeCorpus({
    out: values.out, n: Number(values.n), seed: Number(values.seed), violations: !!values.violations,
    hostile: !!values.hostile, maxMembers: values['max-members'] ? Number(values['max-members']) : undefined,
  });
  const planted = t.files.reduce((s, f) => s + f.expectedFindings.length, 0);
  process.stdout.write(`wrote ${t.files.length} files (${planted} expected findings) to ${values.out}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
