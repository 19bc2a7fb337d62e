/**
 * The task pane as an officer uses it in a narrow Excel pane (320 px): labels that stay on one line,
 * feedback while Excel is working, and what the pane says for a workbook with nothing to mark.
 * Real pane in headless Chromium over the stand-in host. Screenshots go to test-artifacts/e2e/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../addin/test-host/workbook-model.js';
import { UNNAMED_BRANCH } from '../../addin/pane/run-check.js';
import { artifact, openPage, startAddinSite, waitStatus, type AddinSite, type Traffic } from './harness.js';
import { messyWorkbook } from './messy-workbook.js';
import { largeGrid } from './large-workbook.js';
import { modelFromGrid } from '../../addin/test-host/workbook-model.js';
import { PAGE_SIZE } from '../../addin/pane/views.js';
import { NO_LEDGER_REPORT } from '../../addin/pane/app.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../generator/read/read-workbook.js';
import { ROOT } from './harness.js';

let site: AddinSite;
const traffics: Traffic[] = [];

beforeAll(async () => { site = await startAddinSite(); });
afterAll(async () => { await site?.close(); });

/** The pane at the width Excel gives it by default on a small laptop screen. */
async function open(model: WorkbookModel, api?: number): Promise<Page> {
  const { page, traffic } = await openPage(site.browser.context, site.origin, site.fakeOffice);
  traffics.push(traffic);
  await page.setViewportSize({ width: 320, height: 720 });
  await page.addInitScript(([m, a]) => {
    window.__DANGJIAN_FAKE_WORKBOOK__ = m as WorkbookModel;
    if (a) window.__DANGJIAN_FAKE_API__ = a as number;
  }, [model, api ?? 0] as const);
  await page.goto(`${site.origin}/taskpane.html`);
  await page.waitForSelector('#app:not([hidden]) #btn-check', { timeout: 15_000 });
  return page;
}

describe('a 320 px wide pane', () => {
  it('keeps each setting’s label on one line and the form’s notes across its whole width', async () => {
    // Excel 2016 (ExcelApi 1.4): no change events, so the form carries its “check again” note
    const page = await open((await messyWorkbook()).model, 4);
    await page.click('details.settings > summary');
    const lineHeight = await page.evaluate(() => parseFloat(getComputedStyle(document.body).lineHeight));
    const labels = await page.locator('.check-form label').evaluateAll((els) => els.map((e) => ({ text: e.textContent, height: e.getBoundingClientRect().height })));
    expect(labels.length).toBeGreaterThanOrEqual(6);
    for (const l of labels) expect(l.height, `label “${l.text}”`).toBeLessThan(1.5 * lineHeight);
    const [form, note] = await Promise.all([page.locator('#check-form').boundingBox(), page.locator('#check-form > p.muted').boundingBox()]);
    expect(note!.width).toBeGreaterThan(0.9 * form!.width);
    // the date field sits right after its label, not pushed aside by a note in the same column
    const [label, date] = await Promise.all([page.locator('label[for="as-of"]').boundingBox(), page.locator('#as-of').boundingBox()]);
    expect(date!.x - (label!.x + label!.width)).toBeLessThan(24);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.screenshot({ path: artifact('20-narrow-settings.png') });
    await page.close();
  });
});

describe('the summary line', () => {
  it('never breaks the 统计截止 date across lines, at any pane width', async () => {
    const page = await open((await messyWorkbook()).model);
    await page.fill('#as-of', '2025-12-31');
    await page.click('#btn-check');
    await waitStatus(page, '检查完成');
    const broken: number[] = [];
    for (let width = 280; width <= 520; width += 4) {
      await page.setViewportSize({ width, height: 720 });
      const lines = await page.evaluate(() => {
        const p = document.querySelector('#summary > p')!;
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let text: Node | null;
        while ((text = walker.nextNode()) && !text.textContent!.includes('2025-12-31'));
        const at = text!.textContent!.indexOf('2025-12-31');
        const r = document.createRange();
        r.setStart(text!, at);
        r.setEnd(text!, at + 10);
        return new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size;
      });
      if (lines > 1) broken.push(width);
    }
    expect(broken).toEqual([]);
    await page.close();
  });
});

