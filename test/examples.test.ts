/**
 * The example workbooks (examples/, written by scripts/make-examples.ts) say what they are:
 * the tidy and the messy-but-sound branches raise nothing but what is planted, and the
 * problem example raises findings in every rule family. Read from disk, run through the engine.
 */
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../generator/read/read-workbook.js';
import { checkGrid } from '../ledger/check.js';

const DIR = fileURLToPath(new URL('../examples/', import.meta.url));

async function check(file: string) {
  const grid = await readWorkbookFile(join(DIR, file));
  return checkGrid(grid, { today: '2026-03-01', fallbackName: basename(file, '.xlsx') });
}

describe('example workbooks', () => {
  it('the tidy branch has no findings and a complete year', async () => {
    const r = await check('县财政局机关党支部.xlsx');
    expect(r.findings).toEqual([]);
    expect(r.asOf).toBe('2025-12-31');
    expect(r.stats.branch).toBe('县财政局机关党支部');
    expect(r.stats.members).toMatchObject({ total: 9, full: 8, probationary: 1, newMembers: 1, hasCommittee: true, groups: 2 });
    expect(r.stats.periodsMet).toEqual(r.stats.required);
    expect(r.stats.required).toMatchObject({ general: 4, committee: 12, group: 12, lecture: 4, themeDay: 12, lifeMeeting: 1, review: 1 });
    expect(r.stats.dues.paid).toBe(r.stats.dues.due);
  });

  it('the messy wide-form branch raises only the ID stored as a number', async () => {
    const r = await check('县交通运输局党支部.xlsx');
    expect(r.findings.map((f) => `${f.rule} ${f.sheet}:${f.row}`)).toEqual(['M02 花名册:6']);
    expect(r.stats.members.total).toBe(8);
  });

  it('the long-form export without an info sheet and the village branch raise nothing', async () => {
    const exported = await check('县卫生健康局党支部.xlsx');
    expect(exported.findings).toEqual([]);
    expect(exported.stats.branch).toBe('县卫生健康局党支部');
    expect(exported.ledger.dues?.form).toBe('long');
    const village = await check('红旗村党支部.xlsx');
    expect(village.findings).toEqual([]);
    expect(village.stats.dues.due).toBe(7 * 12);
  });

  it('the problem example raises findings in every rule family', async () => {
    const r = await check('县住房和城乡建设局党支部（问题示例）.xlsx');
    const families = new Set(r.findings.map((f) => f.rule[0]));
    expect([...families].sort()).toEqual(['B', 'C', 'D', 'M']);
    const rules = new Set(r.findings.map((f) => f.rule));
    for (const id of ['M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09', 'B05', 'D01', 'D02', 'D03', 'D04',
      'C01', 'C02', 'C04', 'C05', 'C07', 'C08', 'C09', 'C10', 'C12']) expect([id, rules.has(id as never)]).toEqual([id, true]);
  });
});
