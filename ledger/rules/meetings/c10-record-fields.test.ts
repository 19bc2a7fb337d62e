import { describe, expect, it } from 'vitest';
import { c10RecordFields } from './c10-record-fields.js';
import { LedgerBuilder } from '../test-support/ledger-builder.js';
import { at, run } from '../test-support/run.js';

describe('C10 record without 主题 / 主持人 / 记录人', () => {
  it('reports each empty cell', () => {
    const l = new LedgerBuilder().meeting({ date: '2025-03-01', types: ['general'], topic: null, recorder: ' ' })
      .meeting({ date: '2025-03-02', types: ['general'], host: null }).build();
    expect(at(run(c10RecordFields, l))).toEqual(['三会一课!C3@3', '三会一课!J3@3', '三会一课!D4@4']);
  });
  it('is quiet for a complete record', () => {
    expect(run(c10RecordFields, new LedgerBuilder().meeting({ date: '2025-03-01', types: ['general'] }).build())).toEqual([]);
  });
});
