import { describe, expect, it } from 'vitest';
import { committeeOf } from './committee.js';
import { LedgerBuilder } from '../test-support/ledger-builder.js';

describe('committeeOf', () => {
  it('counts committee roles, not 党小组长', () => {
    const l = new LedgerBuilder()
      .member({ name: '甲', roles: ['书记'] }).member({ name: '乙', roles: ['副书记'] })
      .member({ name: '丙', roles: ['组织委员'] }).member({ name: '丁', roles: ['党小组长'] }).build();
    const c = committeeOf(l.members!.members);
    expect(c.secretary?.name.value).toBe('甲');
    expect(c.deputies.map((m) => m.name.value)).toEqual(['乙']);
    expect(c.size).toBe(3);
    expect(c.hasCommittee).toBe(true);
  });
  it('two committee roles are no committee', () => {
    const l = new LedgerBuilder().member({ name: '甲', roles: ['支部书记'] }).member({ name: '丁', roles: ['纪检委员'] })
      .member({ name: '戊', roles: ['党小组长'] }).build();
    const c = committeeOf(l.members!.members);
    expect(c.secretary?.name.value).toBe('甲');
    expect(c.hasCommittee).toBe(false);
  });
});
