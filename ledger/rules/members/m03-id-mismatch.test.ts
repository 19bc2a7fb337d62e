import { describe, expect, it } from 'vitest';
import { m03IdMismatch } from './m03-id-mismatch.js';
import { LedgerBuilder, makeId } from '../test-support/ledger-builder.js';
import { at, run } from '../test-support/run.js';

describe('M03 ID disagrees with 出生日期 / 性别', () => {
  it('reports the 出生日期 and 性别 cells that disagree with a valid ID', () => {
    const l = new LedgerBuilder().member({ name: '张三', id: makeId('1980-05-06', '男'), birth: '1980-06-05', gender: '女' }).build();
    const f = run(m03IdMismatch, l);
    expect(at(f)).toEqual(['党员名册!D3@3', '党员名册!B3@3']);
  });
  it('compares a month-precise birth date by month, and skips invalid IDs', () => {
    const l = new LedgerBuilder()
      .member({ name: '甲', id: makeId('1980-05-06', '女'), birth: '1980-05', gender: '女' })
      .member({ name: '乙', id: makeId('1980-05-06').slice(0, 17) + 'Z', birth: '1990-01-01' }).build();
    expect(run(m03IdMismatch, l)).toEqual([]);
  });
});
