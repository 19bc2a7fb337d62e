/**
 * Merged areas reach the Grid (ExcelApi 1.13 and later): recognition reads two-row headers and one
 * meeting written over merged rows by them. Over the stand-in host, which answers as Excel does.
 */
import { describe, expect, it } from 'vitest';
import { gridFromRows, gridOf } from '../../ledger/grid/grid-from-rows.js';
import { recognize } from '../../ledger/recognize/index.js';
import { FakeExcelHost } from '../test-host/fake-excel.js';
import { modelFromGrid } from '../test-host/workbook-model.js';
import { detectCapabilities } from './capabilities.js';
import { mergedAreas } from './grid-from-range.js';
import { readWorkbookGrid } from './read-grid.js';

const span = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
const roster = () => gridFromRows('党员 名册', [
  ['姓名', '身份证号', '入党时间', null],
  [null, null, '预备', '转正'],
  ['张三', '110101199001011234', '2015-07-01', '2016-07-01'],
], { merges: [span(1, 1, 2, 1), span(1, 2, 2, 2), span(1, 3, 1, 4)] });

async function read(apiMinor: number) {
  const host = new FakeExcelHost(modelFromGrid(gridOf(roster())));
  host.apiMinor = apiMinor;
  const caps = detectCapabilities((n, v) => host.isSetSupported(n, v));
  const grid = await host.run((c) => readWorkbookGrid(c as unknown as Excel.RequestContext, caps));
  return { grid, syncs: host.log.syncs };
}

describe('merged areas in the task pane', () => {
  it('are read with the used ranges (still two syncs) where Excel can list them', async () => {
    const { grid, syncs } = await read(13);
    expect(syncs).toBe(2);
    expect(grid.sheets[0].merges).toEqual(roster().merges);
    const m = recognize(grid).members!;
    expect(m.members.map((x) => [x.nameKey, x.fullDate.value?.date])).toEqual([['张三', '2016-07-01']]);
  });

  it('are left out on Excel 2016/2019 (ExcelApi 1.12), where the call does not exist', async () => {
    const { grid, syncs } = await read(12);
    expect(syncs).toBe(2);
    expect(grid.sheets[0].merges).toEqual([]);
  });

  it('parse from a RangeAreas address, quoted sheet names with commas and quotes included', () => {
    expect(mergedAreas("'a,b''c'!A1:B2, 'a,b''c'!$D$1:$D$4, Sheet1!C3")).toEqual([span(1, 1, 2, 2), span(1, 4, 4, 4), span(3, 3, 3, 3)]);
    expect(mergedAreas('')).toEqual([]);
  });
});
