/**
 * Property: a damaged copy of a real example workbook, through the path the CLI takes for every
 * file (generator/pipeline/check-file.ts: read → checkGrid), gives a checked result or a per-file
 * error with a Chinese message naming the file — never INTERNAL (an exception the reader did not
 * turn into a ReadError). Both readers; damage at the byte level (mostly caught by the CRC) and
 * inside the XML parts, zipped again with correct CRCs so the parsers see it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../generator/pipeline/check-file.js';
import { ROOT } from '../cli-helpers.js';

const EXAMPLE = readFileSync(join(ROOT, 'examples', '县住房和城乡建设局党支部（问题示例）.xlsx'));
const PARTS = unzipSync(EXAMPLE);
const XML_PARTS = Object.keys(PARTS).filter((n) => /\.(xml|rels)$/.test(n)).sort();
const dir = mkdtempSync(join(tmpdir(), 'dj-mutate-'));

/** Fragments a damaged or hostile writer might leave in an XML part. */
const JUNK = [
  '<', '>', '&', '&amp', '&#0;', '&#xFFFFFFFF;', '&bogus;', '"', "'", '<!--', ']]>', '<![CDATA[', '</row>', '</sheetData>',
  '<row r="-1">', '<row r="99999999">', '<c r="XFE1">', '<c r="A0"><v>1</v></c>', '<c r="A1" t="s"><v>99999</v></c>',
  '<c r="B2" t="s"><v>-1</v></c>', '<c r="C3" t="n"><v>abc</v></c>', '<c r="D4" t="b"><v>2</v></c>', '<c r="E5" s="999"><v>1</v></c>',
  '<mergeCell ref="A1:A1"/>', '<mergeCell ref="B:B"/>', '<mergeCell ref="A1:XFD1048576"/>', '<mergeCell ref="Z9:A1"/>',
  '<f t="shared" si="7"/>', '<is><r><t>x</t></r></is>', '<si>', '</si>', '<t xml:space="preserve">', 'date1904="1"',
  '<sheet name="" sheetId="0" r:id="rId999"/>', '<numFmt numFmtId="200" formatCode="[h]:mm;@;;"/>', '\u0000', '\uFFFE', '😀',
];

type Mutation =
  | { kind: 'bytes'; edits: [number, number][] }
  | { kind: 'xml'; part: number; op: 'delete' | 'duplicate' | 'insert'; at: number; len: number; junk: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('bytes' as const),
    edits: fc.array(fc.tuple(fc.nat({ max: EXAMPLE.length - 1 }), fc.nat(255)), { minLength: 1, maxLength: 6 }),
  }),
  fc.record({
    kind: fc.constant('xml' as const),
    part: fc.nat(XML_PARTS.length - 1),
    op: fc.constantFrom('delete' as const, 'duplicate' as const, 'insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    len: fc.integer({ min: 1, max: 400 }),
    junk: fc.nat(JUNK.length - 1),
  }),
);

function mutate(m: Mutation): Buffer {
  if (m.kind === 'bytes') {
    const b = Buffer.from(EXAMPLE);
    for (const [at, v] of m.edits) b[at] = v;
    return b;
  }
  const files = { ...PARTS };
  const name = XML_PARTS[m.part];
  const x = strFromU8(files[name]);
  const at = Math.floor(m.at * x.length);
  const end = Math.min(x.length, at + m.len);
  const y = m.op === 'delete' ? x.slice(0, at) + x.slice(end)
    : m.op === 'duplicate' ? x.slice(0, end) + x.slice(at, end) + x.slice(end)
      : x.slice(0, at) + JUNK[m.junk] + x.slice(at);
  files[name] = strToU8(y);
  return Buffer.from(zipSync(files));
}

afterAll(() => { delete process.env.DANGJIAN_READER; });

describe.each(['stream', 'exceljs'])('damaged example workbooks through checkFile (reader: %s)', (reader) => {
  it('are checked or refused with a Chinese message naming the file, never INTERNAL', async () => {
    process.env.DANGJIAN_READER = reader;
    const outcomes = new Map<string, number>();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(mutationArb, async (m) => {
        const file = join(dir, `损坏-${reader}-${n++}.xlsx`);
        writeFileSync(file, mutate(m));
        const r = await checkFile(file, { asOf: '2025-12-31', today: '2026-01-15' });
        const key = r.error ? r.error.code : 'checked';
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        if (r.error) {
          if (r.error.code === 'INTERNAL') throw new Error(`${JSON.stringify(m)}: ${r.error.message}`);
          expect(r.error.message).toContain(file);
          expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
          expect(r.result).toBeNull();
        } else {
          for (const f of r.result!.findings) expect(f.message).not.toMatch(/\d{17}[\dXx]/);
        }
      }),
      { numRuns: 200, seed: 7 },
    );
    // the damage reaches both outcomes: some files refused, some still read
    expect(outcomes.get('checked') ?? 0).toBeGreaterThan(0);
    expect([...outcomes.keys()].filter((k) => k !== 'checked').length).toBeGreaterThan(0);
  }, 120_000);
});
