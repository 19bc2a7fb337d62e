/**
 * Property: the findings workbook (generator/findings-workbook) stays a valid workbook whatever text
 * the branches put in it — formula prefixes (= + - @, tab, CR), control characters, emoji, lone
 * surrogates: the sheet XML is well-formed XML 1.0 (a strict parser, as Excel is), exceljs reads it
 * back, no cell is a formula, and formula-like text carries the Text format.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../ledger/findings/finding.js';
import type { BranchDigest } from '../../ledger/stats/stats-types.js';
import { writeFindingsWorkbook } from '../../generator/findings-workbook/write-findings-workbook.js';
import { looksLikeFormula } from '../../generator/findings-workbook/finding-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'dj-findings-prop-'));

const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '=HYPERLINK("http://evil.example","点我")', '@SUM(1+1)', '-1+2', '+cmd|'), fc.string({ maxLength: 12 }))
    .map(([p, s]) => p + s),
  // invisible characters the writer must drop before a formula prefix (they would hide it from the check)
  fc.tuple(fc.constantFrom('\u0001', '\u0000\u0008', '\uFFFE', '\uD800', '\uDC00\u001F'), fc.constantFrom('=', '+', '-', '@'), fc.string({ maxLength: 8 }))
    .map(([c, p, s]) => c + p + s),
  fc.string({ unit: 'binary', maxLength: 16 }), // any code point, control characters included
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 8 }),
  fc.constantFrom('\uD800', '\uDFFF', 'a\uD83D', '\uDE00b', '😀', '👨‍👩‍👧', '\uFFFE', '\uFFFF', '\u0000', '\u2028', ''),
  fc.string({ unit: 'grapheme', maxLength: 16 }),
);

const findingArb: fc.Arbitrary<Finding> = fc.record({
  rule: fc.constantFrom('W03', 'M02', 'D03', 'C01', 'B05') as fc.Arbitrary<Finding['rule']>,
  severity: fc.constantFrom('错误', '警告', '提示') as fc.Arbitrary<Finding['severity']>,
  sheet: fc.option(hostileText, { nil: null }),
  cell: fc.option(fc.constantFrom('A1', 'D5', 'XFD1048576'), { nil: null }),
  row: fc.option(fc.integer({ min: 1, max: 1_048_576 }), { nil: null }),
  period: fc.option(fc.constantFrom('2025', '2025-Q3', '2025-07'), { nil: null }),
  member: fc.option(hostileText, { nil: null }),
  message: hostileText,
});

const digestsArb = fc.array(fc.record({
  branch: hostileText,
  file: hostileText,
  findings: fc.array(findingArb, { minLength: 1, maxLength: 6 }),
}), { minLength: 1, maxLength: 4 });

/** Throws on any XML 1.0 well-formedness error (illegal characters included), as Excel would refuse. */
function wellFormed(xml: string): void {
  const p = new SaxesParser({ xmlns: false });
  p.on('error', (e) => { throw e; });
  p.write(xml).close();
}

/** What a string can become in XML 1.0: characters it cannot hold are dropped or replaced. */
const xmlSafe = (s: string): string => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');

describe('writeFindingsWorkbook on hostile text', () => {
  it('writes well-formed XML that exceljs reads back, formula-like text as text, never a formula', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(digestsArb, async (branches) => {
        const path = join(dir, `问题清单-${n++}.xlsx`);
        const digests = branches.map((b) => ({ file: b.file, stats: { branch: b.branch }, findings: b.findings }) as unknown as BranchDigest);
        const count = await writeFindingsWorkbook(path, digests);
        expect(count).toBe(branches.reduce((s, b) => s + b.findings.length, 0));

        const parts = unzipSync(new Uint8Array(readFileSync(path)));
        const sheetXml = strFromU8(parts['xl/worksheets/sheet1.xml']);
        for (const [name, bytes] of Object.entries(parts)) if (/\.(xml|rels)$/.test(name)) wellFormed(strFromU8(bytes));
        expect(sheetXml).not.toMatch(/<f[\s>]/);

        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(path);
        const ws = wb.getWorksheet('问题清单')!;
        expect(ws.rowCount).toBe(count + 1);
        let row = 2;
        for (const b of branches) {
          for (const f of b.findings) {
            const r = ws.getRow(row++);
            for (const [col, written] of [[2, b.branch], [9, f.member], [13, f.message]] as const) {
              const cell = r.getCell(col);
              expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
              if (written && looksLikeFormula(xmlSafe(written))) expect(cell.numFmt, JSON.stringify(written)).toBe('@');
            }
          }
        }
      }),
      { numRuns: 120, seed: 2025 },
    );
  }, 120_000);
});
