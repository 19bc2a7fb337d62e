/**
 * The task pane over workbooks that make Excel refuse: ledgers in hidden and very hidden sheets, a
 * protected sheet, sheet names with spaces, quotes and brackets, and a 3,000-member roster with
 * thousands of findings. Real pane in headless Chromium over the stand-in host, which fails as Excel
 * does (activate on a hidden sheet, writes to a protected one, syncs over 5 MB).
 * Screenshots go to test-artifacts/e2e/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../ledger/findings/finding.js';
import { checkGrid, type CheckResult } from '../../ledger/check.js';
import { readWorkbookGrid } from '../../addin/office/read-grid.js';
import { FakeExcelHost } from '../../addin/test-host/fake-excel.js';
import { modelFromGrid, type WorkbookModel } from '../../addin/test-host/workbook-model.js';
import { PAGE_SIZE } from '../../addin/pane/views.js';
import { artifact, openPage, startAddinSite, waitStatus, type AddinSite } from './harness.js';
import { messyWorkbook } from './messy-workbook.js';
import { largeGrid } from './large-workbook.js';

let site: AddinSite;

beforeAll(async () => { site = await startAddinSite(); });
afterAll(async () => { await site?.close(); });

async function expected(model: WorkbookModel, asOf?: string): Promise<CheckResult> {
  const host = new FakeExcelHost(structuredClone(model));
  const grid = await host.run((c) => readWorkbookGrid(c as unknown as Excel.RequestContext));
  return checkGrid(grid, { asOf });
}

async function open(model: WorkbookModel): Promise<Page> {
  const { page } = await openPage(site.browser.context, site.origin, site.fakeOffice);
  await page.addInitScript((m) => { window.__DANGJIAN_FAKE_WORKBOOK__ = m; }, model);
  await page.goto(`${site.origin}/taskpane.html`);
  await page.waitForSelector('#app:not([hidden]) #btn-check', { timeout: 15_000 });
  return page;
}

const model = (p: Page): Promise<WorkbookModel> => p.evaluate(() => JSON.parse(JSON.stringify(window.__fakeHost!.model)) as WorkbookModel);

const button = (p: Page, f: Finding) => p.locator(`button.finding[data-sheet="${f.sheet}"][data-cell="${f.cell}"]`).first();

describe('ledgers in hidden, very hidden and protected sheets with awkward names', () => {
  const MEMBERS = "2025 党员名册 O'Brien's";
  const DUES = '党费（上半年）';
  let page: Page;
  let wb: WorkbookModel;
  let result: CheckResult;

  beforeAll(async () => {
    wb = (await messyWorkbook()).model;
    const rename: Record<string, [string, WorkbookModel['sheets'][0]['visibility'], boolean]> = {
      党员名册: [MEMBERS, 'Hidden', false], 党费收缴台账: [DUES, 'VeryHidden', false], 三会一课: ['三会一课', 'Visible', true],
    };
    for (const s of wb.sheets) {
      const r = rename[s.name];
      if (r) [s.name, s.visibility, s.protected] = r;
    }
    result = await expected(wb);
    expect(new Set(result.findings.map((f) => f.sheet))).toEqual(new Set(['支部基本信息', MEMBERS, DUES, '三会一课']));
    page = await open(wb);
    await page.click('#btn-check');
    await waitStatus(page, '检查完成');
  });

  it('a finding in a hidden sheet says the sheet is hidden and how to unhide it; 取消隐藏并定位 shows it', async () => {
    const f = result.findings.find((x) => x.sheet === MEMBERS && x.cell)!;
    await button(page, f).click();
    const text = await waitStatus(page, '已隐藏');
    expect(text).toContain(`无法定位到工作表“${MEMBERS}”的 ${f.cell}`);
    expect(await page.getAttribute('#status', 'class')).toContain('error');
    expect((await model(page)).selection).toBeNull();
    await page.screenshot({ path: artifact('10-hidden-sheet.png') });

    await page.click('#btn-unhide');
    await waitStatus(page, `已取消隐藏工作表“${MEMBERS}”，已定位到 ${MEMBERS}!${f.cell}`);
    const m = await model(page);
    const sheet = m.sheets.find((s) => s.name === MEMBERS)!;
    expect(sheet.visibility).toBe('Visible');
    expect(m.selection).toEqual({ sheetId: sheet.id, address: f.cell });
    await page.screenshot({ path: artifact('11-unhidden.png') });
  });

  it('a finding in a very hidden sheet explains that Excel’s unhide list does not show it', async () => {
    const f = result.findings.find((x) => x.sheet === DUES && x.cell)!;
    await button(page, f).click();
    expect(await waitStatus(page, '深度隐藏')).toContain(`无法定位到工作表“${DUES}”的 ${f.cell}`);
    expect(await page.locator('#btn-unhide').count()).toBe(1);
    await page.screenshot({ path: artifact('12-very-hidden-sheet.png') });
  });

  it('with the workbook structure protected, unhiding and 写入问题清单 say what to unprotect', async () => {
    await page.evaluate(() => { window.__fakeHost!.model.structureProtected = true; });
    await page.click('#btn-unhide');
    expect(await waitStatus(page, '保护工作簿')).toContain(`无法取消隐藏工作表“${DUES}”`);
    expect((await model(page)).sheets.find((s) => s.name === DUES)!.visibility).toBe('VeryHidden');
    await page.screenshot({ path: artifact('12b-structure-protected.png') });
    await page.click('#btn-sheet');
    expect(await waitStatus(page, '无法新建工作表“问题清单”')).toContain('保护工作簿');
    expect((await model(page)).sheets.some((s) => s.name === '问题清单')).toBe(false);
    await page.evaluate(() => { window.__fakeHost!.model.structureProtected = false; });
  });

  it('a finding in a protected sheet is found as usual (protection does not stop selecting)', async () => {
    const f = result.findings.find((x) => x.sheet === '三会一课' && x.cell)!;
    await button(page, f).click();
    await waitStatus(page, `已定位到 三会一课!${f.cell}`);
    expect(await page.locator('#btn-unhide').count()).toBe(0);
  });

  it('标出问题 leaves the protected sheet alone and names it; 清除标出 restores the rest exactly', async () => {
    const before = await model(page);
    await page.click('#btn-mark');
    const text = await waitStatus(page, '设置了保护');
    expect(text).toMatch(/工作表“三会一课”（\d+ 个单元格）设置了保护，未能标出。请在 Excel 的“审阅”选项卡点“撤销工作表保护”后再点“标出问题”。/);
    expect(text).toContain(`其中工作表“${DUES}”`);
    const marked = await model(page);
    const meetings = marked.sheets.find((s) => s.name === '三会一课')!;
    expect(meetings.cells).toEqual(before.sheets.find((s) => s.name === '三会一课')!.cells);
    expect(marked.comments.some((c) => c.sheetId === meetings.id)).toBe(false);
    const members = marked.sheets.find((s) => s.name === MEMBERS)!;
    expect(marked.comments.some((c) => c.sheetId === members.id && c.content.startsWith('【党建台账助手】'))).toBe(true);
    await page.screenshot({ path: artifact('13-marked-protected.png') });

    await page.click('#btn-clear');
    await waitStatus(page, '已清除');
    const cleared = await model(page);
    // a cell the stand-in created to fill and emptied again counts as the empty cell it was
    const solid = (m: WorkbookModel) => m.sheets.map((s) => Object.fromEntries(Object.entries(s.cells).filter(([, c]) => c.v !== null || c.fill)));
    expect(solid(cleared)).toEqual(solid(before));
    expect(cleared.comments).toEqual(before.comments);
  });
});

describe('a 3,000-member roster with thousands of findings', () => {
  let page: Page;
  let result: CheckResult;
  let wb: WorkbookModel;

  beforeAll(async () => {
    wb = modelFromGrid(largeGrid(3000));
    result = await expected(wb, '2025-12-31');
    expect(result.findings.length).toBeGreaterThan(4000);
    page = await open(wb);
    await page.fill('#as-of', '2025-12-31');
    await page.click('#btn-check');
    await waitStatus(page, `检查完成：${result.findings.length} 个问题`);
  });

  it('lists 50 findings per rule at first, with 再显示 for the rest', async () => {
    const byRule = new Map<string, number>();
    for (const f of result.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    const shown = [...byRule.values()].reduce((n, k) => n + Math.min(k, PAGE_SIZE), 0);
    expect(await page.locator('button.finding').count()).toBe(shown);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(2000);
    const m02 = byRule.get('M02')!;
    const more = page.locator('details.rule[data-rule="M02"] button.more');
    expect(await more.textContent()).toBe(`再显示 ${PAGE_SIZE} 个（还有 ${m02 - PAGE_SIZE} 个未显示，全部问题可“写入问题清单”查看）`);
    await more.click();
    expect(await page.locator('details.rule[data-rule="M02"] button.finding').count()).toBe(2 * PAGE_SIZE);
    // the first new finding has the focus, and a click there still jumps, with the status in sight
    const focused = page.locator('button.finding:focus');
    expect(await focused.getAttribute('data-cell')).toBe(result.findings.filter((f) => f.rule === 'M02')[PAGE_SIZE].cell);
    await focused.click();
    await waitStatus(page, '已定位到 党员名册!E');
    expect(await page.locator('#status').isVisible()).toBe(true);
    const box = await page.locator('#status').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(100);
    await page.screenshot({ path: artifact('14-large-list.png') });
    await page.locator('details.rule[data-rule="M04"] button.more').scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('15-large-list-more.png') });
  });

  it('写入问题清单 writes every finding, in syncs under the 5 MB limit', async () => {
    await page.evaluate(() => window.__fakeHost!.resetLog());
    await page.click('#btn-sheet');
    await waitStatus(page, `已将 ${result.findings.length} 个问题写入“问题清单”工作表`);
    const log = await page.evaluate(() => ({ ...window.__fakeHost!.log, calls: [] }));
    expect(log.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    const n = result.findings.length + 1;
    const last = await page.evaluate((row) => {
      const cells = window.__fakeHost!.sheet('问题清单')!.cells;
      return [cells[`A${row}`]?.v, cells[`H${row}`]?.v, cells[`A${row + 1}`]?.v ?? null];
    }, n);
    expect(last).toEqual([String(n - 1), result.findings[n - 2].message, null]);
  });

  it('reads in blocks when one response would pass the payload limit, and finds the same', async () => {
    // the one-sync read of this workbook is 2.3 MB: a 1 MB limit stands in for a branch too big for 5 MB
    await page.evaluate(() => { window.__fakeHost!.payloadLimitBytes = 1_000_000; window.__fakeHost!.resetLog(); });
    await page.click('#btn-check');
    await waitStatus(page, `检查完成：${result.findings.length} 个问题`);
    const log = await page.evaluate(() => ({ ...window.__fakeHost!.log, calls: [] }));
    expect(log.maxResponseBytes).toBeLessThanOrEqual(1_000_000);
    expect(log.syncs).toBeGreaterThan(3);
    await page.evaluate(() => { window.__fakeHost!.payloadLimitBytes = 5 * 1024 * 1024; });
  });

  it('标出问题 marks every bad cell', async () => {
    await page.click('#btn-mark');
    const cells = new Set(result.findings.filter((f) => f.sheet && f.cell).map((f) => `${f.sheet}!${f.cell}`)).size;
    await waitStatus(page, `已标出 ${cells} 个单元格，加了 ${cells} 条批注`);
  });

  it('标出问题 again and 清除标出 handle thousands of marks, and the fills are back as they were', async () => {
    const cells = new Set(result.findings.filter((f) => f.sheet && f.cell).map((f) => `${f.sheet}!${f.cell}`)).size;
    await page.click('#btn-mark');
    await waitStatus(page, `已标出 ${cells} 个单元格`);
    await page.click('#btn-clear');
    await waitStatus(page, `已清除 ${cells} 个单元格的标出`);
    const m = await model(page);
    const filled = m.sheets.flatMap((s) => Object.entries(s.cells).filter(([, c]) => c.fill).map(([a]) => `${s.name}!${a}`));
    expect(filled).toEqual([]);
    expect(m.comments).toEqual([]);
  });
});
