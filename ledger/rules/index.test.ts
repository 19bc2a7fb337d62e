import { describe, expect, it } from 'vitest';
import { RULES, runRules } from './index.js';
import { LedgerBuilder } from './test-support/ledger-builder.js';
import { resolveSettings } from '../settings.js';

const IDS = [
  'M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09',
  'B01', 'B02', 'B03', 'B04', 'B05', 'D01', 'D02', 'D03', 'D04',
  'C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'C07', 'C08', 'C09', 'C10', 'C11', 'C12',
];

describe('RULES', () => {
  it('has exactly the 30 ids M01…C12, in catalogue order, each with a name and a description', () => {
    expect(RULES.map((r) => r.id)).toEqual(IDS);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(30);
    for (const r of RULES) {
      expect(r.name.length).toBeGreaterThan(3);
      expect(r.description).toMatch(/[\u4e00-\u9fff]/);
      expect(r.area).toBe({ M: 'members', B: 'branch', D: 'dues', C: 'meetings' }[r.id[0]]);
    }
  });
  it('runs every rule and returns nothing for an empty workbook', () => {
    const b = new LedgerBuilder();
    b.withRoster = false;
    expect(runRules({ ledger: b.build(), asOf: '2025-12-31', settings: resolveSettings() })).toEqual([]);
  });
});
