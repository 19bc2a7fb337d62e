import { describe, expect, it } from 'vitest';
import { b04NoSecretary } from './b04-no-secretary.js';
import { LedgerBuilder } from '../test-support/ledger-builder.js';
import { run } from '../test-support/run.js';

describe('B04 no 书记', () => {
  it('errs when only a 副书记 and a 党小组长 are listed', () => {
    const l = new LedgerBuilder().member({ name: '甲', roles: ['副书记'] }).member({ name: '乙', roles: ['党小组长'] }).fullMembers(3).build();
    const f = run(b04NoSecretary, l);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: '错误', sheet: null, cell: null, row: null });
  });
  it('accepts 支部书记', () => {
    expect(run(b04NoSecretary, new LedgerBuilder().member({ name: '甲', roles: ['支部书记'] }).fullMembers(3).build())).toEqual([]);
  });
});

describe('B04 on a roster without a 党内职务 column', () => {
  it('says once (提示) that the secretary cannot be seen, instead of an error that there is none', () => {
    const b = new LedgerBuilder().fullMembers(8);
    b.omit.add('roles');
    const f = run(b04NoSecretary, b.build());
    expect(f.map((x) => [x.severity, x.sheet])).toEqual([['提示', '党员名册']]);
    expect(f[0].message).toMatch(/^工作表“党员名册”中的党员名册没有“党内职务”列/);
  });
});
