/**
 * The Office.js reader over office-addin-mock. The mock returns an error string (not a throw) for a
 * property that was not loaded and synced, so these tests assert on the values themselves.
 */
import { describe, expect, it } from 'vitest';
import { OfficeMockObject } from 'office-addin-mock';
import { readWorkbookGrid } from './read-grid.js';
import { FakeExcelHost } from '../test-host/fake-excel.js';
import type { WorkbookModel } from '../test-host/workbook-model.js';

interface SheetSpec {
  name: string;
  visibility: string;
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  text: string[][];
  numberFormat: string[][];
}

function mockContext(specs: SheetSpec[]) {
  const items = specs.map(({ name, visibility, ...range }) => new OfficeMockObject({
    name, visibility, range,
    getUsedRange(this: { range: unknown }) { return this.range; },
  }) as unknown as OfficeMockObject & { load(p: string): void; sync(): Promise<void> });
  let syncs = 0;
  const worksheets = {
    items,
    // Office.js loads "items/name" on every item; the mock has no collections, so do it here
    load(props: string) {
      const names = props.split(',').map((p) => p.trim().replace(/^items\//, ''));
      for (const it of items) it.load(names.join(','));
    },
  };
  const context = {
    workbook: { worksheets },
    async sync() {
      syncs++;
      for (const it of items) await it.sync();
      await new Promise((r) => setTimeout(r, 0)); // the mock updates parents in later microtasks
    },
  };
  return { context: context as unknown as Excel.RequestContext, syncs: () => syncs };
}

const members: SheetSpec = {
  name: '党员名册', visibility: 'Visible', rowIndex: 1, columnIndex: 0,
  values: [['姓名', '出生日期', '身份证号', ''], ['张三', 31048, 110101198501012000, ''], ['', '', '', '']],
  text: [['姓名', '出生日期', '身份证号', ''], ['张三', '1985-01-01', '1.10101E+17', ''], ['', '', '', '']],
  numberFormat: [['General', 'General', 'General', 'General'], ['@', 'yyyy-mm-dd', 'General', 'General'], ['General', 'General', 'General', 'General']],
};

describe('readWorkbookGrid (office-addin-mock)', () => {
  it('reads values, text and number formats of every used range in two syncs', async () => {
    const hidden: SheetSpec = { ...members, name: '旧表', visibility: 'Hidden', rowIndex: 0, values: [['x']], text: [['x']], numberFormat: [['General']] };
    const { context, syncs } = mockContext([members, hidden]);
    const grid = await readWorkbookGrid(context);
    expect(syncs()).toBe(2);
    expect(grid.sheets.map((s) => [s.name, s.hidden, s.top, s.left])).toEqual([['党员名册', false, 2, 1], ['旧表', true, 1, 1]]);
    const s = grid.sheets[0];
    expect(s.rows[0]).toEqual([
      { v: '姓名', t: '姓名', f: 'General' }, { v: '出生日期', t: '出生日期', f: 'General' }, { v: '身份证号', t: '身份证号', f: 'General' },
    ]);
    expect(s.rows[1][1]).toEqual({ v: 31048, t: '1985-01-01', f: 'yyyy-mm-dd' });
    expect(s.rows[1][2]).toEqual({ v: 110101198501012000, t: '1.10101E+17', f: 'General' });
    expect(s.rows[2]).toEqual([]);
    expect(s.merges).toEqual([]);
  });

  it('leaves out the 问题清单 sheet it writes itself', async () => {
    const issues: SheetSpec = { ...members, name: '问题清单' };
    const { context } = mockContext([members, issues]);
    const grid = await readWorkbookGrid(context);
    expect(grid.sheets.map((s) => s.name)).toEqual(['党员名册']);
  });
});

describe('readWorkbookGrid over Excel on the web’s 5 MB response limit', () => {
  it('reads a workbook too large for one response in row blocks, to the same grid', async () => {
    const cells: Record<string, { v: string | number; t?: string; f?: string }> = {};
    for (let r = 3; r <= 8002; r++) {
      cells[`B${r}`] = { v: `党员${r}`, t: `党员${r}`, f: '@' };
      cells[`C${r}`] = { v: 45000 + r, t: `2023-03-${String(r % 28 + 1).padStart(2, '0')}`, f: 'yyyy-mm-dd' };
      cells[`E${r}`] = { v: '110101199001011234', t: '110101199001011234', f: '@' };
      cells[`F${r}`] = { v: '第一党小组', t: '第一党小组', f: '@' };
    }
    const model = (): WorkbookModel => ({
      sheets: [
        { id: 's1', name: '党员名册', visibility: 'Visible', cells: structuredClone(cells), merges: [{ top: 3, left: 2, bottom: 4, right: 2 }] },
        { id: 's2', name: '封面', visibility: 'Hidden', cells: { A1: { v: '封面' } } },
      ],
      activeSheetId: 's1', selection: null, comments: [], settings: {},
    });
    const caps = { mergedAreas: true };
    const whole = new FakeExcelHost(model());
    whole.apiMinor = 13;
    const expected = await whole.run((c) => readWorkbookGrid(c as unknown as Excel.RequestContext, caps));
    const small = new FakeExcelHost(model());
    small.apiMinor = 13;
    small.payloadLimitBytes = 1_000_000; // under the one-sync response, as 5 MB is under a big workbook's
    expect(whole.log.maxResponseBytes).toBeGreaterThan(small.payloadLimitBytes);
    const grid = await small.run((c) => readWorkbookGrid(c as unknown as Excel.RequestContext, caps));
    expect(grid).toEqual(expected);
    expect(small.log.maxResponseBytes).toBeLessThanOrEqual(small.payloadLimitBytes);
  });
});
