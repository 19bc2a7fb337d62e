/**
 * 1904 date system through `dangjian check --json`, both readers: the same workbook saved in the
 * 1900 and the 1904 system (every date stored as a serial 1462 smaller, date1904="1", or "true" as
 * LibreOffice writes it) gives the same findings and statistics. Each beside the good workbook.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CheckRun, READERS, checkJson, ensureBuilt, entry, expectChecked, expectRunWithGood, folderWithGood, goodBytes,
  partText, patchParts,
} from './hostile-support.js';

/** The good example saved again by exceljs, in the 1900 or the 1904 date system. */
async function resaved(date1904: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(goodBytes() as unknown as ExcelJS.Buffer);
  wb.properties.date1904 = date1904;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The stored value of a cell in a sheet part. */
const stored = (xml: string, ref: string): number => Number(new RegExp(`<c r="${ref}"[^>]*><v>([^<]+)</v>`).exec(xml)![1]);

let dir: string;
let v1900: Buffer;
let v1904: Buffer;
beforeAll(async () => {
  ensureBuilt();
  dir = folderWithGood('1904');
  v1900 = await resaved(false);
  v1904 = await resaved(true);
  writeFileSync(join(dir, '日期1900.xlsx'), v1900);
  writeFileSync(join(dir, '日期1904.xlsx'), v1904);
  writeFileSync(join(dir, '日期1904-true.xlsx'), patchParts(v1904, { 'xl/workbook.xml': (x) => x.replace(/date1904="1"/, 'date1904="true"') }));
  writeFileSync(join(dir, '坏文件.xlsx'), 'not a workbook');
}, 120_000);

it('the 1904 copy really stores its dates 1462 days lower', () => {
  expect(partText(v1904, 'xl/workbook.xml')).toMatch(/date1904="1"/);
  expect(partText(v1900, 'xl/workbook.xml')).not.toMatch(/date1904/);
  const [a, b] = [v1900, v1904].map((z) => partText(z, 'xl/worksheets/sheet2.xml'));
  expect(stored(a, 'F2') - stored(b, 'F2')).toBe(1462); // 出生日期 of the first member
  expect(stored(a, 'H2') - stored(b, 'H2')).toBe(1462); // 入党时间
});

describe.each(READERS)('check --json on a 1904 workbook (reader: %s)', (reader) => {
  let run: CheckRun;
  beforeAll(() => { run = checkJson(dir, reader); }, 120_000);

  it('checks every workbook but the broken one, exit 1', () => {
    expectRunWithGood(run);
    expect(entry(run, '坏文件.xlsx').error?.code).toBeTruthy();
  });

  for (const name of ['日期1904.xlsx', '日期1904-true.xlsx']) {
    it(`${name}: the same findings and statistics as the 1900 copy`, () => {
      const base = expectChecked(run, '日期1900.xlsx');
      const e = expectChecked(run, name);
      expect(e.findings).toEqual(base.findings);
      expect(e.stats).toEqual(base.stats);
      expect(e.branch).toBe(base.branch);
      // dates are named in messages: a wrong system would shift them by four years
      expect(e.findings.map((f) => f.message).join('\n')).toContain('1991年10月16日');
    });
  }
});
