import { describe, expect, it } from 'vitest';
import type { Finding } from '../../ledger/findings/finding.js';
import { FakeExcelHost } from '../test-host/fake-excel.js';
import { writeIssueSheet } from './issue-sheet.js';
import { ISSUE_HEADER } from './issue-rows.js';

const f = (i: number, period: string | null = null): Finding => ({
  rule: 'C05', severity: '警告', sheet: '三会一课', cell: null, row: null, period, member: null, message: `第${i}个问题`,
});

describe('writeIssueSheet', () => {
  it('creates 问题清单 as text cells, then refreshes it without leftovers', async () => {
    const host = new FakeExcelHost({ sheets: [{ id: 's1', name: '三会一课', visibility: 'Visible', cells: { A1: { v: '日期' } } }], activeSheetId: 's1', selection: null, comments: [], settings: {} });
    await host.run((c) => writeIssueSheet(c as unknown as Excel.RequestContext, [f(1, '2025-07'), f(2), f(3)]));
    expect(host.log.syncs).toBe(2);
    let cells = host.sheet('问题清单')!.cells;
    expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1', 'H1'].map((a) => cells[a].v)).toEqual([...ISSUE_HEADER]);
    expect(cells.A1.bold).toBe(true);
    expect(cells.F2).toMatchObject({ v: '2025-07', f: '@' });
    expect(cells.H4.v).toBe('第3个问题');

    await host.run((c) => writeIssueSheet(c as unknown as Excel.RequestContext, [f(9)]));
    cells = host.sheet('问题清单')!.cells;
    expect(cells.H2.v).toBe('第9个问题');
    expect(cells.A3).toBeUndefined();
    expect(host.model.sheets.filter((s) => s.name === '问题清单').length).toBe(1);
    expect(host.model.activeSheetId).toBe(host.sheet('问题清单')!.id);
  });
});
