import { describe, expect, it } from 'vitest';
import type { Finding } from '../../ledger/findings/finding.js';
import { FakeExcelHost } from '../test-host/fake-excel.js';
import { rowBlocks, writeIssueSheet } from './issue-sheet.js';
import { ISSUE_HEADER } from './issue-rows.js';
import { ProtectionError } from './office-error.js';

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
    expect(cells.F2).toMatchObject({ v: '2025年7月', f: '@' });
    expect(cells.H4.v).toBe('第3个问题');

    await host.run((c) => writeIssueSheet(c as unknown as Excel.RequestContext, [f(9)]));
    cells = host.sheet('问题清单')!.cells;
    expect(cells.H2.v).toBe('第9个问题');
    expect(cells.A3).toBeUndefined();
    expect(host.model.sheets.filter((s) => s.name === '问题清单').length).toBe(1);
    expect(host.model.activeSheetId).toBe(host.sheet('问题清单')!.id);
  });

  it('shows the 问题清单 again when the user hid it, and refreshes it', async () => {
    const host = new FakeExcelHost({ sheets: [
      { id: 's1', name: '三会一课', visibility: 'Visible', cells: { A1: { v: '日期' } } },
      { id: 's2', name: '问题清单', visibility: 'Hidden', cells: { A2: { v: '旧' } } },
    ], activeSheetId: 's1', selection: null, comments: [], settings: {} });
    expect(await host.run((c) => writeIssueSheet(c as unknown as Excel.RequestContext, [f(1)]))).toBe(1);
    expect(host.sheet('问题清单')!).toMatchObject({ visibility: 'Visible', cells: { H2: { v: '第1个问题' } } });
    expect(host.model.activeSheetId).toBe('s2');
    // a protected workbook structure cannot show it: the list is still written, the sheet stays hidden
    host.sheet('问题清单')!.visibility = 'Hidden';
    host.model.structureProtected = true;
    await host.run((c) => writeIssueSheet(c as unknown as Excel.RequestContext, [f(2)]));
    expect(host.sheet('问题清单')!).toMatchObject({ visibility: 'Hidden', cells: { H2: { v: '第2个问题' } } });
  });

  it('writes tens of thousands of findings in blocks under Excel on the web’s 5 MB request limit', async () => {
    const host = new FakeExcelHost({ sheets: [], activeSheetId: null, selection: null, comments: [], settings: {} });
    const many = Array.from({ length: 30_000 }, (_, i) => ({ ...f(i + 1, '2025-07'), message: `党费收缴台账 K${i + 2}：连续6个月未交纳党费，请核实原因并按规定处置。` }));
    expect(await host.run((c) => writeIssueSheet(c as unknown as Excel.RequestContext, many))).toBe(30_000);
    expect(host.log.maxRequestBytes).toBeLessThan(host.payloadLimitBytes);
    const cells = host.sheet('问题清单')!.cells;
    expect(cells.A30001.v).toBe('30000');
    expect(cells.H30001.v).toBe(many[29_999].message);
    expect(cells.F15000).toMatchObject({ v: '2025年7月', f: '@' });
    expect(cells.A30002).toBeUndefined();
  });

  it('rowBlocks keeps every row once, in order, each block under the budget', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [String(i), '党'.repeat(200)]);
    const blocks = rowBlocks(rows);
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.flatMap(([, b]) => b)).toEqual(rows);
    let next = 1;
    for (const [first, b] of blocks) {
      expect(first).toBe(next);
      next += b.length;
    }
  });

  it('names the protection that stops it: a protected 问题清单, or a protected workbook structure', async () => {
    const sheets = () => [{ id: 's1', name: '三会一课', visibility: 'Visible' as const, cells: { A1: { v: '日期' } } }];
    const locked = new FakeExcelHost({ sheets: [...sheets(), { id: 's2', name: '问题清单', visibility: 'Visible', cells: { A2: { v: '旧' } }, protected: true }], activeSheetId: 's1', selection: null, comments: [], settings: {} });
    await expect(locked.run((c) => writeIssueSheet(c as unknown as Excel.RequestContext, [f(1)]))).rejects.toEqual(new ProtectionError('sheet', '问题清单'));
    expect(locked.sheet('问题清单')!.cells).toEqual({ A2: { v: '旧' } });

    const structure = new FakeExcelHost({ sheets: sheets(), activeSheetId: 's1', selection: null, comments: [], settings: {}, structureProtected: true });
    const e = await structure.run((c) => writeIssueSheet(c as unknown as Excel.RequestContext, [f(1)])).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ProtectionError);
    expect(e).toMatchObject({ kind: 'structure', sheet: '问题清单' });
    expect(structure.model.sheets.map((s) => s.name)).toEqual(['三会一课']);
  });
});
