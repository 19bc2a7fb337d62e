/**
 * The ribbon's 检查台账 button (ExecuteFunction) end to end: commands.html from dist/ over the
 * stand-in host; the function checks and shows the count in a dialog (the same page with ?result=).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact, openPage, startAddinSite, type AddinSite, type Browser } from './harness.js';
import { messyWorkbook, type MessyWorkbook } from './messy-workbook.js';

let site: AddinSite;
let origin: string;
let browser: Browser;
let fakeOffice: string;
let messy: MessyWorkbook;

beforeAll(async () => {
  site = await startAddinSite();
  ({ origin, browser, fakeOffice } = site);
  messy = await messyWorkbook();
});

afterAll(async () => { await site?.close(); });

/** The ribbon's command page over the messy workbook, once its 检查台账 action is registered. */
async function openCommands(): ReturnType<typeof openPage> {
  const opened = await openPage(browser.context, origin, fakeOffice);
  await opened.page.addInitScript((model) => { window.__DANGJIAN_FAKE_WORKBOOK__ = model; }, messy.model);
  await opened.page.goto(`${origin}/commands.html`);
  await opened.page.waitForFunction(() => window.__fakeHost?.actions.has('checkLedger'));
  return opened;
}

describe('检查台账 (ExecuteFunction checkLedger)', () => {
  it('checks the workbook and shows the count in a dialog', async () => {
    const { page, traffic } = await openCommands();
    const dialog = await page.evaluate(async () => {
      const h = window.__fakeHost!;
      let completed = false;
      await h.actions.get('checkLedger')!({ completed: () => { completed = true; } });
      return { url: h.dialogs[0], completed };
    });
    expect(dialog.completed).toBe(true);
    const url = new URL(dialog.url);
    expect(url.origin + url.pathname).toBe(`${origin}/commands.html`);
    const n = messy.expected.findings.length;
    const errors = messy.expected.findings.filter((f) => f.severity === '错误').length;
    expect(url.searchParams.get('result')).toContain(`发现 ${n} 个问题（错误 ${errors}`);

    const { page: shown, traffic: t2 } = await openPage(browser.context, origin, null);
    await shown.goto(dialog.url);
    expect(await shown.textContent('#result')).toBe(url.searchParams.get('result'));
    await shown.screenshot({ path: artifact('06-command-dialog.png') });
    expect([...traffic.foreign, ...t2.foreign]).toEqual([]);
  });

  it('says in Chinese why a check failed, not Excel’s English error text', async () => {
    const { page, traffic } = await openCommands();
    const url = await page.evaluate(async () => {
      const h = window.__fakeHost!;
      h.run = (async () => { throw Object.assign(new Error('An internal error has occurred.'), { code: 'GeneralException' }); }) as typeof h.run;
      await h.actions.get('checkLedger')!({ completed: () => undefined });
      return h.dialogs[0];
    });
    const text = new URL(url).searchParams.get('result')!;
    expect(text).toMatch(/^检查没有完成：Excel 内部出错/);
    expect(text).not.toContain('internal error');
    expect(traffic.foreign).toEqual([]);
  });
});
