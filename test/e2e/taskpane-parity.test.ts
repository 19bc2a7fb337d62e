/**
 * Two front doors, one engine: for messy workbooks the task pane (over the stand-in Excel host,
 * headless Chromium) must list the findings the CLI lists, name the branch as the CLI does, and offer
 * a Word report with the text of the CLI's report for that branch. One browser for all workbooks.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../generator/read/read-workbook.js';
import { modelFromGrid } from '../../addin/test-host/workbook-model.js';
import { artifact, openPage, startAddinSite, ROOT, type AddinSite } from './harness.js';
import { parityWorkbooks } from './parity-workbooks.js';
import { MERGE_NOTE } from '../../addin/pane/app.js';

const AS_OF = '2025-12-31';
const CLI = join(ROOT, 'bin', 'dangjian.js');

interface CliFinding { rule: string; sheet: string | null; cell: string | null; row: number | null; message: string }
interface CliFile { file: string; branch: string; findings: CliFinding[] }

let site: AddinSite;
let dir: string;
let files: string[];
let cli: Map<string, CliFile>;

/** The words of a .docx: paragraphs of word/document.xml, tags dropped. */
function docxText(file: string): string {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

beforeAll(async () => {
  ({ dir, files } = await parityWorkbooks());
  const json = execFileSync('node', [CLI, 'check', dir, '--json', '--as-of', AS_OF], { encoding: 'utf8' });
  cli = new Map((JSON.parse(json) as { files: CliFile[] }).files.map((f) => [basename(f.file), f]));
  site = await startAddinSite();
}, 180_000);

afterAll(async () => {
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the task pane says what the CLI says', () => {
  it.each([0, 1, 2, 3])('workbook %i: findings, branch, 统计截止日期 and the report', async (i) => {
    const file = files[i];
    const expected = cli.get(basename(file))!;
    const out = join(dir, `out-${i}`);
    execFileSync('node', [CLI, 'report', file, '-o', out, '--as-of', AS_OF], { stdio: 'pipe' });
    const cliReport = join(out, readdirSync(out).find((n) => n.endsWith('.docx') && n !== '汇总调研报告.docx')!);

    // the workbook as Excel 2021 / Microsoft 365 shows it (ExcelApi 1.13+: merged areas, Workbook.name)
    const model = { ...modelFromGrid(await readWorkbookFile(file)), fileName: basename(file) };
    const { page, traffic } = await openPage(site.browser.context, site.origin, site.fakeOffice);
    try {
      await page.addInitScript((m) => { window.__DANGJIAN_FAKE_WORKBOOK__ = m; window.__DANGJIAN_FAKE_API__ = 17; }, model);
      await page.goto(`${site.origin}/taskpane.html`);
      await page.waitForSelector('#app:not([hidden]) #btn-check', { timeout: 15_000 });
      await page.fill('#as-of', AS_OF);
      await page.click('#btn-check');
      await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('检查完成'), null, { timeout: 30_000 });
      expect(await page.textContent('#results')).toContain(`${expected.branch}：统计截止 ${AS_OF}，共发现 ${expected.findings.length} 个问题`);
      await page.screenshot({ path: artifact(`parity-${i}.png`), fullPage: true });

      // every finding, paging aside: the 问题清单 sheet the pane writes lists them all
      await page.click('#btn-sheet');
      await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('问题清单'), null, { timeout: 30_000 });
      const rows = await page.evaluate(() => {
        const s = window.__fakeHost!.model.sheets.find((x) => x.name === '问题清单')!;
        const at = (a: string) => String(s.cells[a]?.v ?? '');
        const out: string[] = [];
        for (let r = 2; s.cells[`A${r}`]; r++) out.push([at(`C${r}`), at(`D${r}`), at(`E${r}`), at(`H${r}`)].join(' | '));
        return out;
      });
      expect(rows).toEqual(expected.findings.map((f) => [f.rule, f.sheet ?? '（整个工作簿）', f.cell ?? (f.row != null ? `第${f.row}行` : ''), f.message].join(' | ')));

      const download = page.waitForEvent('download', { timeout: 60_000 });
      await page.click('#btn-report');
      const d = await download;
      expect(d.suggestedFilename()).toBe(`${expected.branch}调研报告.docx`);
      const paneReport = join(dir, `pane-${i}.docx`);
      await d.saveAs(paneReport);
      expect(docxText(paneReport)).toBe(docxText(cliReport));
      expect(traffic.foreign).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('on Excel 2016/2019 (no merged areas) says why a meeting over merged rows may be reported', async () => {
    const file = files[2];
    const model = { ...modelFromGrid(await readWorkbookFile(file)), fileName: basename(file) };
    const { page } = await openPage(site.browser.context, site.origin, site.fakeOffice);
    try {
      await page.addInitScript((m) => { window.__DANGJIAN_FAKE_WORKBOOK__ = m; window.__DANGJIAN_FAKE_API__ = 12; }, model);
      await page.goto(`${site.origin}/taskpane.html`);
      await page.waitForSelector('#app:not([hidden]) #btn-check', { timeout: 15_000 });
      await page.click('#btn-check');
      await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('检查完成'), null, { timeout: 30_000 });
      // the CLI finds nothing here; Excel 2019 shows the pane blanks where the merged cells are
      expect(cli.get(basename(file))!.findings).toEqual([]);
      expect(await page.locator('button.finding[data-rule="C10"]').count()).toBeGreaterThan(0);
      expect(await page.textContent('#merge-note')).toBe(MERGE_NOTE);
      await page.screenshot({ path: artifact('parity-merged-excel2019.png') });
    } finally {
      await page.close();
    }
  }, 120_000);
});
