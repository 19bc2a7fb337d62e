import { describe, expect, it } from 'vitest';
import { countOnce, duplicateBranches, shownNames, type Submission } from './intake.js';
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

describe('one branch sent its ledgers of two years', () => {
  const d = sampleDigests()[0];
  const digest = (file: string, year: number | null) => ({ ...d, file, stats: { ...d.stats, branch: '河口镇第3党支部', year } });

  it('counts this year\'s ledger, not last year\'s sent after it, and says so', () => {
    // file names sort 河口镇第3党支部.xlsx before 河口镇第3党支部2024年.xlsx
    const digests = [digest('河口镇第3党支部.xlsx', 2025), digest('河口镇第3党支部2024年.xlsx', 2024)];
    const counted = countOnce(digests);
    expect(counted.map((x) => x.file)).toEqual(['河口镇第3党支部.xlsx']);
    const subs = digests.map((x) => sent(x.file, x.stats.branch));
    expect(duplicateBranches(subs, counted.map((x) => x.file))[0].counted.file).toBe('河口镇第3党支部.xlsx');
  });

  it('still lets a later copy of the same year, or an undated one, replace the earlier', () => {
    expect(countOnce([digest('a.xlsx', 2025), digest('b.xlsx', 2025)]).map((x) => x.file)).toEqual(['b.xlsx']);
    expect(countOnce([digest('a.xlsx', 2025), digest('b.xlsx', null)]).map((x) => x.file)).toEqual(['b.xlsx']);
    expect(duplicateBranches([sent('a.xlsx', 'x'), sent('b.xlsx', 'x')])[0].counted.file).toBe('b.xlsx');
  });
});

describe('one branch sent several copies of one year', () => {
  const d = sampleDigests()[0];
  const digest = (file: string) => ({ ...d, file, stats: { ...d.stats, branch: '城关镇第7党支部', year: 2025 } });

  it('counts the copy whose name says it is final, whatever the file-name order', () => {
    // by name order （修改版） sorts after -最终版 and would have counted
    const files = ['乡镇/城关镇第7党支部.xlsx', '乡镇/城关镇第7党支部-最终版.xlsx', '乡镇/城关镇第7党支部（修改版）.xlsx'];
    expect(countOnce(files.map(digest)).map((x) => x.file)).toEqual(['乡镇/城关镇第7党支部-最终版.xlsx']);
    expect(countOnce([digest('a/城关镇第7党支部.xlsx'), digest('a/城关镇第7党支部（补报）.xlsx')]).map((x) => x.file))
      .toEqual(['a/城关镇第7党支部（补报）.xlsx']);
  });

  it('does not count a 副本 over the file it copies, and keeps name order among equals', () => {
    expect(countOnce([digest('城关镇第7党支部.xlsx'), digest('城关镇第7党支部 - 副本.xlsx')]).map((x) => x.file)).toEqual(['城关镇第7党支部.xlsx']);
    expect(countOnce([digest('1.xlsx'), digest('2.xlsx')]).map((x) => x.file)).toEqual(['2.xlsx']);
  });
});

describe('shownNames', () => {
  it('names a file by its name, and two of one name by their path under the folder all were found in', () => {
    const names = shownNames(['/上报/a.xlsx', '/上报/西湖区卫健局机关党支部.xlsx', '/上报/补报/西湖区卫健局机关党支部.xlsx']);
    expect([...names.values()]).toEqual(['a.xlsx', '西湖区卫健局机关党支部.xlsx', '补报/西湖区卫健局机关党支部.xlsx']);
    expect([...shownNames(['上报\\一\\x.xlsx', '上报\\二\\x.xlsx']).values()]).toEqual(['一/x.xlsx', '二/x.xlsx']);
    expect([...shownNames(['x.xlsx']).values()]).toEqual(['x.xlsx']);
  });
});