describe('while Excel is working', () => {
  it('says what it is doing, shows the buttons as busy, and ignores clicks until it is done', async () => {
    const messy = await messyWorkbook();
    const page = await open(messy.model);
    await page.click('#btn-check');
    await waitStatus(page, '检查完成');
    // hold every Excel.run until the test lets it go, as a slow Excel on the web would
    await page.evaluate(() => {
      const h = window.__fakeHost!;
      const run = h.run.bind(h);
      const w = window as unknown as { __release: () => void };
      let open!: () => void;
      const gate = new Promise<void>((r) => { open = r; });
      w.__release = open;
      h.run = (async (fn: never) => { await gate; return run(fn); }) as typeof h.run;
    });
    await page.click('#btn-mark');
    expect(await waitStatus(page, '正在标出问题')).toBe('正在标出问题…');
    expect(await page.getAttribute('#app', 'aria-busy')).toBe('true');
    for (const id of ['btn-check', 'btn-mark', 'btn-clear', 'btn-sheet', 'btn-report']) {
      expect(Number(await page.locator(`#${id}`).evaluate((e) => getComputedStyle(e).opacity)), id).toBeLessThan(1);
    }
    await page.screenshot({ path: artifact('21-busy.png') });
    await page.click('#btn-sheet', { force: true });
    expect(await page.textContent('#status')).toBe('正在标出问题…');
    await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
    await waitStatus(page, '已标出');
    expect(await page.getAttribute('#app', 'aria-busy')).toBeNull();
    expect(Number(await page.locator('#btn-sheet').evaluate((e) => getComputedStyle(e).opacity))).toBe(1);
    expect(await page.evaluate(() => window.__fakeHost!.model.sheets.some((s) => s.name === '问题清单'))).toBe(false);

    await page.click('#btn-sheet');
    await waitStatus(page, '写入“问题清单”');
    await page.click('#btn-clear');
    await waitStatus(page, '已清除');
    await page.close();
  });
});

/** A GB 11643 ID number with its right check character. */
function validId(body17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  return body17 + '10X98765432'[[...body17].reduce((s, ch, i) => s + Number(ch) * w[i], 0) % 11];
}

