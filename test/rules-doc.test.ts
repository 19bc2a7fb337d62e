import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesDoc, RULES_DOC_PATH } from '../scripts/rules-doc.js';
import { CATALOGUE } from '../ledger/rules/catalogue.js';

describe('docs/规则目录.md', () => {
  it('is what the rule catalogue generates (run `npx tsx scripts/rules-doc.ts` after changing a rule)', () => {
    expect(readFileSync(RULES_DOC_PATH, 'utf8')).toBe(rulesDoc());
  });
  it('lists all 33 rule IDs of DOMAIN.md §3 once each', () => {
    const ids = CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(33);
    for (const id of ids) expect(rulesDoc()).toContain(`| ${id} |`);
  });
});
