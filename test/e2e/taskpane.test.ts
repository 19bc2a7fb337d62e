/**
 * The task pane end to end: dist/ as built, served on 127.0.0.1, in headless Chromium over the
 * stand-in Excel host; every button clicked. Screenshots go to test-artifacts/e2e/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../addin/test-host/workbook-model.js';
import { MARK_FILL } from '../../addin/office/mark-style.js';
import { ISSUE_HEADER } from '../../addin/office/issue-rows.js';
import { artifact, openPage, startAddinSite, waitStatus as waitStatusFor, type AddinSite, type Browser, type Traffic } from './harness.js';
import { messyWorkbook, USER_FILL, type MessyWorkbook } from './messy-workbook.js';

interface HostView {
  model: WorkbookModel;
  syncs: number;
  calls: string[];
}

let site: AddinSite;
let origin: string;
let browser: Browser;
let fakeOffice: string;
let messy: MessyWorkbook;
let page: Page;
let traffic: Traffic;

const hostView = (p: Page): Promise<HostView> =>
  p.evaluate(() => {
    const h = window.__fakeHost!;
    return JSON.parse(JSON.stringify({ model: h.model, syncs: h.log.syncs, calls: h.log.calls })) as HostView;
  });

const fillsOf = (m: WorkbookModel) =>
  Object.fromEntries(m.sheets.flatMap((s) => Object.entries(s.cells).filter(([, c]) => c.fill).map(([a, c]) => [`${s.name}!${a}`, c.fill])));

const waitStatus = (p: Page, text: string) => waitStatusFor(p, text, 20_000);

beforeAll(async () => {
  site = await startAddinSite();
  ({ origin, browser, fakeOffice } = site);
  messy = await messyWorkbook();
});

afterAll(async () => { await site?.close(); });

describe('outside Excel', () => {
  it('explains how to sideload, with office.js from our own origin and no other request', async () => {
    const { page: p, traffic: t } = await openPage(browser.context, origin, null);
    await p.goto(`${origin}/taskpane.html`);
    await p.waitForSelector('#outside-office:not([hidden])', { timeout: 15_000 });
    const text = await p.textContent('#outside-office');
    expect(text).toContain('请在 Excel 中打开本助手');
    expect(text).toContain('受信任的加载项目录');
    expect(await p.getAttribute('#outside-office a[href$="manifest.xml"]', 'href')).toBe(`${origin}/manifest.xml`);
    await p.screenshot({ path: artifact('01-outside-excel.png'), fullPage: true });
    expect(t.requests.some((u) => u === `${origin}/office/office.js`)).toBe(true);
    expect(t.foreign).toEqual([]);
    await p.close();
  });
});

describe('in the stand-in Excel host', () => {
  beforeAll(async () => {
    ({ page, traffic } = await openPage(browser.context, origin, fakeOffice));
    await page.addInitScript((model) => { window.__DANGJIAN_FAKE_WORKBOOK__ = model; }, messy.model);
    await page.goto(`${origin}/taskpane.html`);
    await page.waitForSelector('#app:not([hidden]) #btn-check', { timeout: 15_000 });
  });

  it('检查 lists the findings of the messy workbook, grouped by ledger and rule', async () => {
    await page.evaluate(() => window.__fakeHost!.resetLog());
    await page.click('#btn-check');
    await waitStatus(page, '检查完成');
    const expected = messy.expected.findings;
    expect(await page.locator('button.finding').count()).toBe(expected.length);
    expect(await page.textContent('#total')).toBe(String(expected.length));
    const messages = await page.locator('button.finding .msg').allTextContents();
    expect(new Set(messages)).toEqual(new Set(expected.map((f) => f.message)));
    const rules = [...new Set(expected.map((f) => f.rule))].sort();
    expect(await page.locator('details.rule').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')).sort())).toEqual(rules);
    for (const sev of ['错误', '警告', '提示'] as const) {
      const n = expected.filter((f) => f.severity === sev).length;
      expect(await page.textContent(`.badges [data-severity="${sev}"]`)).toBe(`${sev} ${n}`);
    }
    // batched reads: one load per sheet's used range, never per cell; a handful of syncs in all
    const h = await hostView(page);
    const rangeLoads = h.calls.filter((c) => c.startsWith('Range.load'));
    expect(rangeLoads.length).toBe(messy.model.sheets.length);
    expect(rangeLoads[0]).toBe('Range.load(values,text,numberFormat,rowIndex,columnIndex)');
    expect(h.syncs).toBeLessThanOrEqual(3); // save settings + 2 to read the workbook
    expect(h.model.settings['dangjian.check']).toBeTruthy();
    await page.screenshot({ path: artifact('02-findings.png') });
    await page.screenshot({ path: artifact('02-findings-full.png'), fullPage: true });
  });

  it('clicking a finding activates its sheet and selects its cell (mouse and keyboard)', async () => {
    const targets = messy.expected.findings.filter((f) => f.sheet && f.cell);
    const first = targets[0];
    await page.locator(`button.finding[data-sheet="${first.sheet}"][data-cell="${first.cell}"]`).first().click();
    await waitStatus(page, `已定位到 ${first.sheet}!${first.cell}`);
    let h = await hostView(page);
    const sheetId = (name: string) => h.model.sheets.find((s) => s.name === name)!.id;
    expect(h.model.selection).toEqual({ sheetId: sheetId(first.sheet!), address: first.cell });
    expect(h.model.activeSheetId).toBe(sheetId(first.sheet!));

    const other = targets.find((f) => f.sheet !== first.sheet) ?? targets[targets.length - 1];
    await page.locator(`button.finding[data-sheet="${other.sheet}"][data-cell="${other.cell}"]`).first().focus();
    await page.keyboard.press('Enter');
    await waitStatus(page, `已定位到 ${other.sheet}!${other.cell}`);
    h = await hostView(page);
    expect(h.model.selection).toEqual({ sheetId: sheetId(other.sheet!), address: other.cell });
  });

  it('标出问题 fills and notes each bad cell; 清除标出 restores exactly the fills there were', async () => {
    const before = await hostView(page);
    const fillsBefore = fillsOf(before.model);
    expect(fillsBefore).toEqual({ [`${messy.filledCell.sheet}!${messy.filledCell.cell}`]: USER_FILL });

    await page.click('#btn-mark');
    await waitStatus(page, '已标出');
    const marked = await hostView(page);
    const cells = new Map<string, string>();
    for (const f of messy.expected.findings) {
      if (!f.sheet || !f.cell) continue;
      const key = `${f.sheet}!${f.cell}`;
      const worst = cells.get(key);
      const order = ['错误', '警告', '提示'];
      if (!worst || order.indexOf(f.severity) < order.indexOf(worst)) cells.set(key, f.severity);
    }
    const fills = fillsOf(marked.model);
    expect(Object.keys(fills).sort()).toEqual([...cells.keys()].sort());
    for (const [key, sev] of cells) expect(fills[key]).toBe(MARK_FILL[sev as keyof typeof MARK_FILL]);
    const ours = marked.model.comments.filter((c) => c.content.startsWith('【党建台账助手】'));
    expect(ours.length).toBe(cells.size - 1); // the cell with the user's comment keeps it alone
    expect(marked.model.comments.find((c) => c.id === 'user-comment')?.content).toBe('用户自己的批注');
    const sample = messy.expected.findings.find((f) => f.sheet && f.cell)!;
    const sampleSheet = marked.model.sheets.find((s) => s.name === sample.sheet)!;
    const note = ours.find((c) => c.sheetId === sampleSheet.id && c.address === sample.cell);
    if (note) expect(note.content).toContain(sample.message);
    await page.screenshot({ path: artifact('03-marked.png') });

    await page.click('#btn-clear');
    await waitStatus(page, '已清除');
    const cleared = await hostView(page);
    expect(fillsOf(cleared.model)).toEqual(fillsBefore);
    expect(cleared.model.comments).toEqual(before.model.comments);
    expect(cleared.model.settings['dangjian.marks']).toBeUndefined();
  });

  it('写入问题清单 creates the 问题清单 sheet, and refreshes it when clicked again', async () => {
    for (let round = 0; round < 2; round++) {
      await page.click('#btn-sheet');
      await waitStatus(page, '写入“问题清单”');
      const h = await hostView(page);
      const sheets = h.model.sheets.filter((s) => s.name === '问题清单');
      expect(sheets.length).toBe(1);
      const cells = sheets[0].cells;
      expect(ISSUE_HEADER.map((_, i) => cells[String.fromCharCode(65 + i) + '1']?.v)).toEqual([...ISSUE_HEADER]);
      const n = messy.expected.findings.length;
      expect(cells[`A${n + 1}`]?.v).toBe(String(n));
      expect(cells[`A${n + 2}`]).toBeUndefined();
      expect(cells.H2?.v).toBe(messy.expected.findings[0].message);
      expect(cells.A2?.f).toBe('@');
      expect(h.model.activeSheetId).toBe(sheets[0].id);
    }
  });

  it('生成调研报告 offers this branch’s report as a .docx that LibreOffice opens', async () => {
    const chunkBefore = traffic.requests.filter((u) => /make-report-.*\.js$/.test(u));
    expect(chunkBefore).toEqual([]); // the report code is loaded only when asked for
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.click('#btn-report');
    const d = await download;
    const file = artifact('report.docx');
    await d.saveAs(file);
    expect(d.suggestedFilename()).toMatch(/调研报告\.docx$/);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(traffic.requests.some((u) => /make-report-.*\.js$/.test(u))).toBe(true);
    await page.screenshot({ path: artifact('04-report.png') });

    const out = mkdtempSync(join(tmpdir(), 'dangjian-report-'));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${out}/profile`, '--convert-to', 'pdf', '--outdir', out, file], { stdio: 'pipe', timeout: 120_000 });
    const pdf = join(out, 'report.pdf');
    expect(existsSync(pdf)).toBe(true);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text.replace(/\s/g, '')).toContain(messy.expected.stats.branch);
    writeFileSync(artifact('report.txt'), text);
    rmSync(out, { recursive: true, force: true });
  });

  it('re-checks after the user edits a cell', async () => {
    const before = await page.locator('button.finding').count();
    const members = messy.model.sheets.find((s) => s.name === messy.expected.ledger.members!.sheet)!;
    const first = messy.expected.ledger.members!.members[0];
    await page.evaluate(({ sheet, cell }) => window.__fakeHost!.userEdit(sheet, cell, null), { sheet: members.name, cell: first.name.ref!.address });
    await waitStatus(page, '已根据修改重新检查');
    const after = await page.locator('button.finding').count();
    expect(after).not.toBe(before);
    expect(await page.locator('button.finding[data-rule="M01"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifact('05-rechecked.png') });
  });

  it('keeps the check settings in the workbook and checks with them', async () => {
    await page.click('details.settings > summary');
    await page.click('#set-lectureFrequency');
    await page.click('#set-lectureFrequency fluent-option[value="year"]');
    await page.fill('#as-of', '2025-12-31');
    await page.screenshot({ path: artifact('07-settings.png') });
    await page.click('#btn-check');
    await waitStatus(page, '检查完成');
    const h = await hostView(page);
    expect(JSON.parse(h.model.settings['dangjian.check'] as string)).toEqual({
      asOf: '2025-12-31',
      settings: { lectureFrequency: 'year', rounding: 'fen', quorumHalf: 'warn', secretaryLecture: true, termYears: 3, villageTermYears: 5 },
    });
    expect(await page.locator('#report-link').count()).toBe(0);
  });

  it('made no request outside its own origin', () => {
    expect(traffic.requests.length).toBeGreaterThan(3);
    expect(traffic.foreign).toEqual([]);
  });
});
