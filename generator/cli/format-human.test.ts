import { describe, expect, it } from 'vitest';
import { gridFromRows, gridOf } from '../../ledger/grid/grid-from-rows.js';
import { checkGrid } from '../../ledger/check.js';
import { infoSheet, rosterSheet } from '../../ledger/recognize/recognize-test-data.js';
import { emptyTally, formatFile } from './format-human.js';

const quarter = (name: string, month: string, recorder: string | null) => gridFromRows(name, [
  ['日期', '会议类型', '主题', '主持人', '记录人'],
  [`2025-${month}-05`, '支委会', '研究工作', '张三', recorder],
]);

describe('human output of a ledger split over several sheets', () => {
  it('says the sheets were checked together and labels a finding on a later sheet with its ledger', () => {
    const result = checkGrid(gridOf(infoSheet(), rosterSheet(), quarter('第一季度', '01', '李四'), quarter('第二季度', '04', null)), { asOf: '2025-12-31' });
    const lines = formatFile({ file: 'a.xlsx', branch: '支部', error: null, result }, emptyTally());
    expect(lines[1]).toBe('    三会一课记录分 2 张工作表填写（“第一季度”、“第二季度”），已合并检查。');
    const c10 = lines.findIndex((l) => l.includes('C10 E2'));
    expect(c10).toBeGreaterThan(0);
    expect(lines.slice(0, c10).reverse().find((l) => /^ {2}\S/.test(l))).toMatch(/^ {2}三会一课记录（工作表“第二季度”）：/);
  });
});
