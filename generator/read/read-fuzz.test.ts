import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReadError } from './read-error.js';
import { readWorkbookBuffer } from './read-workbook.js';
import { xlsxBytes } from './test-support/workbook-files.js';

/** Whatever the bytes, the reader answers with a Grid or a ReadError, never anything else. */
async function outcome(bytes: Uint8Array): Promise<'grid' | string> {
  try {
    await readWorkbookBuffer(bytes, 'fuzz.xlsx');
    return 'grid';
  } catch (e) {
    if (e instanceof ReadError) return e.code;
    throw e;
  }
}

describe('damaged workbooks', () => {
  it('give a Grid or a ReadError for random byte damage', async () => {
    const good = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('党员名册');
      ws.addRow(['姓名', '出生日期']);
      ws.addRow(['张三', new Date(Date.UTC(1990, 0, 1))]);
      ws.mergeCells('C1:D2');
    });
    const codes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        async (edits) => {
          const bytes = Buffer.from(good);
          for (const [at, value] of edits) bytes[at] = value;
          codes.add(await outcome(bytes));
        },
      ),
      { numRuns: 150, seed: 20241124 },
    );
    // damage is noticed at least sometimes (the property is not vacuous)
    expect([...codes].some((c) => c !== 'grid')).toBe(true);
  });

  it('give a Grid or a ReadError for every truncation length', async () => {
    const good = await xlsxBytes((wb) => { wb.addWorksheet('S').addRow(['a', 1]); });
    for (let n = 0; n < good.length; n += 97) {
      const code = await outcome(good.subarray(0, n));
      expect(code, `length ${n}`).not.toBe('grid');
    }
  });
});
