import { describe, expect, it } from 'vitest';
import { OfficeMockObject } from 'office-addin-mock';
import { selectFinding, selectOrExplain } from './select-cell.js';
import { FakeExcelHost } from '../test-host/fake-excel.js';
import type { ModelSheet } from '../test-host/workbook-model.js';

function mock() {
  const calls: string[] = [];
  const data = {
    context: {
      workbook: {
        worksheets: {
          getItem(name: string) {
            calls.push(`getItem ${name}`);
            return {
              activate: () => calls.push('activate'),
              getRange: (a: string) => ({ select: () => calls.push(`select ${a}`) }),
            };
          },
        },
      },
      sync: async () => { calls.push('sync'); },
    },
  };
  return { ctx: new OfficeMockObject(data) as unknown as { context: Excel.RequestContext }, calls };
}

describe('selectFinding', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const { ctx, calls } = mock();
    expect(await selectFinding(ctx.context, { sheet: '党员名册', cell: 'E4', row: 4 })).toBe(true);
    expect(calls).toEqual(['getItem 党员名册', 'activate', 'select E4', 'sync']);
  });

  it('selects the row when the finding has no single cell', async () => {
    const { ctx, calls } = mock();
    await selectFinding(ctx.context, { sheet: '党员名册', cell: null, row: 7 });
    expect(calls).toContain('select 7:7');
  });

  it('does nothing for a whole-workbook finding', async () => {
    const { ctx, calls } = mock();
    expect(await selectFinding(ctx.context, { sheet: null, cell: null, row: null })).toBe(false);
    expect(calls).toEqual([]);
  });
});

describe('selectOrExplain over the stand-in host (Excel cannot activate a hidden sheet)', () => {
  function host(visibility: ModelSheet['visibility']) {
    const sheets: ModelSheet[] = [
      { id: 's1', name: '封面', visibility: 'Visible', cells: {} },
      { id: 's2', name: '党员名册', visibility, cells: { E2: { v: '110101' } } },
    ];
    return new FakeExcelHost({ sheets, activeSheetId: 's1', selection: null, comments: [], settings: {} });
  }
  const run = (h: FakeExcelHost) => <T>(batch: (c: Excel.RequestContext) => Promise<T>) => h.run((c) => batch(c as unknown as Excel.RequestContext));
  const f = { sheet: '党员名册', cell: 'E2', row: 2 };

  it('the stand-in fails activate() on a hidden sheet, as Excel does', async () => {
    const h = host('Hidden');
    await expect(run(h)((c) => selectFinding(c, f))).rejects.toThrow(/^InvalidOperation/);
    expect(h.model.activeSheetId).toBe('s1');
  });

  it('tells a hidden and a very hidden sheet apart, and changes nothing', async () => {
    for (const v of ['Hidden', 'VeryHidden'] as const) {
      const h = host(v);
      expect(await selectOrExplain(run(h), f)).toEqual({ kind: 'hidden', visibility: v });
      expect(h.model.selection).toBeNull();
      expect(h.sheet('党员名册')!.visibility).toBe(v);
    }
  });

  it('shows the sheet and selects the cell when the user asks to unhide it', async () => {
    const h = host('VeryHidden');
    expect(await selectOrExplain(run(h), f, { unhide: true })).toEqual({ kind: 'selected' });
    expect(h.sheet('党员名册')!.visibility).toBe('Visible');
    expect(h.model.selection).toEqual({ sheetId: 's2', address: 'E2' });
  });

  it('says when the workbook structure is protected and the sheet cannot be unhidden', async () => {
    const h = host('Hidden');
    h.model.structureProtected = true;
    expect(await selectOrExplain(run(h), f, { unhide: true })).toEqual({ kind: 'structure-protected' });
    expect(h.sheet('党员名册')!.visibility).toBe('Hidden');
    expect(h.model.selection).toBeNull();
  });

  it('reports a sheet renamed or deleted since the check', async () => {
    const h = host('Visible');
    expect(await selectOrExplain(run(h), { ...f, sheet: '旧名册' })).toEqual({ kind: 'missing' });
  });

  it('selects the whole merged area when the cell is merged, and the row of a whole-row finding', async () => {
    const h = host('Visible');
    h.sheet('党员名册')!.merges = [{ top: 2, left: 5, bottom: 4, right: 5 }];
    expect(await selectOrExplain(run(h), f)).toEqual({ kind: 'selected' });
    expect(h.model.selection).toEqual({ sheetId: 's2', address: 'E2:E4' });
    await selectOrExplain(run(h), { sheet: '党员名册', cell: null, row: 7 });
    expect(h.model.selection).toEqual({ sheetId: 's2', address: 'A7:XFD7' });
  });

  it('says when the cell\'s row or column is hidden (selected, but out of sight), and shows them when asked', async () => {
    const h = host('Visible');
    h.sheet('党员名册')!.hiddenCols = [3, 5];
    h.sheet('党员名册')!.hiddenRows = [2];
    expect(await selectOrExplain(run(h), f)).toEqual({ kind: 'selected', hidden: { row: 2, column: 'E' } });
    expect(h.model.selection).toEqual({ sheetId: 's2', address: 'E2' });
    expect(await selectOrExplain(run(h), { ...f, cell: 'D3', row: 3 })).toEqual({ kind: 'selected' });
    expect(await selectOrExplain(run(h), { sheet: '党员名册', cell: null, row: 2 })).toEqual({ kind: 'selected', hidden: { row: 2, column: null } });

    expect(await selectOrExplain(run(h), f, { unhideLines: true })).toEqual({ kind: 'selected', unhiddenLines: { row: 2, column: 'E' } });
    expect([h.sheet('党员名册')!.hiddenRows, h.sheet('党员名册')!.hiddenCols]).toEqual([[], [3]]);
    expect(h.model.selection).toEqual({ sheetId: 's2', address: 'E2' });
  });

  it('a protected sheet keeps its hidden lines: says so', async () => {
    const h = host('Visible');
    Object.assign(h.sheet('党员名册')!, { hiddenCols: [5], protected: true });
    expect(await selectOrExplain(run(h), f, { unhideLines: true })).toEqual({ kind: 'selected', hidden: { row: null, column: 'E' }, linesProtected: true });
    expect(h.sheet('党员名册')!.hiddenCols).toEqual([5]);
  });
});
