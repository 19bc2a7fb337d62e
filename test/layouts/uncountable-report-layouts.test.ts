/**
 * Real workbooks whose ledgers lack what counting needs (W02), read, checked and written up as
 * `dangjian report` does: the reports say the measure could not be counted instead of counting it
 * ("未按期开展…按期完成率0.0%" beside the W02 before), and the summary leaves the branch out of it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { composeBranchReport, composeSummaryReport } from '../../generator/report/compose-report.js';
import { documentTexts, type ParagraphBlock, type ReportDocument, type TableBlock } from '../../generator/report/document-model.js';
import { loadTemplateBank } from '../../generator/report/load-template-bank.js';
import type { TemplateBank } from '../../generator/report/template-bank.js';
import type { BranchDigest } from '../../ledger/stats/stats-types.js';
import { checkLayout, infoVertical, meetingList, PEOPLE, plainDues, plainMeetings, plainRoster, type SheetIn } from './layout-support.js';

let bank: TemplateBank;
beforeAll(async () => { bank = await loadTemplateBank(); });

const digest = async (name: string, sheets: SheetIn[]): Promise<BranchDigest> => {
  const r = await checkLayout(sheets);
  return { file: `${name}.xlsx`, stats: { ...r.stats, branch: name }, findings: r.findings };
};
const basics = (doc: ReportDocument) => doc.sections[0].blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').map((p) => p.runs.map((r) => r.text).join(''));
const table = (doc: ReportDocument, header: string) => doc.sections[0].blocks.find((b): b is TableBlock => b.kind === 'table' && b.header.includes(header))!;

/** 三会一课 dated "1月5日" with no year anywhere in the workbook (probe 10 t25): no date can be read. */
const undatedMeetings = (): SheetIn => ({
  name: '三会一课',
  rows: [['日期', '会议类型', '主题', '主持人', '记录人'], ...meetingList().map(([d, t]) => [`${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`, t, '学习', '张三', '李四'])],
});
const noYearInfo = (): SheetIn => ({ ...infoVertical(), rows: infoVertical().rows.filter((r) => r[0] !== '统计年度') });

describe('reports over ledgers that cannot be counted for a measure', () => {
  it('三会一课 without one readable date: the branch report says so and 表3 reads "—"; the summary leaves it out and names it', async () => {
    const undated = await digest('甲党支部', [noYearInfo(), plainRoster(), undatedMeetings()]);
    expect(undated.findings.filter((f) => f.rule === 'W02').map((f) => f.sheet)).toEqual(['三会一课']);
    const doc = composeBranchReport(undated, bank);
    expect(basics(doc).find((p) => p.startsWith('第四，'))).toBe('第四，组织生活开展情况。该支部“三会一课”记录中没有可识别的会议日期，组织生活开展情况无法统计，请按问题清单补正后重新报送。');
    expect(table(doc, '会议类型').rows.flatMap((r) => r.slice(2)).every((c) => c === '—')).toBe(true);
    expect(documentTexts(doc).join('\n')).not.toMatch(/未按期开展|(?<![\d.])0\.0%/);

    const normal = await digest('乙党支部', [infoVertical(), plainRoster(), plainDues(), plainMeetings()]);
    const summary = composeSummaryReport([normal, undated], bank);
    const alone = composeSummaryReport([normal, { ...normal, file: 'x.xlsx', stats: { ...normal.stats, branch: '丙党支部' } }], bank);
    const p = basics(summary).find((x) => x.startsWith('第四，'))!;
    expect(p).toContain('按期完成率100.0%');
    expect(p).toContain('甲党支部的“三会一课”记录中没有可识别的会议日期，组织生活开展情况无法统计，未计入上述统计。');
    expect(table(summary, '会议类型').rows.map((r) => r[1])).toEqual(table(alone, '会议类型').rows.map((r) => String(Number(r[1]) / 2)));
  });

  it('a long-form 党费 ledger without 实交: no 收缴率 and no members in arrears in either report', async () => {
    const rows: (string | number | null)[][] = [['姓名', '月份', '缴费基数', '应交党费', '交纳日期']];
    for (const p of PEOPLE) for (let m = p.from; m <= 12; m++) rows.push([p.name, `2025年${m}月`, p.base, p.due, `2025-${String(m).padStart(2, '0')}-10`]);
    const noPaid = await digest('丁党支部', [infoVertical(), plainRoster(), { name: '党费', rows }, plainMeetings()]);
    expect(noPaid.findings.filter((f) => f.rule === 'W02').map((f) => f.sheet)).toEqual(['党费']);
    const doc = composeBranchReport(noPaid, bank);
    const p = basics(doc).find((x) => x.startsWith('第三，'))!;
    expect(p).toMatch(/该支部应交党费\d+\.\d\d元，台账未登记实交党费数额，收缴率无法计算；欠交、少交情况无法核对，请按问题清单补正后重新报送。$/);
    expect(table(doc, '收缴率').rows[0].slice(2)).toEqual(['—', '—', '—']);

    const normal = await digest('乙党支部', [infoVertical(), plainRoster(), plainDues(), plainMeetings()]);
    const summary = composeSummaryReport([normal, noPaid], bank);
    const s = basics(summary).find((x) => x.startsWith('第三，'))!;
    expect(s).toContain('收缴率100.0%；无欠交、少交党费的党员');
    expect(s).toContain('丁党支部的党费收缴台账未登记实交党费数额，收缴率和欠交、少交情况无法统计，未计入上述统计。');
    expect(table(summary, '收缴率').rows.at(-1)!.slice(1, 3)).toEqual(table(composeBranchReport(normal, bank), '收缴率').rows[0].slice(1, 3));
  });
});