describe('fixing a cell from a long list', () => {
  it('the automatic re-check keeps the user’s place: closed groups, opened pages, the finding they were on', async () => {
    const page = await open(modelFromGrid(largeGrid(3000)));
    await page.fill('#as-of', '2025-12-31');
    await page.click('#btn-check');
    await waitStatus(page, '检查完成');
    await page.click('details.area[data-area="branch"] > summary'); // done with that ledger: closed
    await page.locator('details.rule[data-rule="M02"] button.more').click();
    const target = page.locator('details.rule[data-rule="M02"] button.finding').nth(PAGE_SIZE + 20);
    await target.click();
    await waitStatus(page, '已定位到');
    const fixed = (await target.getAttribute('data-cell'))!;
    const top = (await target.boundingBox())!.y;
    await page.screenshot({ path: artifact('23-before-fix.png') });

    // the user types the right ID number into the cell in Excel; the pane re-checks by itself
    await page.evaluate(([cell, id]) => window.__fakeHost!.userEdit('党员名册', cell, id), [fixed, validId('11010119600101999')]);
    await waitStatus(page, '已根据修改重新检查');
    expect(await page.locator('details.area[data-area="branch"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('details.rule[data-rule="M02"] button.finding').count()).toBe(2 * PAGE_SIZE);
    expect(await page.locator(`details.rule[data-rule="M02"] button.finding[data-cell="${fixed}"]`).count()).toBe(0);
    // the finding that took the fixed one's place has the focus, where the fixed one was on screen
    const focused = page.locator('button.finding:focus');
    expect(await focused.getAttribute('data-rule')).toBe('M02');
    expect(await focused.evaluate((b) => [...b.closest('ul')!.querySelectorAll('button.finding')].indexOf(b as HTMLButtonElement))).toBe(PAGE_SIZE + 20);
    expect(Math.abs((await focused.boundingBox())!.y - top)).toBeLessThan(4);
    await page.screenshot({ path: artifact('24-after-fix.png') });
    await page.close();
  });
});

describe('fixing the only finding of its rule', () => {
  it('puts the focus on the finding that came after it, in sight', async () => {
    // a tidy branch with one wrong ID number (its rule's only finding) and one short payment after it
    const model = modelFromGrid(await readWorkbookFile(join(ROOT, 'examples', '县财政局机关党支部.xlsx')));
    const roster = model.sheets.find((s) => s.name === '党员名册')!;
    const id = String(roster.cells.E2.v);
    roster.cells.E2 = { v: id.slice(0, 17) + (id[17] === '0' ? '1' : '0'), f: '@' };
    model.sheets.find((s) => s.name === '党费收缴台账')!.cells.F2 = { v: 40 };
    const page = await open(model);
    await page.fill('#as-of', '2025-12-31');
    await page.click('#btn-check');
    await waitStatus(page, '检查完成');
    const rules = await page.locator('button.finding').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.rule));
    expect(rules.filter((r) => r === 'M02')).toHaveLength(1);
    const fixed = page.locator('button.finding[data-rule="M02"]');
    const next = await page.locator('button.finding').nth(rules.indexOf('M02') + 1).textContent();
    await fixed.click();
    await waitStatus(page, '已定位到');

    await page.evaluate((v) => window.__fakeHost!.userEdit('党员名册', 'E2', v), id);
    await waitStatus(page, '已根据修改重新检查');
    expect(await page.locator('button.finding[data-rule="M02"]').count()).toBe(0);
    const focused = page.locator('button.finding:focus');
    expect(await focused.count()).toBe(1);
    expect(await focused.textContent()).toBe(next);
    // a short list cannot always scroll it to where the fixed one was; it is on screen
    const box = (await focused.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    await page.screenshot({ path: artifact('25-after-fixing-a-rule.png') });
    await page.close();
  });
});

describe('a finding in a column the clerk hid before printing', () => {
  it('says the cell is out of sight instead of “已定位”, and 取消隐藏并定位 shows the column', async () => {
    // the roster as saved by Excel with its 身份证号 column hidden, one ID number wrong
    const dir = mkdtempSync(join(tmpdir(), 'dangjian-hidden-col-'));
    const file = join(dir, '县财政局机关党支部.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(ROOT, 'examples', '县财政局机关党支部.xlsx'));
    const ws = wb.getWorksheet('党员名册')!;
    const id = String(ws.getCell('E3').value);
    ws.getCell('E3').value = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    ws.getColumn(5).hidden = true;
    await wb.xlsx.writeFile(file);
    const model = modelFromGrid(await readWorkbookFile(file));
    rmSync(dir, { recursive: true, force: true });
    const page = await open(model);
    await page.click('#btn-check');
    await waitStatus(page, '检查完成');
    await page.click('button.finding[data-sheet="党员名册"][data-cell="E3"]');
    const said = await waitStatus(page, '已隐藏');
    expect(said).toContain('E列已隐藏，在表格中看不到该单元格');
    await page.screenshot({ path: artifact('26-hidden-column.png') });
    await page.click('#btn-unhide');
    expect(await waitStatus(page, '已取消隐藏')).toBe('已取消隐藏E列，已定位到 党员名册!E3。');
    const sheet = await page.evaluate(() => JSON.parse(JSON.stringify(window.__fakeHost!.model.sheets.find((s) => s.name === '党员名册'))));
    expect(sheet.hiddenCols ?? []).toEqual([]);
    expect(await page.evaluate(() => window.__fakeHost!.model.selection)).toEqual({ sheetId: sheet.id, address: 'E3' });
    await page.close();
  });
});

describe('a new, never-saved workbook with no ledger in it', () => {
  it('calls the branch 本支部 and says there is nothing to mark', async () => {
    const page = await open({
      sheets: [{ id: 's1', name: 'Sheet1', visibility: 'Visible', cells: {} }],
      activeSheetId: 's1', selection: null, comments: [], settings: {},
    });
    // before the first check the buttons that need its result say so, rather than just looking grey
    for (const id of ['btn-mark', 'btn-sheet', 'btn-report']) expect(await page.getAttribute(`#${id}`, 'title'), id).toBe('请先点“检查”');
    await page.click('#btn-check');
    await waitStatus(page, '检查完成');
    expect(await page.textContent('#summary')).toMatch(new RegExp(`^${UNNAMED_BRANCH}：`));
    for (const id of ['btn-mark', 'btn-sheet', 'btn-report']) expect(await page.getAttribute(`#${id}`, 'title'), id).toBeNull();
    // a finding about the whole workbook has no cell to go to: it does not look like a link
    const whole = page.locator('button.finding[aria-disabled="true"]').first();
    expect(await whole.evaluate((b) => getComputedStyle(b).cursor)).toBe('default');
    await whole.hover();
    expect(await whole.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await page.click('#btn-mark');
    expect(await waitStatus(page, '没有需要标出的单元格')).not.toContain('已标出 0');
    // no ledger at all: no report that would describe an info sheet and ledgers that are not there (the CLI writes none either)
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.click('#btn-report');
    expect(await waitStatus(page, '无法生成调研报告')).toBe(NO_LEDGER_REPORT);
    expect(await page.locator('#report-link').count()).toBe(0);
    expect(downloads).toBe(0);
    await page.screenshot({ path: artifact('22-empty-workbook.png') });
    await page.close();
  });

  it('made no request outside its own origin', () => {
    expect(traffics.length).toBeGreaterThan(0);
    for (const t of traffics) expect(t.foreign).toEqual([]);
  });
});
