/**
 * On-disk layout tests (not a test file itself): one small branch, written in many layouts
 * real submissions use, as real .xlsx files (exceljs), read back by the product's reader and
 * checked at a fixed as-of date. Each layout must give the same stats and no W finding.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../generator/read/read-workbook.js';
import { sofficeConvert, tempDir, writeXlsx } from '../../generator/read/test-support/workbook-files.js';
import { checkGrid, type CheckResult } from '../../ledger/check.js';
import type { Finding } from '../../ledger/findings/finding.js';
import { toContractStats, type ContractStats } from '../../ledger/stats/stats-types.js';

export const AS_OF = '2025-12-31';

export type CellIn = string | number | Date | null | undefined | { v: string | number | Date | { formula: string; result?: number }; numFmt: string };

export interface SheetIn {
  name: string;
  rows: CellIn[][];
  /** A1 ranges, e.g. 'A5:K5' */
  merges?: string[];
  /** hidden in the workbook (Excel's 隐藏工作表) */
  hidden?: boolean;
}

function put(ws: ExcelJS.Worksheet, sheet: SheetIn): void {
  sheet.rows.forEach((row, i) => {
    row.forEach((c, j) => {
      if (c == null) return;
      const cell = ws.getCell(i + 1, j + 1);
      if (typeof c === 'object' && !(c instanceof Date)) {
        cell.value = c.v;
        cell.numFmt = c.numFmt;
      } else {
        cell.value = c;
        if (c instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      }
    });
  });
  for (const m of sheet.merges ?? []) ws.mergeCells(m);
  if (sheet.hidden) ws.state = 'hidden';
}

/**
 * Write the sheets to a temp .xlsx (optionally saved again by LibreOffice), read it back, check it
 * at AS_OF; with `today`, as users run it without an as-of date (the year in progress).
 */
export async function checkLayout(sheets: SheetIn[], options: { soffice?: boolean; today?: string } = {}): Promise<CheckResult> {
  const dir = await tempDir('dangjian-layout-');
  try {
    const path = join(dir, 'branch.xlsx');
    await writeXlsx(path, (wb) => {
      for (const s of sheets) put(wb.addWorksheet(s.name), s);
    });
    let file = path;
    if (options.soffice) {
      const out = join(dir, 'out');
      const { mkdir } = await import('node:fs/promises');
      await mkdir(out);
      file = await sofficeConvert(path, 'xlsx', out);
    }
    const grid = await readWorkbookFile(file);
    return checkGrid(grid, options.today ? { today: options.today } : { asOf: AS_OF, today: '2026-03-01' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function wFindings(r: CheckResult): Finding[] {
  return r.findings.filter((f) => f.rule.startsWith('W'));
}

export function stats(r: CheckResult): ContractStats {
  return toContractStats(r.stats);
}

/** A valid 18-character ID (GB 11643-1999) for a birth date and a sequence (odd = male). */
export function idFor(birth: string, seq: number): string {
  const body = `110101${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * w[i], 0);
  return body + '10X98765432'[sum % 11];
}

export interface PersonIn {
  name: string;
  gender: '男' | '女';
  birth: string;
  join: string;
  full: string | null;
  role: string;
  status: string;
  base: number;
  due: number;
  /** first month due (the month of admission) */
  from: number;
}

/** The branch every layout writes: three 正式党员 and one 预备党员 admitted in March 2025. */
export const PEOPLE: PersonIn[] = [
  { name: '张三', gender: '男', birth: '1980-05-01', join: '2010-07-01', full: '2011-07-01', role: '书记', status: '在职', base: 6000, due: 90, from: 1 },
  { name: '李四', gender: '女', birth: '1985-03-02', join: '2012-06-01', full: '2013-06-01', role: '组织委员', status: '在职', base: 4000, due: 40, from: 1 },
  { name: '王五', gender: '男', birth: '1950-01-01', join: '1975-01-01', full: '1976-01-02', role: '宣传委员', status: '离退休', base: 3000, due: 15, from: 1 },
  { name: '赵六', gender: '女', birth: '2000-02-02', join: '2025-03-01', full: null, role: '', status: '学生', base: 0, due: 0.2, from: 3 },
];

export const ids = PEOPLE.map((p, i) => idFor(p.birth, 11 + i * 2 + (p.gender === '女' ? 1 : 0)));

/** 12 months of 90 + 40 + 15, and 10 months of 0.2. */
export const DUES_TOTAL = 1742;

export const MEETING_COUNTS = { general: 4, committee: 12, group: 0, lecture: 4, themeDay: 12, lifeMeeting: 1, review: 1 };

export const EXPECTED: ContractStats = {
  members: { total: 4, full: 3, probationary: 1 },
  dues: { due: DUES_TOTAL, paid: DUES_TOTAL },
  meetings: MEETING_COUNTS,
};

/** The meetings of the year as [date, type] pairs (types as the canonical words). */
export function meetingList(): [string, string][] {
  const out: [string, string][] = [];
  for (let m = 1; m <= 12; m++) {
    const mm = String(m).padStart(2, '0');
    out.push([`2025-${mm}-05`, '支委会'], [`2025-${mm}-15`, '主题党日']);
    if (m % 3 === 0) out.push([`2025-${mm}-20`, '支部党员大会'], [`2025-${mm}-22`, '党课']);
  }
  out.push(['2025-12-25', '组织生活会'], ['2025-12-26', '民主评议党员']);
  return out;
}

export const infoVertical = (): SheetIn => ({
  name: '支部信息',
  rows: [['支部名称', 'XX局第一党支部'], ['上级党组织', 'XX局机关党委'], ['支部类型', '机关'], ['统计年度', 2025], ['上次换届时间', '2024-06-30']],
});

export const plainRoster = (): SheetIn => ({
  name: '党员名册',
  rows: [
    ['姓名', '性别', '身份证号', '出生日期', '入党时间', '转正时间', '党员类别', '党内职务', '在职状态'],
    ...PEOPLE.map((p, i) => [p.name, p.gender, ids[i], p.birth, p.join, p.full, p.full ? '正式党员' : '预备党员', p.role, p.status]),
  ],
});

export const plainDues = (): SheetIn => ({
  name: '党费',
  rows: [
    ['姓名', '缴费基数', '月应交', ...Array.from({ length: 12 }, (_, i) => `${i + 1}月`)],
    ...PEOPLE.map((p) => [p.name, p.base, p.due, ...Array.from({ length: 12 }, (_, i) => (i + 1 >= p.from ? p.due : null))]),
  ],
});

export const plainMeetings = (): SheetIn => ({
  name: '三会一课',
  rows: [['日期', '会议类型', '主题', '主持人', '记录人'], ...meetingList().map(([d, t]) => [d, t, '学习', '张三', '李四'])],
});
