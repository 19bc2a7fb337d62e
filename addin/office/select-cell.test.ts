import { describe, expect, it } from 'vitest';
import { OfficeMockObject } from 'office-addin-mock';
import { selectFinding } from './select-cell.js';

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
