import { describe, expect, it } from 'vitest';
import { b01TooFew } from './b01-too-few.js';
import { LedgerBuilder } from '../test-support/ledger-builder.js';
import { at, run } from '../test-support/run.js';

describe('B01 fewer than 3 正式党员', () => {
  it('warns with two full members and a probationary one, as a whole-branch finding', () => {
    const l = new LedgerBuilder().fullMembers(2).member({ name: '预备', join: '2025-03-01', category: '预备党员' }).build();
    const f = run(b01TooFew, l);
    expect(at(f)).toEqual(['-!-@-']);
    expect(f[0].severity).toBe('警告');
  });
  it('is quiet with three full members', () => {
    expect(run(b01TooFew, new LedgerBuilder().fullMembers(3).build())).toEqual([]);
  });
});
