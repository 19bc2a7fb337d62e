import { describe, expect, it } from 'vitest';
import { b03TooMany } from './b03-too-many.js';
import { LedgerBuilder } from '../test-support/ledger-builder.js';
import { run } from '../test-support/run.js';

describe('B03 more than 50 members', () => {
  it('warns at 51 and not at 50', () => {
    expect(run(b03TooMany, new LedgerBuilder().fullMembers(51).build())).toHaveLength(1);
    expect(run(b03TooMany, new LedgerBuilder().fullMembers(50).build())).toEqual([]);
  });
});
