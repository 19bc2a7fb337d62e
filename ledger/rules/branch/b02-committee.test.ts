import { describe, expect, it } from 'vitest';
import { b02Committee } from './b02-committee.js';
import { LedgerBuilder } from '../test-support/ledger-builder.js';
import { run } from '../test-support/run.js';

describe('B02 branch committee', () => {
  it('warns when 7 full members have fewer than 3 committee roles', () => {
    const l = new LedgerBuilder().member({ name: '书记', roles: ['书记'], full: '2010-01-01' })
      .member({ name: '委员', roles: ['组织委员'], full: '2010-01-01' }).fullMembers(5).build();
    const f = run(b02Committee, l);
    expect(f).toHaveLength(1);
    expect(f[0].sheet).toBeNull();
  });
  it('warns when more than 7 hold committee roles', () => {
    const b = new LedgerBuilder();
    for (let i = 0; i < 8; i++) b.member({ name: `委员${i}`, roles: [i === 0 ? '书记' : '委员'], full: '2010-01-01' });
    expect(run(b02Committee, b.build())).toHaveLength(1);
  });
  it('is quiet for 6 full members without a committee, and for 7 with three roles', () => {
    expect(run(b02Committee, new LedgerBuilder().member({ name: '书记', roles: ['书记'], full: '2010-01-01' }).fullMembers(5).build())).toEqual([]);
    const l = new LedgerBuilder().member({ name: '甲', roles: ['书记'], full: '2010-01-01' })
      .member({ name: '乙', roles: ['组织委员'], full: '2010-01-01' }).member({ name: '丙', roles: ['宣传委员'], full: '2010-01-01' })
      .fullMembers(4).build();
    expect(run(b02Committee, l)).toEqual([]);
  });
});

describe('B02 on a roster without a 党内职务 column', () => {
  it('is quiet: nothing is known of the committee', () => {
    const b = new LedgerBuilder().fullMembers(8);
    b.omit.add('roles');
    expect(run(b02Committee, b.build())).toEqual([]);
  });
});
