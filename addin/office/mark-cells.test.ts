/** 标出问题 / 清除标出 over the stand-in host: exact restore, notes, and Excel 2016 without comments. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../ledger/findings/finding.js';
import { FakeExcelHost } from '../test-host/fake-excel.js';
import type { WorkbookModel } from '../test-host/workbook-model.js';
import { detectCapabilities } from './capabilities.js';
import { clearMarks, markFindings, normaliseAddress } from './mark-cells.js';
import { MARK_FILL } from './mark-style.js';
import { officeDocumentStore } from './document-store.js';

const finding = (cell: string, severity: Finding['severity'], rule: Finding['rule'] = 'M02'): Finding => ({
  rule, severity, sheet: '党员 名册', cell, row: Number(cell.slice(1)), period: null, member: null, message: `${cell} 有问题`,
});

function workbook(): WorkbookModel {
  return {
    sheets: [{ id: 's1', name: '党员 名册', visibility: 'Visible', cells: { B2: { v: '张三', fill: '#92D050' }, B3: { v: '李四' }, B4: { v: '王五' } } }],
    activeSheetId: 's1', selection: null, comments: [], settings: {},
  };
}

const ctx = (c: unknown) => c as Excel.RequestContext;
const findings = [finding('B2', '警告'), finding('B3', '错误'), finding('B3', '警告', 'M03'), finding('B4', '提示')];

describe('markFindings / clearMarks', () => {
  it('fills each bad cell by its worst severity, notes it, and restores exactly on clear', async () => {
    const host = new FakeExcelHost(workbook());
    const caps = detectCapabilities((n, v) => host.isSetSupported(n, v));
    const r = await host.run((c) => markFindings(ctx(c), findings, caps, officeDocumentStore(host.documentSettings)));
    expect(r).toEqual({ cells: 3, notes: 3 });
    const cells = host.sheet('党员 名册')!.cells;
    expect([cells.B2.fill, cells.B3.fill, cells.B4.fill]).toEqual([MARK_FILL['警告'], MARK_FILL['错误'], MARK_FILL['提示']]);
    const b3 = host.model.comments.find((c) => c.address === 'B3')!;
    expect(b3.content).toBe('【党建台账助手】\nM02 错误：B3 有问题\nM03 警告：B3 有问题');
    expect(host.log.syncs).toBeLessThanOrEqual(4);
    // saved into the workbook (document settings), not only held in memory
    expect(JSON.parse(host.model.settings['dangjian.marks'] as string).fills).toEqual([
      { sheet: '党员 名册', cell: 'B2', color: '#92D050' }, { sheet: '党员 名册', cell: 'B3', color: null }, { sheet: '党员 名册', cell: 'B4', color: null },
    ]);

    await host.run((c) => clearMarks(ctx(c), caps, officeDocumentStore(host.documentSettings)));
    expect(host.model).toEqual(workbook());
    expect(host.unsyncedAtEnd).toBe(0);
  });

  it('marking twice still restores the fills from before the first time', async () => {
    const host = new FakeExcelHost(workbook());
    const caps = detectCapabilities((n, v) => host.isSetSupported(n, v));
    await host.run((c) => markFindings(ctx(c), findings, caps, officeDocumentStore(host.documentSettings)));
    await host.run((c) => markFindings(ctx(c), findings.slice(0, 2), caps, officeDocumentStore(host.documentSettings)));
    expect(host.sheet('党员 名册')!.cells.B4.fill).toBeUndefined();
    expect(host.model.comments.length).toBe(2);
    await host.run((c) => clearMarks(ctx(c), caps, officeDocumentStore(host.documentSettings)));
    expect(host.model).toEqual(workbook());
  });

  it('in Excel 2016 MSI (ExcelApi 1.2, no comments) marks with fills only and still restores', async () => {
    const host = new FakeExcelHost(workbook());
    host.apiMinor = 2;
    const caps = detectCapabilities((n, v) => host.isSetSupported(n, v));
    expect(caps).toEqual({ comments: false, fillPattern: false, changeEvents: false, mergedAreas: false, workbookName: false });
    const r = await host.run((c) => markFindings(ctx(c), findings, caps, officeDocumentStore(host.documentSettings)));
    expect(r).toEqual({ cells: 3, notes: 0 });
    expect(host.log.calls.some((x) => x.startsWith('comments.'))).toBe(false);
    await host.run((c) => clearMarks(ctx(c), caps, officeDocumentStore(host.documentSettings)));
    expect(host.model).toEqual(workbook());
  });

  it('leaves a user comment alone and skips findings on sheets that no longer exist', async () => {
    const wb = workbook();
    wb.comments.push({ id: 'u', sheetId: 's1', address: 'B2', content: '请核实' });
    const host = new FakeExcelHost(wb);
    const caps = detectCapabilities((n, v) => host.isSetSupported(n, v));
    const gone: Finding = { ...finding('A1', '错误'), sheet: '已删除' };
    const r = await host.run((c) => markFindings(ctx(c), [...findings, gone], caps, officeDocumentStore(host.documentSettings)));
    expect(r).toEqual({ cells: 3, notes: 2 });
    await host.run((c) => clearMarks(ctx(c), caps, officeDocumentStore(host.documentSettings)));
    expect(host.model.comments).toEqual([{ id: 'u', sheetId: 's1', address: 'B2', content: '请核实' }]);
  });
});

describe('protected and hidden sheets', () => {
  function twoSheets(): WorkbookModel {
    const wb = workbook();
    wb.sheets.push({ id: 's2', name: "O'Brien's 党费（上半年）", visibility: 'Hidden', cells: { C3: { v: 0 } } });
    return wb;
  }
  const dues: Finding = { ...finding('C3', '错误', 'D03'), sheet: "O'Brien's 党费（上半年）" };

  it('the stand-in fails a write to a protected sheet, as Excel does', async () => {
    const wb = workbook();
    wb.sheets[0].protected = true;
    const host = new FakeExcelHost(wb);
    await expect(host.run(async (c) => {
      c.workbook.worksheets.getItem('党员 名册').getRange('B3').format.fill.color = '#FFC7CE';
      await c.sync();
    })).rejects.toThrow(/^AccessDenied/);
  });

  it('leaves a protected sheet alone and names it; marks hidden sheets and names them', async () => {
    const wb = twoSheets();
    wb.sheets[0].protected = true;
    const host = new FakeExcelHost(wb);
    const caps = detectCapabilities((n, v) => host.isSetSupported(n, v));
    const store = officeDocumentStore(host.documentSettings);
    const r = await host.run((c) => markFindings(ctx(c), [...findings, dues], caps, store));
    expect(r).toEqual({ cells: 1, notes: 1, protectedSheets: [{ sheet: '党员 名册', cells: 3 }], hiddenSheets: [{ sheet: "O'Brien's 党费（上半年）", cells: 1 }] });
    expect(host.sheet('党员 名册')!.cells).toEqual(workbook().sheets[0].cells);
    expect(host.sheet("O'Brien's 党费（上半年）")!.cells.C3.fill).toBe(MARK_FILL['错误']);
    await host.run((c) => clearMarks(ctx(c), caps, store));
    expect(host.model).toEqual({ ...twoSheets(), sheets: twoSheets().sheets.map((s, i) => (i ? s : { ...s, protected: true })) });
  });

  it('a sheet protected after marking keeps its marks, and they are cleared once it is unprotected', async () => {
    const host = new FakeExcelHost(twoSheets());
    const caps = detectCapabilities((n, v) => host.isSetSupported(n, v));
    const store = officeDocumentStore(host.documentSettings);
    await host.run((c) => markFindings(ctx(c), [...findings, dues], caps, store));
    host.sheet('党员 名册')!.protected = true;
    const r = await host.run((c) => clearMarks(ctx(c), caps, store));
    expect(r).toEqual({ cells: 1, protectedSheets: [{ sheet: '党员 名册', cells: 3 }] });
    expect(host.sheet('党员 名册')!.cells.B3.fill).toBe(MARK_FILL['错误']);
    expect(host.model.comments.length).toBe(3);
    // marking again meanwhile keeps the fills saved from before the sheet was protected
    await host.run((c) => markFindings(ctx(c), [dues], caps, store));
    delete host.sheet('党员 名册')!.protected;
    expect(await host.run((c) => clearMarks(ctx(c), caps, store))).toEqual({ cells: 4 });
    expect(host.model).toEqual(twoSheets());
  });

  it('thousands of notes go in syncs under Excel on the web’s 5 MB request limit', async () => {
    const cells: WorkbookModel['sheets'][0]['cells'] = {};
    const many: Finding[] = [];
    for (let r = 2; r < 6002; r++) {
      cells[`B${r}`] = { v: `党员${r}` };
      many.push({ ...finding(`B${r}`, '警告'), message: `党员名册 B${r}：`.padEnd(400, '党') });
    }
    const host = new FakeExcelHost({ sheets: [{ id: 's1', name: '党员 名册', visibility: 'Visible', cells }], activeSheetId: 's1', selection: null, comments: [], settings: {} });
    const caps = detectCapabilities((n, v) => host.isSetSupported(n, v));
    const r = await host.run((c) => markFindings(ctx(c), many, caps, officeDocumentStore(host.documentSettings)));
    expect(r).toEqual({ cells: 6000, notes: 6000 });
    expect(host.log.maxRequestBytes).toBeLessThan(host.payloadLimitBytes);
    expect(host.log.maxRequestBytes).toBeGreaterThan(0);
  });
});

describe('normaliseAddress', () => {
  it('spells quoted and unquoted, absolute and relative addresses alike', () => {
    expect(normaliseAddress("'党员 名册'!$B$3")).toBe('党员 名册!B3');
    expect(normaliseAddress('党员名册!B3')).toBe('党员名册!B3');
    expect(normaliseAddress("'O''Neil'!A1")).toBe("O'Neil!A1");
  });
});
