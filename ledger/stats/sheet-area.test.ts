import { describe, expect, it } from 'vitest';
import { sheetArea } from './sheet-area.js';
import { maskIdsInText } from '../values/mask.js';

describe('sheetArea', () => {
  const sheets = { info: ['支部信息'], members: ['110101199001011237名册'], dues: ['党费（上）', '党费（下）'], meetings: ['三会一课'] };
  it('names the ledger a sheet was read as, and none for another sheet', () => {
    expect(['支部信息', '党费（下）', '三会一课', '说明'].map((s) => sheetArea(sheets, s))).toEqual(['info', 'dues', 'meetings', null]);
  });
  it('knows a sheet named after an ID number by its masked name, as a digest\'s findings carry it', () => {
    const masked = maskIdsInText('110101199001011237名册');
    expect(masked).not.toContain('19900101');
    expect(sheetArea(sheets, masked)).toBe('members');
    expect(sheetArea(sheets, '110101199001011237名册')).toBe('members');
  });
});
