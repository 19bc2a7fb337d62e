/**
 * Workbook.name (ExcelApi 1.7) is read with the sheets, no extra sync: a branch whose workbook names
 * none goes by its file name in the pane as in the CLI; before 1.7, the pane calls it 本支部.
 */
import { describe, expect, it } from 'vitest';
import { gridFromRows, gridOf } from '../../ledger/grid/grid-from-rows.js';
import { FakeExcelHost } from '../test-host/fake-excel.js';
import { modelFromGrid } from '../test-host/workbook-model.js';
import { detectCapabilities } from './capabilities.js';
import { readWorkbook } from './read-grid.js';
import { excelGateway } from './excel-gateway.js';
import { runCheck, UNNAMED_BRANCH } from '../pane/run-check.js';

const roster = () => gridFromRows('党员名册', [['姓名', '身份证号'], ['张三', '110101199001011237']]);

/** fileName null: a workbook never saved */
function host(apiMinor: number, fileName: string | null = '07_县档案馆党支部.xlsx') {
  const h = new FakeExcelHost({ ...modelFromGrid(gridOf(roster())), fileName: fileName ?? undefined });
  h.apiMinor = apiMinor;
  return h;
}

const noStore = { get: () => null, set: () => {}, remove: () => {}, save: async () => {} };

describe('the workbook file name in the task pane', () => {
  it('is read in the same two syncs where Excel has Workbook.name (ExcelApi 1.7)', async () => {
    const h = host(7);
    const caps = detectCapabilities((n, v) => h.isSetSupported(n, v));
    const read = await h.run((c) => readWorkbook(c as unknown as Excel.RequestContext, caps));
    expect(read.fileName).toBe('07_县档案馆党支部.xlsx');
    expect(h.log.syncs).toBe(2);
  });

  it('is null before ExcelApi 1.7, where the call does not exist', async () => {
    const h = host(6);
    const caps = detectCapabilities((n, v) => h.isSetSupported(n, v));
    const read = await h.run((c) => readWorkbook(c as unknown as Excel.RequestContext, caps));
    expect(read.fileName).toBeNull();
  });

  it('names a branch that has no 支部基本信息 as the CLI does, else 本支部', async () => {
    for (const [api, branch] of [[7, '县档案馆党支部'], [6, UNNAMED_BRANCH]] as const) {
      const h = host(api);
      const caps = detectCapabilities((n, v) => h.isSetSupported(n, v));
      const gateway = excelGateway({ run: (b) => h.run(b as never) }, caps, noStore as never);
      const { result } = await runCheck(gateway, { asOf: '2025-12-31', settings: {} });
      expect(result.stats.branch).toBe(branch);
    }
  });

  it('calls a never-saved workbook (工作簿1, Book1: no file extension) 本支部, not by Excel’s placeholder name', async () => {
    for (const [fileName, branch] of [[null, UNNAMED_BRANCH], ['Book1', UNNAMED_BRANCH], ['县档案馆党支部.xlsm', '县档案馆党支部'], ['县档案馆党支部.XLS', '县档案馆党支部']] as const) {
      const h = host(7, fileName);
      const caps = detectCapabilities((n, v) => h.isSetSupported(n, v));
      const gateway = excelGateway({ run: (b) => h.run(b as never) }, caps, noStore as never);
      const { result } = await runCheck(gateway, { asOf: '2025-12-31', settings: {} });
      expect(result.stats.branch, String(fileName)).toBe(branch);
    }
  });
});
