import { describe, expect, it } from 'vitest';
import { countOnce, duplicateBranches, type Submission } from './intake.js';
import { sampleDigests } from './sample-digests.js';

const sent = (file: string, branch: string): Submission => ({ file, branch, report: null, error: null });

describe('one branch under two name forms', () => {
  it('is one branch sent twice; the last counts', () => {
    const subs = [sent('a.xlsx', '中共某某局第一支部委员会'), sent('b.xlsx', '某某局第二党支部'), sent('c.xlsx', '某某局第一党支部')];
    expect(duplicateBranches(subs).map((d) => [d.branch, d.submissions.map((s) => s.file)])).toEqual([['中共某某局第一支部委员会', ['a.xlsx', 'c.xlsx']]]);
    const d = sampleDigests()[0];
    const digests = subs.map((s) => ({ ...d, file: s.file, stats: { ...d.stats, branch: s.branch } }));
    expect(countOnce(digests).map((x) => x.file)).toEqual(['b.xlsx', 'c.xlsx']);
  });
});
