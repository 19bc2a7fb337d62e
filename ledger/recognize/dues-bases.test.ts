import { describe, expect, it } from 'vitest';
import type { DuesRecord, Field } from '../model/ledger.js';
import { withBases } from './dues-bases.js';

const f = <T>(value: T | null, sheet = '党费', address = 'B2'): Field<T> =>
  ({ value, raw: value == null ? null : { v: value as never }, ref: value == null ? null : { sheet, row: 2, col: 2, address } });
const rec = (name: string, base: number | null, due: number | null, sheet = '党费'): DuesRecord => ({
  sheet, row: 2, name: f(name, sheet), nameKey: name, base: f(base, sheet), due: f(due, sheet), rate: f<number>(null, sheet), months: [], note: f<string>(null, sheet),
});

describe('withBases', () => {
  it('fills only what a dues row lacks, from the base sheet row of the same name, cells and all', () => {
    const [a, b] = withBases([rec('张三', null, 90), rec('李四', 4000, null)], [rec('张三', 6000, 60, '基数'), rec('李四', 5000, 40, '基数')]);
    expect([a.base.value, a.due.value, a.base.ref?.sheet]).toEqual([6000, 90, '基数']);
    expect([b.base.value, b.due.value, b.due.ref?.sheet]).toEqual([4000, 40, '基数']);
  });
  it('gives nothing for a name the base sheet lists twice, or not at all', () => {
    const [a, b] = withBases([rec('张三', null, 90), rec('王五', null, 15)], [rec('张三', 6000, 90, '基数'), rec('张三', 3000, 45, '基数')]);
    expect(a.base.value).toBeNull();
    expect(b.base.value).toBeNull();
  });
});
