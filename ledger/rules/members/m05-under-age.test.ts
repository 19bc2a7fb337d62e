import { describe, expect, it } from 'vitest';
import { m05UnderAge } from './m05-under-age.js';
import { LedgerBuilder, makeId } from '../test-support/ledger-builder.js';
import { at, run } from '../test-support/run.js';

describe('M05 under 18 when admitted', () => {
  it('reports a join one day before the 18th birthday (birth from the ID)', () => {
    const l = new LedgerBuilder().member({ name: '张三', id: makeId('2000-05-06'), join: '2018-05-05' }).build();
    const f = run(m05UnderAge, l);
    expect(at(f)).toEqual(['党员名册!E3@3']);
    expect(f[0].message).toContain('17周岁');
  });
  it('accepts the 18th birthday itself, and prefers the 出生日期 column', () => {
    const l = new LedgerBuilder().member({ name: '甲', id: makeId('2000-05-06'), join: '2018-05-06' })
      .member({ name: '乙', id: makeId('2001-01-01'), birth: '2000-01-01', join: '2018-06-01' }).build();
    expect(run(m05UnderAge, l)).toEqual([]);
  });
});
