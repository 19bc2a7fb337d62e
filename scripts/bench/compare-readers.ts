/**
 * Both readers over every workbook of a folder: deep-equal Grids, or the same ReadError code.
 *   npx tsx scripts/bench/compare-readers.ts DIR
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { readWorkbookBuffer } from '../../generator/read/read-workbook.js';
import { readWorkbookStream } from '../../generator/read/stream-xlsx.js';
const dir = process.argv[2];
let same = 0, diff = 0;
for (const f of (await readdir(dir)).filter((x) => /\.xlsx?$/.test(x)).sort()) {
  const buf = await readFile(join(dir, f));
  let a: unknown, b: unknown;
  try { a = await readWorkbookBuffer(buf, f); } catch (e) { a = { err: (e as any).code }; }
  try { b = readWorkbookStream(buf, f); } catch (e) { b = { err: (e as any).code }; }
  if (isDeepStrictEqual(a, b)) same++;
  else {
    diff++;
    if (diff <= 3) {
      const ga = a as any, gb = b as any;
      if (ga.sheets && gb.sheets) {
        for (let i = 0; i < Math.max(ga.sheets.length, gb.sheets.length); i++) {
          const sa = ga.sheets[i], sb = gb.sheets[i];
          if (!isDeepStrictEqual(sa, sb)) {
            for (const k of Object.keys(sa)) if (!isDeepStrictEqual(sa[k], sb?.[k])) {
              if (k === 'rows') {
                for (let r = 0; r < Math.max(sa.rows.length, sb.rows.length); r++) if (!isDeepStrictEqual(sa.rows[r], sb.rows[r])) { console.log(f, sa.name, 'row', r + sa.top, JSON.stringify(sa.rows[r]), '\n   vs', JSON.stringify(sb.rows[r])); break; }
              } else console.log(f, sa.name, k, JSON.stringify(sa[k]), 'vs', JSON.stringify(sb?.[k]));
            }
          }
        }
      } else console.log(f, JSON.stringify(a).slice(0, 200), JSON.stringify(b).slice(0, 300));
    }
  }
}
console.log({ same, diff });
