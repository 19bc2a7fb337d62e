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

describe('C10 and a meeting planned ahead', () => {
  it('leaves a plan written in ahead alone (no 主持人 or 记录人 yet), not a past record without them', () => {
    const l = new LedgerBuilder().setYear(2026)
      .meeting({ date: '2026-11-05', types: ['committee'], recorder: null, present: 5 })
      .meeting({ date: '2026-12-06', types: ['general'], host: null, recorder: null }).build();
    expect(at(run(c10RecordFields, l, '2026-11-25'))).toEqual(['三会一课!J3@3']);
  });
});
