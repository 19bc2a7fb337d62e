/**
 * Dues ledgers that check said too much or too little about, as branches write them (title rows, a
 * merged title, a 合计 row, numbers as text), read back from real files.
 */
import { describe, expect, it } from 'vitest';
import { PEOPLE, checkLayout, infoVertical, plainRoster, type SheetIn } from './layout-support.js';

const M = Array.from({ length: 12 }, (_, i) => i + 1);
const text = (n: number | null) => (n == null ? null : String(n));
const info = (year: number | null): SheetIn => ({
  ...infoVertical(),
  rows: infoVertical().rows.flatMap((r) => (r[0] !== '统计年度' ? [r] : year == null ? [] : [[r[0], year]])),
});
const rules = (r: Awaited<ReturnType<typeof checkLayout>>, prefix: string) => r.findings.filter((f) => f.rule.startsWith(prefix));

describe('dues judged across New Year', () => {
  it('a sheet of 2025 and 2026 blocks, 李四 unpaid October 2025 – March 2026: D04 from October 2025, no D03', async () => {
    const top = ['序号', '姓名', '缴费基数', '月应交', '2025年', ...Array(11).fill(null), '2026年', ...Array(11).fill(null)];
    const sub = [null, null, null, null, ...M.map((m) => `${m}月`), ...M.map((m) => `${m}月`)];
    const rows = PEOPLE.map((p, i) => [text(i + 1), p.name, text(p.base), text(p.due),
      ...M.map((m) => (m < p.from && !p.full ? null : p.name === '李四' && m >= 10 ? null : text(p.due))),
      ...M.map((m) => (m > 6 || (p.name === '李四' && m <= 3) ? null : text(p.due)))]);
    const dues: SheetIn = {
      name: '党费收缴台账',
      rows: [['XX局第一党支部党费收缴台账'], top, sub, ...rows, ['合计']],
      merges: ['A1:AB1', 'E2:P2', 'Q2:AB2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3'],
    };
    const r = await checkLayout([info(2026), plainRoster(), dues], { today: '2026-06-30' });
    expect(r.asOf).toBe('2026-06-30');
    expect(rules(r, 'D').map((f) => [f.rule, f.member, f.cell])).toEqual([['D04', '李四', 'N5']]);
    expect(rules(r, 'D')[0].message).toContain('李四自2025年10月至2026年3月连续6个月未交纳党费');
    // the stats stay the ledger year's: six months of 2026
    expect(r.stats.dues.due).toBeCloseTo(6 * PEOPLE.reduce((s, p) => s + p.due, 0), 2);
  });
});
