/**
 * Installs the stand-in host as the globals Office.js would define (Office, Excel), for the e2e tests
 * and the bench. The browser bundle (built by the e2e setup, never shipped in dist/) calls this with
 * the workbook the test put on window.__DANGJIAN_FAKE_WORKBOOK__ and exposes the host as window.__fakeHost.
 */
import { FakeExcelHost, type FakeContext } from './fake-excel.js';
import type { WorkbookModel } from './workbook-model.js';

export interface FakeOfficeGlobals {
  Office: unknown;
  Excel: unknown;
}

export function makeOfficeGlobals(host: FakeExcelHost): FakeOfficeGlobals & { dialogs: string[]; actions: Map<string, (e: unknown) => unknown> } {
  const dialogs: string[] = [];
  const actions = new Map<string, (e: unknown) => unknown>();
  const info = { host: 'Excel', platform: 'PC' };
  const Office = {
    HostType: { Excel: 'Excel' },
    onReady: (cb?: (i: typeof info) => void) => {
      host.log.calls.push('Office.onReady');
      cb?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: 'zh-CN',
      document: { settings: host.documentSettings },
      requirements: { isSetSupported: (name: string, v?: string) => host.isSetSupported(name, v) },
      officeTheme: {
        bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#262626',
        controlBackgroundColor: '#F3F2F1', controlForegroundColor: '#262626',
      },
      ui: {
        displayDialogAsync: (url: string, _opts: unknown, cb?: (r: unknown) => void) => {
          dialogs.push(url);
          cb?.({ status: 'succeeded', value: { addEventHandler: () => undefined, close: () => undefined } });
        },
        messageParent: () => undefined,
      },
    },
    actions: { associate: (name: string, fn: (e: unknown) => unknown) => { actions.set(name, fn); } },
  };
  const Excel = { run: <T>(fn: (c: FakeContext) => Promise<T>) => host.run(fn) };
  return { Office, Excel, dialogs, actions };
}

declare global {
  interface Window {
    __DANGJIAN_FAKE_WORKBOOK__?: WorkbookModel;
    /** ExcelApi 1.x the stand-in claims, e.g. 4 for Excel 2016 */
    __DANGJIAN_FAKE_API__?: number;
    __fakeHost?: FakeExcelHost & { dialogs: string[]; actions: Map<string, (e: unknown) => unknown> };
  }
}

/** Browser entry of the stand-in office.js. */
export function installInWindow(): void {
  const model = window.__DANGJIAN_FAKE_WORKBOOK__;
  if (!model) throw new Error('stand-in host: window.__DANGJIAN_FAKE_WORKBOOK__ is not set');
  const host = new FakeExcelHost(model);
  if (window.__DANGJIAN_FAKE_API__) host.apiMinor = window.__DANGJIAN_FAKE_API__;
  const g = makeOfficeGlobals(host);
  Object.assign(window, { Office: g.Office, Excel: g.Excel });
  window.__fakeHost = Object.assign(host, { dialogs: g.dialogs, actions: g.actions });
}