describe('a branch that sent next year\'s workbook (a 2026 ledger in a run at 2025-12-31)', () => {
  const info2026 = (): SheetIn => ({ ...infoVertical(), rows: infoVertical().rows.map((r) => (r[0] === '统计年度' ? ['统计年度', 2026] : r)) });
  const meetings2026 = (): SheetIn => ({
    name: '三会一课',
    rows: [['日期', '会议类型', '主题', '主持人', '记录人'], ...meetingList().slice(0, 30).map(([d, t]) => [d.replace('2025', '2026'), t, '学习', '张三', '李四'])],
  });

  it('check: one 提示 for the sheet, not an error per meeting; the reports say nothing could be counted up to the cutoff', async () => {
    const later = await digest('甲党支部', [info2026(), plainRoster(), plainDues(), meetings2026()]);
    expect(later.stats.year).toBe(2026);
    expect(later.findings.filter((f) => f.rule === 'C12').map((f) => [f.severity, f.cell])).toEqual([['提示', 'A2']]);
    expect(later.findings.find((f) => f.rule === 'C12')!.message).toMatch(/^三会一课 A2–A31：有30条会议记录（2026年1月5日至2026年12月15日）晚于统计截止日期2025年12月31日，未计入检查和统计。本台账的统计年度是2026年：/);
    expect(later.findings.filter((f) => f.severity !== '提示')).toEqual([]);

    const doc = composeBranchReport(later, bank);
    expect(basics(doc).find((p) => p.startsWith('第三，'))).toBe('第三，党费收缴情况。截至2025年12月31日，该支部报送的台账为2026年度，截止日期前没有应交党费的月份，应交、实交党费和收缴率无法统计；欠交、少交情况无法核对。');
    expect(basics(doc).find((p) => p.startsWith('第四，'))).toBe('第四，组织生活开展情况。该支部报送的台账为2026年度，统计截止日期前没有应统计的“三会一课”记录，组织生活开展情况无法统计。如本次应报送统计截止日期所在年度的台账，请重新报送。');
    // the figures are of the cutoff's year, not "2026年未发展新党员" at 2025-12-31
    expect(documentTexts(doc).join('\n')).not.toMatch(/2026年(?:新发展|未发展)/);

    const normal = await digest('乙党支部', [infoVertical(), plainRoster(), plainDues(), plainMeetings()]);
    const summary = composeSummaryReport([normal, later], bank);
    expect(basics(summary).find((x) => x.startsWith('第三，'))).toContain('甲党支部的台账统计年度晚于统计截止日期，收缴率和欠交、少交情况无法统计，未计入上述统计。');
    expect(basics(summary).find((x) => x.startsWith('第四，'))).toContain('甲党支部的台账统计年度晚于统计截止日期，组织生活开展情况无法统计，未计入上述统计。');
    // the summary is of 2025, the year of the cutoff, though one of its two ledgers is of 2026
    // (only the annex, quoting the C12 提示, speaks of 2026)
    expect(documentTexts(summary).filter((t) => t.includes('2026年'))).toEqual([later.findings.find((f) => f.rule === 'C12')!.message]);
  });
});
