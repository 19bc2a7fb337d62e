/**
 * Writes test/fixtures/*.xlsx: one small branch workbook per rule (W01–C12), each carrying
 * the findings it expects (an `expect` column on the offending row, an `expect` sheet for
 * the rest; see scripts/fixtures/fixture-kit.ts), plus `error.<CODE>.<what>.xlsx` files that
 * must fail to read with that error code. test/fixtures.test.ts walks them all.
 *
 *   npx tsx scripts/make-fixtures.ts [outDir]
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorkbook, writeWorkbook } from './samples/write-workbook.js';
import { branchFixtures, cleanFixture } from './fixtures/branch-fixtures.js';
import { duesFixtures } from './fixtures/dues-fixtures.js';
import { meetingFixtures } from './fixtures/meeting-fixtures.js';
import { memberFixtures } from './fixtures/member-fixtures.js';
import { workbookFixtures } from './fixtures/workbook-fixtures.js';
import { settingsFixtures } from './fixtures/settings-fixtures.js';

export const FIXTURES = [cleanFixture, ...workbookFixtures, ...memberFixtures, ...branchFixtures, ...duesFixtures, ...meetingFixtures, ...settingsFixtures];

async function errorFixtures(out: string): Promise<void> {
  const csv = '姓名,身份证号,入党时间\n张伟,110101199003070011,2015-07-01\n';
  writeFileSync(join(out, 'error.CSV.csv-renamed.xlsx'), csv);
  writeFileSync(join(out, 'error.EMPTY_FILE.zero-bytes.xlsx'), new Uint8Array());
  // a PNG header: neither a zip nor text
  writeFileSync(join(out, 'error.NOT_XLSX.png-renamed.xlsx'),
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]));
  const whole = new Uint8Array(await buildWorkbook(cleanFixture.build().sheets('', '2025-12-31')).xlsx.writeBuffer());
  writeFileSync(join(out, 'error.CORRUPT.truncated.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
  realXls(out);
}

/**
 * A real Excel 97-2003 workbook named .xlsx (a common mistake), made by LibreOffice from the
 * clean fixture. Without soffice the committed file is kept as it is.
 */
function realXls(out: string): void {
  const target = join(out, 'error.XLS_BIFF.real-xls.xlsx');
  const work = mkdtempSync(join(tmpdir(), 'dangjian-xls-'));
  try {
    copyFileSync(join(out, 'clean.xlsx'), join(work, 'clean.xlsx'));
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'xls', '--outdir', work, join(work, 'clean.xlsx')], { stdio: 'pipe', timeout: 120_000 });
    copyFileSync(join(work, 'clean.xls'), target);
  } catch {
    console.log(`未找到 LibreOffice（soffice），保留现有的 ${target}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main() {
  const out = process.argv[2] ?? 'test/fixtures';
  mkdirSync(out, { recursive: true });
  // the real .xls needs LibreOffice: keep it when soffice is not there to make it again
  for (const f of readdirSync(out)) if (f.endsWith('.xlsx') && !f.startsWith('error.XLS_BIFF')) rmSync(join(out, f));
  for (const def of FIXTURES) {
    const fx = def.build();
    await writeWorkbook(join(out, `${def.name}.xlsx`), fx.sheets(def.about, def.asOf ?? '2025-12-31', def.settings));
  }
  await errorFixtures(out);
  console.log(`已生成 ${FIXTURES.length} 个规则样例和读取错误样例：${out}`);
}

await main();
