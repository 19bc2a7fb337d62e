/**
 * The figures a report quotes must agree with the findings it lists: on every rule fixture
 * and example workbook,
 * the periods required but not met per meeting type are exactly the C01–C07 findings of that
 * type, and the members in arrears are exactly the members with a D03 or D04 finding.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../generator/read/read-workbook.js';
import { checkGrid } from '../ledger/check.js';
import type { RuleId } from '../ledger/findings/finding.js';
import type { MeetingType } from '../ledger/model/ledger.js';
import { MEETING_TYPES } from '../ledger/stats/stats-types.js';

const DIRS = [fileURLToPath(new URL('./fixtures/', import.meta.url)), fileURLToPath(new URL('../examples/', import.meta.url))];
const files = DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.xlsx') && !f.startsWith('error.')).sort().map((f) => join(dir, f)));

const RULE_OF: Record<MeetingType, RuleId> = {
  general: 'C01', committee: 'C02', group: 'C03', lecture: 'C04', themeDay: 'C05', lifeMeeting: 'C06', review: 'C07',
};

describe('stats agree with findings', () => {
  for (const file of files) {
    it(basename(file), async () => {
      const grid = await readWorkbookFile(file);
      // fixtures name their as-of date; examples are judged at the end of their year
      const asOf = grid.sheets.find((s) => s.name === 'expect')?.rows[0]?.[1]?.v;
      const { stats, findings } = checkGrid(grid, { asOf: asOf ? String(asOf) : undefined, today: '2026-03-01' });
      const missed = Object.fromEntries(MEETING_TYPES.map((t) => [t, stats.required[t] - stats.periodsMet[t]]));
      // C04 as 提示 is the 书记's yearly 党课, not a missing period
      const periodFindings = Object.fromEntries(MEETING_TYPES.map((t) =>
        [t, findings.filter((f) => f.rule === RULE_OF[t] && f.period != null && !(f.rule === 'C04' && f.severity === '提示')).length]));
      expect(missed).toEqual(periodFindings);
      const inArrears = new Set(findings.filter((f) => f.rule === 'D03' || f.rule === 'D04').map((f) => f.member));
      expect(stats.dues.membersInArrears).toBe(inArrears.size);
    });
  }
});
