import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../ledger/findings/finding.js';
import type { BranchDigest, BranchStats } from '../../ledger/stats/stats-types.js';
import { composeBranchReport, composeSummaryReport } from './compose-report.js';
import { documentTexts, type ParagraphBlock, type ReportDocument, type TableBlock } from './document-model.js';
import { loadTemplateBank } from './load-template-bank.js';
import { sampleDigests } from './sample-digests.js';
import type { TemplateBank } from './template-bank.js';
import type { Submission } from './intake.js';

let bank: TemplateBank;
beforeAll(async () => { bank = await loadTemplateBank(); });

const text = (p: ParagraphBlock) => p.runs.map((r) => r.text).join('');
const sectionText = (doc: ReportDocument, i: number) =>
  doc.sections[i].blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').map(text);
const tables = (doc: ReportDocument) => doc.sections.flatMap((s) => s.blocks).filter((b): b is TableBlock => b.kind === 'table');
const sum = (ds: BranchDigest[], f: (d: BranchDigest) => number) => ds.reduce((a, d) => a + f(d), 0);

describe('composeSummaryReport', () => {
  it('has the title, the four sections in order, closing, signature and the annex', () => {
    const doc = composeSummaryReport(sampleDigests(), bank, { scope: '××市', unit: '中共××市直机关工作委员会' });
    expect(doc.title).toBe('关于××市机关党建工作（党支部台账）情况的调研报告');
    expect(doc.sections.map((s) => s.heading)).toEqual(['一、基本情况', '二、存在的问题', '三、问题成因', '四、对策建议']);
    expect(doc.preamble.map(text).join('')).toMatch(/现将调研情况报告如下：$/);
    expect(doc.signature).toEqual({ unit: '中共××市直机关工作委员会', date: '2025年12月31日' });
    expect(doc.annexes.map((a) => a.title)).toEqual(['台账问题清单']);
  });

  it('quotes the figures of the input stats', () => {
    const ds = sampleDigests();
    const doc = composeSummaryReport(ds, bank);
    const all = documentTexts(doc).join('\n');
    const members = sum(ds, (d) => d.stats.members.total);
    const full = sum(ds, (d) => d.stats.members.full);
    const due = sum(ds, (d) => d.stats.dues.due);
    const paid = sum(ds, (d) => d.stats.dues.paid);
    expect(doc.preamble.map(text).join('')).toContain(`对${ds.length}个党支部`);
    expect(all).toContain(`共有党员${members}名，其中正式党员${full}名、预备党员${members - full}名`);
    expect(all).toContain(`应交党费${due.toFixed(2)}元，实交党费${paid.toFixed(2)}元，收缴率${((paid / due) * 100).toFixed(1)}%`);
    const female = sum(ds, (d) => d.stats.members.female);
    expect(all).toContain(`女党员${female}名，女党员占${((female / members) * 100).toFixed(1)}%`);

    const [membersT, duesT, meetingsT] = tables(doc);
    expect(membersT.header).toEqual(['支部', '党员数', '正式/预备', '支委会', '问题数']);
    expect(membersT.rows.map((r) => r[0])).toEqual([...ds.map((d) => d.stats.branch), '合计']);
    ds.forEach((d, i) => {
      expect(membersT.rows[i][1]).toBe(String(d.stats.members.total));
      expect(membersT.rows[i][2]).toBe(`${d.stats.members.full}/${d.stats.members.probationary}`);
      expect(membersT.rows[i][4]).toBe(String(d.findings.length));
      expect(duesT.rows[i].slice(1, 3)).toEqual([d.stats.dues.due.toFixed(2), d.stats.dues.paid.toFixed(2)]);
    });
    const committeeRequired = sum(ds, (d) => d.stats.required.committee);
    const committeeMet = sum(ds, (d) => d.stats.periodsMet.committee);
    expect(meetingsT.rows.find((r) => r[0] === '支委会')).toEqual([
      '支委会', String(committeeRequired), String(committeeMet), String(sum(ds, (d) => d.stats.meetings.committee)),
      `${((committeeMet / committeeRequired) * 100).toFixed(1)}%`,
    ]);
  });

  it('names the branches with each problem and how widespread it is', () => {
    const ds = sampleDigests();
    const problems = sectionText(composeSummaryReport(ds, bank), 1);
    const dues = problems.find((p) => p.includes('党费收缴管理不够严格'))!;
    const withDues = ds.filter((d) => d.findings.some((f) => f.rule.startsWith('D'))).map((d) => d.stats.branch);
    expect(withDues.length).toBe(2);
    expect(dues).toMatch(/^第[一二三四五六七]，党费收缴管理不够严格。有2个支部存在此类问题，占50\.0%/);
    for (const b of withDues) expect(dues).toContain(b);
    const clean = ds.find((d) => d.findings.length === 0)!.stats.branch;
    expect(problems.join('')).not.toContain(clean);
    const total = sum(ds, (d) => d.findings.length);
    expect(problems[0]).toContain(`共发现台账问题${total}处`);
    // the lead sentence is a bold run of its own
    const para = composeSummaryReport(ds, bank).sections[1].blocks[1] as ParagraphBlock;
    expect(para.runs[0].lead).toBe(true);
  });

  it('names every one of 40 branches that share a problem (each must know to correct it)', () => {
    const base = sampleDigests().find((d) => d.findings.some((f) => f.rule.startsWith('D')))!;
    const ds: BranchDigest[] = Array.from({ length: 40 }, (_, i) => ({
      ...base,
      file: `b${i}.xlsx`,
      stats: { ...base.stats, branch: `第${i + 1}测试党支部` },
    }));
    const dues = sectionText(composeSummaryReport(ds, bank), 1).find((p) => p.includes('党费收缴管理不够严格'))!;
    for (const d of ds) expect(dues).toMatch(new RegExp(`(^|[、涉及])${d.stats.branch}`));
    expect(dues).not.toMatch(/等40个支部/);
  });

  it('counts as paying in full only the branches it names as paying in full', () => {
    const ds = sampleDigests();
    // paid everything due, yet a dues finding (a member missing from the dues ledger): not "足额"
    ds[1] = { ...ds[1], stats: { ...ds[1].stats, dues: { ...ds[1].stats.dues, paid: ds[1].stats.dues.due } } };
    const dues = sectionText(composeSummaryReport(ds, bank), 0).find((p) => p.includes('党费收缴情况'))!;
    expect(dues).toContain('按月足额交纳的支部2个');
    expect(dues).toContain('其中，机关第一党支部、财务科党支部党费按月足额收缴');
  });

  it('names good examples: a branch without findings in 基本情况', () => {
    const basics = sectionText(composeSummaryReport(sampleDigests(), bank), 0).join('');
    expect(basics).toContain('其中，机关第一党支部组织生活按期开展');
  });

  it('names no good example of an area whose ledger has a sheet-level finding (W02, W03) on it', () => {
    // a generated 第一中学第三党支部: its roster 花名册 lacks the 入党时间 column (W02) and nothing else of
    // the roster was found; it was named as "党员名册信息完整准确，未发现问题"
    const w02: Finding = { rule: 'W02', severity: '错误', sheet: '花名册', cell: null, row: 4, period: null, member: null,
      message: '花名册 第4行的党员名册表头中找不到“入党时间”列。' };
    const sheets = { info: ['支部信息'], members: ['花名册'], dues: ['党费'], meetings: ['三会一课'] };
    const ds: BranchDigest[] = sampleDigests().map((d) => ({ ...d, stats: { ...d.stats, sheets } }));
    const i = ds.findIndex((d) => d.findings.length === 0);
    const name = ds[i].stats.branch;
    const before = sectionText(composeSummaryReport(ds, bank), 0).join('');
    expect(before).toMatch(new RegExp(`其中，[^。]*${name}[^。]*党员名册信息完整准确`));
    ds[i] = { ...ds[i], findings: [w02] };
    const after = sectionText(composeSummaryReport(ds, bank), 0).join('');
    expect(after).not.toMatch(new RegExp(`其中，[^。]*${name}[^。]*党员名册信息完整准确`));
    // the other ledgers of the branch are still complete: it stays an example of them
    expect(after).toMatch(new RegExp(`其中，[^。]*${name}[^。]*组织生活按期开展`));
    // the organisation is judged on the info sheet and the roster's offices (B01–B05), not on the roster's other columns
    expect(after).toMatch(new RegExp(`其中，[^。]*${name}[^。]*组织设置符合`));
    ds[i] = { ...ds[i], findings: [{ ...w02, rule: 'W03', sheet: '支部信息', message: '支部信息 B6 的换届时间“2021.13”无法识别为日期。' }] };
    expect(sectionText(composeSummaryReport(ds, bank), 0).join('')).not.toMatch(new RegExp(`其中，[^。]*${name}[^。]*组织设置符合`));
    ds[i] = { ...ds[i], findings: [w02] };
    // stats made without the sheets: the W02 counts against every area
    ds[i] = { ...ds[i], stats: { ...ds[i].stats, sheets: undefined } };
    expect(sectionText(composeSummaryReport(ds, bank), 0).join('')).not.toMatch(new RegExp(`其中，[^。]*${name}[^。]*组织生活按期开展`));
  });

  it('names as paying in full only a branch whose 收缴率 is 100%, whatever was paid beyond the due', () => {
    const ds = sampleDigests();
    const i = ds.findIndex((d) => d.findings.length === 0);
    const name = ds[i].stats.branch;
    const example = () => sectionText(composeSummaryReport(ds, bank), 0).join('');
    expect(example()).toMatch(new RegExp(`其中，[^。]*${name}[^。]*党费按月足额收缴`));
    // a member's months waived (减免: no D03/D04, not in arrears), another member paid ahead: paid ≥ due, collected < due
    const { due } = ds[i].stats.dues;
    ds[i] = { ...ds[i], stats: { ...ds[i].stats, dues: { due, paid: due + 20, collected: due - 100, membersInArrears: 0 } } };
    const table = tables(composeSummaryReport(ds, bank)).find((t) => t.header[1] === '应交（元）')!;
    expect(table.rows.find((r) => r[0] === name)![3]).not.toBe('100.0%');
    expect(example()).not.toMatch(new RegExp(`其中，[^。]*${name}[^。]*党费按月足额收缴`));
  });

  it('chooses causes and measures by the problems present', () => {
    const ds = sampleDigests().map((d) => ({ ...d, findings: d.findings.filter((f) => !f.rule.startsWith('D')) }));
    const doc = composeSummaryReport(ds, bank);
    const measures = sectionText(doc, 3).join('');
    expect(measures).not.toContain('严格党费收缴管理');
    expect(measures).toContain('（一）规范台账基础信息管理。第一，');
    expect(sectionText(doc, 2).join('')).not.toContain('党费收缴管理制度执行不够到位');
    const withDues = composeSummaryReport(sampleDigests(), bank);
    expect(sectionText(withDues, 3).join('')).toContain('严格党费收缴管理');
  });

  it('names a dues cause the findings bear out: no 基数和比例 for months unpaid, no 督促 for a wrong due', () => {
    const unpaid = sectionText(composeBranchReport(branch(0, [finding('D03', '警告')]), bank), 2).join('');
    expect(unpaid).toContain('党费收缴管理制度执行不够到位');
    expect(unpaid).not.toContain('基数和比例');
    const wrongDue = sectionText(composeBranchReport(branch(0, [finding('D02', '错误')]), bank), 2).join('');
    expect(wrongDue).toContain('基数和比例掌握不准');
    expect(wrongDue).not.toContain('督促提醒不够');
  });

  it('does not number a lone measure （一） with no （二）', () => {
    const measures = sectionText(composeBranchReport(branch(0, []), bank), 3);
    expect(measures.join('')).toContain('坚持经常性自查，持续规范台账管理。第一，');
    expect(measures.join('')).not.toContain('（一）');
  });

  it('without findings: the first judgement, no problem paragraphs, no annex', () => {
    const ds = sampleDigests().map((d) => ({
      ...d, findings: [],
      stats: { ...d.stats, findings: { total: 0, bySeverity: { 错误: 0, 警告: 0, 提示: 0 }, byRule: {} } },
    }));
    const doc = composeSummaryReport(ds, bank);
    expect(doc.preamble.map(text).join('')).toContain('未发现需要整改的问题');
    expect(sectionText(doc, 1)).toEqual(['对照有关规定逐项核对，各支部台账未发现问题。']);
    expect(sectionText(doc, 2)).toEqual(['本次调研未发现需要整改的台账问题，不作成因分析。']);
    expect(doc.annexes).toEqual([]);
  });

  it('lists every finding in the annex and never lets a full ID number through', () => {
    const ds = sampleDigests();
    ds[1].findings.push({ rule: 'M03', severity: '错误', sheet: '党员名册', cell: 'E8', row: 8, period: null, member: '张三',
      message: '身份证号11010519491231002X与出生日期不一致。' });
    const doc = composeSummaryReport(ds, bank);
    const annex = doc.annexes[0].blocks[0] as TableBlock;
    expect(annex.header).toEqual(['序号', '支部', '台账/工作表', '位置', '规则', '问题说明']);
    expect(annex.rows.length).toBe(sum(ds, (d) => d.findings.length));
    expect(annex.rows.map((r) => r[0])).toEqual(annex.rows.map((_, i) => String(i + 1)));
    const all = documentTexts(doc).join('\n');
    expect(all).not.toContain('11010519491231002X');
    expect(all).toContain('110105********002X');
    const c02 = annex.rows.find((r) => r[4].startsWith('C02') && r[1] === '办公室党支部')!;
    expect(c02.slice(2, 4)).toEqual(['三会一课', '2025年8月']);
  });

  it('shows periods in words and drops from each annex message the place its columns show', () => {
    const ds = sampleDigests();
    ds[2].findings.push({ rule: 'B05', severity: '警告', sheet: '支部基本信息', cell: 'B9', row: 9, period: null, member: null,
      message: '支部基本信息 B9：上次换届时间为2019年4月10日，已届满未换届。' });
    ds[2].findings.push({ rule: 'C01', severity: '错误', sheet: '三会一课', cell: null, row: null, period: '2025-Q3', member: null,
      message: '三会一课：2025年第三季度没有支部党员大会记录。' });
    const rows = (composeSummaryReport(ds, bank).annexes[0].blocks[0] as TableBlock).rows.filter((r) => r[1] === '财务科党支部');
    expect(rows.find((r) => r[3] === 'B9')?.[5]).toBe('上次换届时间为2019年4月10日，已届满未换届。');
    expect(rows.find((r) => r[3] === '2025年第三季度')?.[5]).toBe('2025年第三季度没有支部党员大会记录。');
    expect(rows.map((r) => r[3])).not.toContain('2025-Q2');
    expect(rows.map((r) => r[3])).toContain('2025年第二季度');
  });

  it('dates the report at the cutoff most branches share unless given, in Arabic numerals', () => {
    const ds = sampleDigests();
    ds[2] = { ...ds[2], stats: { ...ds[2].stats, asOf: '2026-01-05' } };
    expect(composeSummaryReport(ds, bank).signature.date).toBe('2025年12月31日');
    const most = ds.map((d) => ({ ...d, stats: { ...d.stats, asOf: '2026-01-05' } }));
    most[0] = ds[0];
    expect(composeSummaryReport(most, bank).signature.date).toBe('2026年1月5日');
    expect(composeSummaryReport(ds, bank, { date: '2026-03-09', title: '自定标题' })).toMatchObject({
      title: '自定标题', signature: { date: '2026年3月9日' },
    });
  });
});

describe('composeSummaryReport: what was received', () => {
  const basicsHead = (doc: ReportDocument) => text(doc.sections[0].blocks[0] as ParagraphBlock);
  const submission = (d: BranchDigest, report = `${d.stats.branch}.docx`): Submission =>
    ({ file: d.file, branch: d.stats.branch, report, error: null });
  const at = (ds: BranchDigest[]) => ds.map((d) => ({ ...d, file: `/上报/${d.file}` }));

  it('says how many workbooks came in, all read, and adds no annex for that', () => {
    const doc = composeSummaryReport(sampleDigests(), bank);
    expect(basicsHead(doc)).toBe('本次共收到党支部台账工作簿4份，均已读取并纳入统计。');
    expect(doc.annexes.map((a) => a.title)).toEqual(['台账问题清单']);
  });

  it('states one cutoff though one undated workbook was judged at today, and names that branch and why', () => {
    const ds = sampleDigests();
    ds[3] = { ...ds[3], stats: { ...ds[3].stats, asOf: '2026-11-24', year: null } };
    const doc = composeSummaryReport(ds, bank);
    const all = documentTexts(doc).join('\n');
    expect(doc.preamble.map(text).join('')).toContain('于2025年12月组织人员');
    expect(doc.preamble.map(text).join('')).toContain('统计截止日期为2025年12月31日。');
    expect(all).toContain('截至2025年12月31日，各支部应交党费');
    expect(all).toContain('2025年新发展党员');
    expect(all.replaceAll('统计截止日期为2026年11月24日', '')).not.toContain('2026年11月');
    expect(basicsHead(doc)).toContain('离退休干部党支部的台账未写明统计年度，统计截止日期为2026年11月24日，其数字按各自的统计截止日期统计。');
    const annex = doc.annexes[1].blocks[0] as TableBlock;
    expect(doc.annexes[1].title).toBe('报送工作簿情况说明');
    expect(annex.rows).toEqual([['1', '离退休干部党支部.xlsx', '离退休干部党支部', '台账未写明统计年度，统计截止日期为2026年11月24日']]);
  });

  it('names a branch that sent last year\'s ledger, judged at the same cutoff (--as-of given): its figures are that year\'s', () => {
    const ds = sampleDigests();
    ds[3] = { ...ds[3], stats: { ...ds[3].stats, year: 2024 } };
    const doc = composeSummaryReport(ds, bank, { intake: { submissions: ds.map((d) => submission(d)), asOfGiven: true } });
    expect(basicsHead(doc)).toBe('本次共收到党支部台账工作簿4份，均已读取并纳入统计。离退休干部党支部的台账为2024年度，与本次调研的2025年度不同，其数字为台账所记年度的情况。');
    const annex = doc.annexes.find((a) => a.title === '报送工作簿情况说明')!.blocks[0] as TableBlock;
    expect(annex.rows).toEqual([['1', '离退休干部党支部.xlsx', '离退休干部党支部', '报送的是2024年度台账（本次调研为2025年度），其数字为2024年度的情况；报告文件：离退休干部党支部.docx']]);
    // a bank written before other_year says it with the other cutoffs, as it did
    const old = composeSummaryReport(ds, { ...bank, intake: { ...bank.intake!, otherYear: null } }, { intake: { submissions: ds.map((d) => submission(d)), asOfGiven: true } });
    expect(basicsHead(old)).toContain('离退休干部党支部的台账为2024年度，统计截止日期为2025年12月31日，其数字按各自的统计截止日期统计。');
  });

  it('names the branches that sent last year\'s ledgers by the cutoff\'s year, though most of them did (as their own reports do)', () => {
    const ds = sampleDigests().map((d, i) => (i > 0 ? { ...d, stats: { ...d.stats, year: 2024 } } : d));
    const head = basicsHead(composeSummaryReport(ds, bank, { intake: { submissions: ds.map((d) => submission(d)), asOfGiven: true } }));
    expect(head).toMatch(/的台账为2024年度，与本次调研的2025年度不同，其数字为台账所记年度的情况。$/);
    expect(head).toContain(ds[1].stats.branch);
  });

  it('says an undated workbook judged at the batch cutoff was judged so', () => {
    const ds = sampleDigests();
    ds[3] = { ...ds[3], stats: { ...ds[3].stats, year: null } };
    const head = basicsHead(composeSummaryReport(ds, bank));
    expect(head).toContain('离退休干部党支部的台账未写明统计年度，按多数支部的统计截止日期2025年12月31日统计。');
    expect(head).not.toContain('其数字按各自');
    const given = basicsHead(composeSummaryReport(ds, bank, { intake: { submissions: ds.map((d) => submission(d)), asOfGiven: true } }));
    expect(given).not.toContain('未写明统计年度');
  });

  it('counts and lists the workbooks that could not be read, with the reason', () => {
    const ds = at(sampleDigests());
    const submissions: Submission[] = [
      ...ds.slice(0, 2).map((d) => submission(d)),
      { file: '/上报/06_县审计局党支部.xls', branch: '县审计局党支部', report: null,
        error: { code: 'XLS_BIFF', message: '文件“/上报/06_县审计局党支部.xls”：这是 Excel 97-2003 格式（.xls），请另存为 .xlsx 再提交。' } },
      ...ds.slice(2).map((d) => submission(d)),
      { file: '/上报/08_空白工作簿.xlsx', branch: '空白工作簿', report: null,
        error: { code: 'NO_SHEETS', message: '文件“/上报/08_空白工作簿.xlsx”中没有任何有内容的工作表。' } },
    ];
    const doc = composeSummaryReport(ds, bank, { intake: { submissions, asOfGiven: false } });
    expect(basicsHead(doc)).toBe('本次共收到党支部台账工作簿6份，其中4份读取成功；2份无法读取（Excel 97-2003格式（.xls）1份、空白工作簿1份），'
      + '未纳入统计，具体见附件2，请有关支部重新报送。');
    expect(doc.preamble.map(text).join('')).toContain('对4个党支部');
    expect(doc.annexes.map((a) => a.title)).toEqual(['台账问题清单', '报送工作簿情况说明']);
    expect((doc.annexes[1].blocks[0] as TableBlock).rows).toEqual([
      ['1', '06_县审计局党支部.xls', '县审计局党支部', '无法读取，未纳入统计。这是 Excel 97-2003 格式（.xls），请另存为 .xlsx 再提交。'],
      ['2', '08_空白工作簿.xlsx', '空白工作簿', '无法读取，未纳入统计。文件中没有任何有内容的工作表。'],
    ]);
  });

  it('names two received files of one name by their folder under the input folder, not the same name twice', () => {
    const ds = at(sampleDigests());
    const again: BranchDigest = { ...ds[3], file: ds[3].file.replace('/上报/', '/上报/补报/'), findings: [] };
    const all = [...ds, again];
    const doc = composeSummaryReport(all, bank, { intake: { submissions: all.map((d) => submission(d)), asOfGiven: false } });
    const name = ds[3].file.split('/').pop()!;
    expect(basicsHead(doc)).toContain(`报送了2份台账（${name}、补报/${name}）`);
    expect((doc.annexes[1].blocks[0] as TableBlock).rows.map((r) => [r[1], r[3].split('；')[0]])).toEqual([
      [name, `与补报/${name}为同一支部重复报送，未计入汇总（以补报/${name}为准）`],
      [`补报/${name}`, `与${name}为同一支部重复报送，汇总计入此份`],
    ]);
  });

  it('counts a branch that sent two workbooks once, and says which file each report came from', () => {
    const ds = at(sampleDigests());
    const again: BranchDigest = { ...ds[1], file: '/上报/12_办公室党支部_补报.xlsx', findings: [] };
    const all = [...ds, again];
    const submissions = all.map((d) => submission(d));
    submissions[4] = { ...submissions[4], report: '办公室党支部（补报）.docx' };
    const doc = composeSummaryReport(all, bank, { intake: { submissions, asOfGiven: false } });
    const members = sum(ds, (d) => d.stats.members.total);
    expect(doc.preamble.map(text).join('')).toContain(`对4个党支部的党建工作台账进行了调研，涉及党员${members}名`);
    expect(tables(doc)[0].rows.map((r) => r[0])).toEqual(['机关第一党支部', '财务科党支部', '离退休干部党支部', '办公室党支部', '合计']);
    expect(documentTexts(doc).join('\n')).not.toContain('办公室党支部、办公室党支部');
    // the counted one is the later submission, without findings: 办公室党支部 is no longer among those with problems
    expect(sectionText(doc, 1).join('')).not.toContain('办公室党支部');
    expect(basicsHead(doc)).toContain('本次共收到党支部台账工作簿5份，均已读取，涉及4个党支部。办公室党支部报送了2份台账（办公室党支部.xlsx、12_办公室党支部_补报.xlsx），汇总时同一支部只计入统计年度最新的一份（同一年度的几份中，文件名标明“最终版”“修改版”的优先，否则取最后读取的）');
    expect((doc.annexes[1].blocks[0] as TableBlock).rows).toEqual([
      ['1', '办公室党支部.xlsx', '办公室党支部', '与12_办公室党支部_补报.xlsx为同一支部重复报送，未计入汇总（以12_办公室党支部_补报.xlsx为准）；报告文件：办公室党支部.docx'],
      ['2', '12_办公室党支部_补报.xlsx', '办公室党支部', '与办公室党支部.xlsx为同一支部重复报送，汇总计入此份；报告文件：办公室党支部（补报）.docx'],
    ]);
  });
});

describe('composeBranchReport', () => {
  it('reports one branch: its name as scope, its figures, its findings without a 支部 column', () => {
    const d = sampleDigests()[3];
    const doc = composeBranchReport(d, bank);
    expect(doc.title).toBe(`关于${d.stats.branch}党建工作（党支部台账）情况的调研报告`);
    expect(doc.sections.map((s) => s.heading)).toEqual(['一、基本情况', '二、存在的问题', '三、问题成因', '四、对策建议']);
    const basics = sectionText(doc, 0).join('');
    expect(basics).toContain(`${d.stats.branch}共有党员${d.stats.members.total}名`);
    expect(basics).toContain(`支部书记为${d.stats.members.secretary}`);
    expect(basics).toContain(`应交党费${d.stats.dues.due.toFixed(2)}元`);
    expect(sectionText(doc, 1)[0]).toContain(`共发现台账问题${d.findings.length}处`);
    const annex = doc.annexes[0].blocks[0] as TableBlock;
    expect(annex.header).not.toContain('支部');
    expect(annex.rows.length).toBe(d.findings.length);
    expect(doc.preamble.map(text).join('')).toContain('发现问题5处');
  });
});

// ---- the per-branch report in its own words (probe round 3) ----

const finding = (rule: Finding['rule'], severity: Finding['severity'], sheet: string | null = null, message = '…'): Finding =>
  ({ rule, severity, sheet, cell: null, row: null, period: null, member: null, message });

/** A sample branch with these findings (and stats overrides), its finding counts kept in step. */
function branch(i: number, findings: Finding[], over: Partial<BranchStats> = {}): BranchDigest {
  const d = sampleDigests()[i];
  const bySeverity = { 错误: 0, 警告: 0, 提示: 0 };
  const byRule: Partial<Record<Finding['rule'], number>> = {};
  for (const f of findings) { bySeverity[f.severity]++; byRule[f.rule] = (byRule[f.rule] ?? 0) + 1; }
  return { ...d, findings, stats: { ...d.stats, ...over, findings: { total: findings.length, bySeverity, byRule } } };
}

const allText = (doc: ReportDocument) => documentTexts(doc).join('\n');

describe('composeBranchReport: the overall judgement', () => {
  it('calls for 整改 only for errors and warnings: a branch with 提示 alone is not told to correct', () => {
    const hints = composeBranchReport(branch(0, [finding('M02', '提示', '党员名册'), finding('C12', '提示', '三会一课')]), bank);
    expect(hints.preamble.map(text).join('')).toContain('未发现需要整改的问题');
    const warned = composeBranchReport(branch(0, [finding('M02', '提示', '党员名册'), finding('M09', '警告', '党员名册')]), bank);
    expect(warned.preamble.map(text).join('')).toContain('发现问题2处，需要及时整改');
  });
});

describe('composeSummaryReport: the overall judgement', () => {
  it('counts as 存在问题 only branches with errors or warnings, as the branch report judges', () => {
    // four branches: one with an error, one with 提示 alone, two clean; 1 of 4 (25%) has something to correct
    const ds = [
      branch(0, [finding('M02', '错误', '党员名册')]),
      branch(1, [finding('C04', '提示', '三会一课')]),
      branch(2, []),
      branch(3, []),
    ];
    const doc = composeSummaryReport(ds, bank);
    const preamble = doc.preamble.map(text).join('');
    expect(preamble).toContain('但也有1个支部（占25.0%）的台账存在不同程度的问题');
    // the findings are counted whole, the branches by what they must correct
    expect(sectionText(doc, 1)[0]).toContain('共发现台账问题2处，其中错误1处、提示1处，错误涉及1个支部，占调研支部总数的25.0%');
    // the 提示-only branch reads like the branch report that has nothing to correct
    expect(composeBranchReport(ds[1], bank).preamble.map(text).join('')).toContain('未发现需要整改的问题');
  });

  it('with 提示 alone: nothing to correct, and never "涉及0个支部"', () => {
    const ds = [branch(0, [finding('C04', '提示', '三会一课')]), branch(1, [finding('M02', '提示', '党员名册')]), branch(2, []), branch(3, [])];
    const doc = composeSummaryReport(ds, bank);
    expect(doc.preamble.map(text).join('')).toContain('未发现需要整改的问题');
    const intro = sectionText(doc, 1)[0];
    expect(intro).toContain('共发现台账问题2处，均为提示，涉及2个支部，需要有关支部核实。');
    expect(intro).not.toContain('0个支部');
  });

  it('states the branches as before where every finding is an error or a warning', () => {
    const ds = [branch(0, [finding('M02', '错误', '党员名册'), finding('M09', '警告', '党员名册')]), branch(1, []), branch(2, []), branch(3, [])];
    expect(sectionText(composeSummaryReport(ds, bank), 1)[0]).toContain('其中错误1处、警告1处，涉及1个支部，占调研支部总数的25.0%。');
  });
});

describe('composeSummaryReport: the title names the one 上级党组织 of all the branches', () => {
  const under = (parents: (string | null)[]) => sampleDigests().map((d, i) => ({ ...d, stats: { ...d.stats, parent: parents[i] } }));
  const body = '中共××县农业农村局机关委员会';

  it('names it in the title and the opening where every branch names it', () => {
    const doc = composeSummaryReport(under([body, body, body, ` ${body}`]), bank);
    expect(doc.title).toBe(`关于${body}所属党支部建设情况的调研报告`);
    // with no unit named it is the body investigating: named once, as the unit (not 对${body}所属 again)
    expect(doc.preamble.map(text).join('')).toContain(`${body}于2025年12月组织人员，对所属4个党支部的党建工作台账进行了调研`);
    const given = composeSummaryReport(under([body, body, body, body]), bank, { unit: '中共××县直属机关工作委员会' });
    expect(given.preamble.map(text).join('')).toContain(`组织人员，对${body}所属4个党支部的党建工作台账进行了调研`);
  });

  it('keeps today\'s title where they name several or none, or a 调研范围 is set', () => {
    for (const parents of [[body, body, '中共××县水利局机关委员会', body], [body, body, null, body], [null, null, null, null]]) {
      const doc = composeSummaryReport(under(parents), bank);
      expect(doc.title).toBe('关于机关党建工作（党支部台账）情况的调研报告');
      expect(doc.preamble.map(text).join('')).toContain('组织人员，对4个党支部的党建工作台账');
    }
    expect(composeSummaryReport(under([body, body, body, body]), bank, { scope: '××县' }).title)
      .toBe('关于××县机关党建工作（党支部台账）情况的调研报告');
  });

  it('keeps today\'s title with a bank copied before summary_parent', () => {
    const old = { ...bank, title: { ...bank.title, summaryParent: null } };
    expect(composeSummaryReport(under([body, body, body, body]), old).title).toBe('关于机关党建工作（党支部台账）情况的调研报告');
  });
});

describe('shares of one whole', () => {
  it('reads the age and education structures as adding up to 100.0%, not 99.9% or 100.2%', () => {
    const d = branch(0, []);
    const members = {
      ...d.stats.members, total: 6, full: 6, probationary: 0, male: 3, female: 3,
      byAge: { '35岁及以下': 1, '36至45岁': 1, '46至55岁': 1, '56至60岁': 0, '61岁及以上': 0, 不详: 0 },
      byEducation: { 研究生: 1, 大学本科: 1, 大专: 1, 中专及高中: 1, 初中及以下: 1, 不详: 1 },
    };
    // 3 members in three bands (33.3% each rounded alone) and 6 in six groups (16.7% each)
    const three = { ...members, total: 3, full: 3, male: 2, female: 1 };
    const ages = allText(composeBranchReport({ ...d, stats: { ...d.stats, members: three } }, bank));
    expect(ages).toContain('35岁及以下1名（占33.4%）、36至45岁1名（占33.3%）、46至55岁1名（占33.3%）');
    const all = allText(composeBranchReport({ ...d, stats: { ...d.stats, members } }, bank));
    const shares = /从学历看，([^，]*)/.exec(all)![1].match(/占(\d+\.\d)%/g)!.map((x) => Number(x.slice(1, -1)));
    expect(shares).toHaveLength(6);
    expect(Math.round(shares.reduce((a, x) => a + x, 0) * 10)).toBe(1000);
    // 大专及以上 is a share of its own, not the sum of three rounded groups: 3 of 6 is 50.0%
    expect(all).toContain('大专及以上学历3名，占50.0%');
  });
});

describe('composeBranchReport: a branch that did not submit every ledger', () => {
  const rosterOnly = () => branch(0, [finding('W01', '错误'), finding('W01', '错误'), finding('M06', '警告', '党员名册')], {
    ledgers: { members: true, dues: false, meetings: false },
    dues: { due: 0, paid: 0, membersInArrears: 0, collected: 0 },
    required: { general: 0, committee: 0, group: 0, lecture: 0, themeDay: 0, lifeMeeting: 0, review: 0 },
    periodsMet: { general: 0, committee: 0, group: 0, lecture: 0, themeDay: 0, lifeMeeting: 0, review: 0 },
  });

  it('names the ledgers not submitted, and never calls the ledgers complete or 规范', () => {
    const doc = composeBranchReport(rosterOnly(), bank);
    const preamble = doc.preamble.map(text).join('');
    expect(preamble).toContain('查阅该支部报送的党员名册（该支部未报送党费收缴台账和“三会一课”记录）');
    expect(preamble).toContain('该支部台账建立不完整，未报送党费收缴台账和“三会一课”记录');
    const all = allText(doc);
    expect(all).not.toMatch(/台账总体较为规范|台账建立完整|已建立党员名册、党费收缴台账和“三会一课”记录/);
    expect(sectionText(doc, 0).at(-1)).toContain('该支部已建立党员名册，但未报送党费收缴台账和“三会一课”记录');
    expect(sectionText(doc, 1).join('')).toContain('此类问题共2处，主要是未报送党费收缴台账和“三会一课”记录。');
    expect(sectionText(doc, 3).join('')).toContain('抓紧建立党费收缴台账和“三会一课”记录');
  });

  it('does not describe an absent ledger with zeros, nor table it', () => {
    const doc = composeBranchReport(rosterOnly(), bank);
    const basics = sectionText(doc, 0).join('');
    expect(basics).toContain('第三，党费收缴情况。该支部未报送党费收缴台账，党费收缴情况无法统计。');
    expect(basics).toContain('第四，组织生活开展情况。该支部未报送“三会一课”记录，组织生活开展情况无法统计。');
    expect(basics).not.toMatch(/应交党费0\.00元|收缴率—|尚无应开的会议期数|按期完成率/);
    expect(tables(doc).map((t) => t.title)).toEqual(['表1　党支部基本情况']);
  });

  it('without a roster: no members counted as 0, no members table', () => {
    const d = branch(0, [finding('W01', '错误')], {
      ledgers: { members: false, dues: true, meetings: true },
      members: { ...sampleDigests()[0].stats.members, total: 0, full: 0, probationary: 0, male: 0, female: 0, groups: 0, secretary: null },
    });
    const doc = composeBranchReport(d, bank);
    const basics = sectionText(doc, 0).join('');
    expect(basics).toContain('该支部未报送党员名册，党员人数和支部委员会、党小组设置情况无法统计。');
    expect(basics).toContain('因未报送党员名册');
    expect(basics).not.toMatch(/共有党员0名|男党员0名/);
    expect(tables(doc).map((t) => t.title)).toEqual(['表1　党费收缴情况', '表2　“三会一课”等组织生活落实情况']);
    expect(doc.preamble.map(text).join('')).toContain('查阅该支部报送的党费收缴台账和“三会一课”记录（该支部未报送党员名册）');
  });
});

describe('composeBranchReport: speaks of this branch, not of many', () => {
  it('a clean branch gets measures "为巩固提高", not "针对上述问题"', () => {
    const doc = composeBranchReport(branch(0, []), bank);
    const measures = sectionText(doc, 3);
    expect(measures[0]).toBe('为巩固提高，提出以下建议：');
    expect(measures.join('')).not.toContain('针对上述问题');
    expect(sectionText(composeBranchReport(sampleDigests()[3], bank), 3)[0]).toBe('针对上述问题，提出以下建议：');
  });

  it('no "有的支部" or "各支部" in its causes and measures, whatever the problems', () => {
    const every = (['W01', 'M01', 'M06', 'B02', 'B05', 'D03', 'C01', 'C10'] as const).map((r) => finding(r, '错误'));
    const doc = composeBranchReport(branch(3, every, { ledgers: { members: true, dues: true, meetings: false } }), bank);
    const causes = sectionText(doc, 2).join('');
    const measures = sectionText(doc, 3).join('');
    expect(causes).toContain('该支部对台账工作重视不够');
    for (const s of [causes, measures]) expect(s).not.toMatch(/有的支部|有的单位|各支部|各党支部/);
    expect(measures).toContain('坚持经常性自查');
  });

  it('takes the basis from the branch\'s own 上级党组织, else a neutral one, never the 机关党委 of the summary', () => {
    const village = branch(0, [], { parent: '中共城关镇委员会' });
    expect(composeBranchReport(village, bank, { unit: '中共××县委组织部' }).preamble[0].runs[0].text).toMatch(/^根据中共城关镇委员会年度工作安排，中共××县委组织部于/);
    // with no unit named, the 镇党委 investigates its own branch: named once, as the unit
    expect(composeBranchReport(village, bank).preamble[0].runs[0].text).toMatch(/^根据年度工作安排，中共城关镇委员会于/);
    const unknown = branch(0, [], { parent: null });
    expect(composeBranchReport(unknown, bank).preamble[0].runs[0].text).toMatch(/^根据上级党组织年度工作安排，/);
    expect(allText(composeBranchReport(unknown, bank))).not.toContain('机关党委');
    // the summary keeps its own basis
    expect(composeSummaryReport(sampleDigests(), bank).preamble[0].runs[0].text).toMatch(/^根据机关党委年度工作安排，/);
  });

  it('over 50 members (B03): divide the branch or form a 党总支, not a committee or a joint branch', () => {
    const doc = composeBranchReport(branch(0, [finding('B03', '警告')]), bank);
    const measure = sectionText(doc, 3).find((p) => p.includes('组织设置'))!;
    expect(measure).toContain('党支部党员人数一般不超过50人');
    expect(measure).toContain('分设若干个党支部或成立党总支');
    expect(measure).not.toMatch(/联合党支部|设立支部委员会|换届/);
  });
});

describe('composeBranchReport: zero counts read as sentences', () => {
  it('"未设党小组", "无欠交、少交党费的党员", and no "0名"/"0个"/"0处" anywhere in the text', () => {
    const s = sampleDigests()[0].stats;
    const d = branch(0, [finding('M01', '错误'), finding('C10', '警告')], {
      members: { ...s.members, groups: 0, newMembers: 0, retired: 0, probationary: 0, full: s.members.total },
      dues: { due: 1842.5, paid: 1842.5, membersInArrears: 0, collected: 1842.5 },
    });
    const doc = composeBranchReport(d, bank);
    const basics = sectionText(doc, 0).join('');
    expect(basics).toContain('；未设党小组。');
    expect(basics).toContain('共有党员12名，均为正式党员；');
    expect(basics).toContain('2025年未发展新党员，无离退休党员。');
    expect(basics).toContain('收缴率100.0%；无欠交、少交党费的党员。');
    expect(sectionText(doc, 1)[0]).toContain('共发现台账问题2处，其中错误1处、警告1处。');
    const prose = [...doc.preamble.map(text), ...doc.sections.flatMap((x, i) => sectionText(doc, i))].join('');
    expect(prose).not.toMatch(/(^|[^\d.])0[名个处]/);
  });
});

describe('composeBranchReport: the dues collection rate', () => {
  // 红星村 (probe): 7604.00 due, 7810.50 paid, of which 612.00 beyond the month's due; 3 members short
  const hongxing = () => branch(2, [finding('D03', '警告'), finding('D02', '错误'), finding('D01', '错误')], {
    dues: { due: 7604, paid: 7810.5, membersInArrears: 3, collected: 7198.5 },
  });

  it('never over 100% while members are in arrears: counts each month up to its due and says what it left out', () => {
    const doc = composeBranchReport(hongxing(), bank);
    const dues = sectionText(doc, 0).find((p) => p.startsWith('第三，'))!;
    expect(dues).toContain('应交党费7604.00元，实交党费7810.50元，收缴率94.7%（');
    expect(dues).toContain('超出应交额的612.00元');
    expect(dues).toContain('有欠交、少交月份的党员3名');
    expect(allText(doc)).not.toContain('102.7%');
    const duesT = tables(doc).find((t) => t.header.includes('收缴率'))!;
    expect(duesT.rows[0]).toEqual(['财务科党支部', '7604.00', '7810.50', '94.7%', '3']);
  });

  it('without the collected figure (stats from elsewhere) caps the rate at 100%', () => {
    const d = hongxing();
    const { collected: _, ...dues } = d.stats.dues;
    const doc = composeBranchReport({ ...d, stats: { ...d.stats, dues } }, bank);
    expect(allText(doc)).not.toContain('102.7%');
    expect(sectionText(doc, 0).join('')).toContain('收缴率100.0%（按各月应交额中已交足的部分计算，部分月份超出应交额的206.50元');
  });

  it('reads the same in the summary: its row and its total count each month up to its due', () => {
    const doc = composeSummaryReport([hongxing(), branch(0, [])], bank);
    const duesT = tables(doc).find((t) => t.header.includes('收缴率'))!;
    expect(duesT.rows.map((r) => r[3])).toEqual(['94.7%', '100.0%', `${((7198.5 + 1842.5) / (7604 + 1842.5) * 100).toFixed(1)}%`]);
    expect(allText(doc)).not.toContain('102.7%');
  });

  it('leaves out months whose payment could not be read (W03), and says so, not "实交0.00元，收缴率0.0%" beside nobody in arrears', () => {
    // 水务局 (probe 7): every payment cell a formula saved without its result
    const none = branch(0, [finding('W03', '错误')], { dues: { due: 15039, paid: 0, membersInArrears: 0, collected: 0, unread: 15039 } });
    const doc = composeBranchReport(none, bank);
    const dues = sectionText(doc, 0).find((p) => p.startsWith('第三，'))!;
    expect(dues).toContain('该支部应交党费15039.00元，各月实交金额无法读取，收缴率无法计算；欠交、少交情况无法核对。');
    expect(tables(doc).find((t) => t.header.includes('收缴率'))!.rows[0]).toEqual(['机关第一党支部', '15039.00', '0.00', '—', '—']);
    // some months unreadable: the rate is over the rest, and the note says how much was left out
    const some = branch(0, [finding('W03', '错误')], { dues: { due: 8004, paid: 7968, membersInArrears: 0, collected: 7968, unread: 36 } });
    const text = sectionText(composeBranchReport(some, bank), 0).find((p) => p.startsWith('第三，'))!;
    expect(text).toContain('应交党费8004.00元，实交党费7968.00元，收缴率100.0%（另有应交党费36.00元所涉月份的实交金额无法读取，未计入）；无欠交、少交党费的党员。');
  });

  it('a ledger with payments but no dues recorded (a payment platform\'s export) gives no rate, and no surplus', () => {
    const d = branch(0, [], { dues: { due: 0, paid: 13314, membersInArrears: 0, collected: 0 } });
    const dues = sectionText(composeBranchReport(d, bank), 0).find((p) => p.startsWith('第三，'))!;
    expect(dues).toContain('该支部实交党费13314.00元，台账未登记应交党费数额，收缴率无法计算；欠交、少交情况无法核对。');
    expect(tables(composeBranchReport(d, bank)).find((t) => t.header.includes('收缴率'))!.rows[0].slice(3)).toEqual(['—', '—']);
    expect(dues).not.toMatch(/收缴率—|应交党费0\.00元|超出应交额/);
  });

  it('the summary rates over the months that could be read, and its total row says the same', () => {
    const none = branch(1, [], { dues: { due: 15039, paid: 0, membersInArrears: 0, collected: 0, unread: 15039 } });
    const doc = composeSummaryReport([branch(0, []), none], bank);
    const dues = sectionText(doc, 0).find((p) => p.includes('党费收缴情况'))!;
    expect(dues).toContain('收缴率100.0%（另有应交党费15039.00元所涉月份的实交金额无法读取，未计入）');
    const duesT = tables(doc).find((t) => t.header.includes('收缴率'))!;
    expect(duesT.rows.map((r) => r[3])).toEqual(['100.0%', '—', '100.0%']);
  });

  it('dues paid by the quarter or year whose period is still on (the year in progress) are not yet owed, and says so', () => {
    // a 第四季度 column empty in November: the three quarters ended are the figures, October is pending
    const quarterly = branch(0, [], { dues: { due: 9837, paid: 9837, membersInArrears: 0, collected: 9837, pending: 1093 } });
    const q = sectionText(composeBranchReport(quarterly, bank), 0).find((p) => p.startsWith('第三，'))!;
    expect(q).toContain('应交党费9837.00元，实交党费9837.00元，收缴率100.0%（按季度、半年或全年交纳、交纳期尚未结束的月份应交党费1093.00元，未到交纳期限，未计入）；无欠交、少交党费的党员。');
    // a 全年 column not yet paid: nothing owed yet, not "no dues recorded"
    const yearly = branch(0, [], { dues: { due: 0, paid: 0, membersInArrears: 0, collected: 0, pending: 12370 } });
    const y = sectionText(composeBranchReport(yearly, bank), 0).find((p) => p.startsWith('第三，'))!;
    expect(y).toContain('该支部党费按季度、半年或全年交纳，已结束月份应交党费12370.00元尚未到交纳期限，收缴率暂不计算；无欠交、少交党费的党员。');
    expect(y).not.toContain('未登记');
    expect(tables(composeBranchReport(yearly, bank)).find((t) => t.header.includes('收缴率'))!.rows[0].slice(3)).toEqual(['—', '0']);
    // the summary sums it
    const sum = sectionText(composeSummaryReport([branch(1, []), quarterly], bank), 0).find((p) => p.includes('党费收缴情况'))!;
    expect(sum).toContain('交纳期尚未结束的月份应交党费1093.00元，未到交纳期限，未计入');
  });

  it('a branch that paid exactly what was due reads as before, with no note', () => {
    const dues = sectionText(composeBranchReport(branch(0, []), bank), 0).find((p) => p.startsWith('第三，'))!;
    expect(dues).toContain('应交党费1842.50元，实交党费1842.50元，收缴率100.0%；无欠交、少交党费的党员。');
  });
});

// ---- the summary as a 机关工委 reader checks it (probe round 5) ----

describe('composeSummaryReport: zero counts and all-good branches read as sentences', () => {
  /** Every sample branch: no findings, nobody in arrears, no probationary or retired members, these members overrides. */
  const allGood = (members: Partial<BranchStats['members']> = {}) => [0, 1, 2, 3].map((i) => {
    const s = sampleDigests()[i].stats;
    return branch(i, [], {
      members: { ...s.members, probationary: 0, full: s.members.total, retired: 0, newMembers: 0, ...members },
      dues: { due: s.dues.due, paid: s.dues.due, membersInArrears: 0, collected: s.dues.due },
      periodsMet: s.required, meetings: s.required,
    });
  });
  const prose = (doc: ReportDocument) => [...doc.preamble.map(text), ...doc.sections.flatMap((_, i) => sectionText(doc, i))].join('');

  it('no "0个支部", "0名", "提示0处": says 均为正式党员, 各支部均设立了支部委员会, 无离退休党员, 无欠交', () => {
    const doc = composeSummaryReport(allGood(), bank);
    const basics = sectionText(doc, 0).join('');
    expect(basics).toContain('共有党员44名，均为正式党员。各支部均设立了支部委员会；各支部共设党小组5个。');
    expect(basics).toContain('2025年未发展新党员，无离退休党员。');
    expect(basics).toMatch(/收缴率100\.0%；无欠交、少交党费的党员。/);
    expect(prose(doc)).not.toMatch(/(^|[^\d.])0[名个处]/);
  });

  it('no committee and no 党小组 anywhere: says so, and the table total is not "已设0个"', () => {
    const doc = composeSummaryReport(allGood({ hasCommittee: false, groups: 0 }), bank);
    expect(sectionText(doc, 0).join('')).toContain('各支部均未设立支部委员会，由支部书记负责；各支部均未设党小组。');
    expect(tables(doc)[0].rows.at(-1)![3]).toBe('均未设');
    expect(prose(doc)).not.toMatch(/(^|[^\d.])0[名个处]/);
  });

  it('where every branch is a good example, does not name them all as "其中，…等N个支部"', () => {
    const doc = composeSummaryReport(allGood(), bank);
    const basics = sectionText(doc, 0).join('');
    expect(basics).not.toContain('其中，机关第一党支部、');
    expect(basics).toContain('各支部组织设置均符合《中国共产党支部工作条例（试行）》的要求');
    expect(basics).toContain('各支部党费均按月足额收缴，台账登记规范。');
    // some good, some not: still named
    expect(sectionText(composeSummaryReport(sampleDigests(), bank), 0).join('')).toContain('其中，机关第一党支部组织生活按期开展');
  });

  it('does not call a roster that leaves education, age or sex out 信息完整准确', () => {
    const ds = allGood();
    const m = ds[1].stats.members;
    ds[1] = { ...ds[1], stats: { ...ds[1].stats, members: { ...m, byEducation: { ...m.byEducation, 大学本科: 0, 不详: m.byEducation['大学本科'] + m.byEducation['不详'] } } } };
    const basics = sectionText(composeSummaryReport(ds, bank), 0).join('');
    expect(basics).not.toContain('各支部党员名册信息完整准确');
    expect(basics).toMatch(/其中，[^。]*党员名册信息完整准确/);
    expect(basics.match(/其中，([^。]*)党员名册信息完整准确/)![1]).not.toContain(ds[1].stats.branch);
  });

  it('leaves out of the 三会一课 table a meeting type neither due nor held', () => {
    const doc = composeSummaryReport(allGood().map((d) => ({
      ...d, stats: { ...d.stats, required: { ...d.stats.required, group: 0 }, periodsMet: { ...d.stats.periodsMet, group: 0 }, meetings: { ...d.stats.meetings, group: 0 } },
    })), bank);
    const meetingsT = tables(doc).find((t) => t.header[0] === '会议类型')!;
    expect(meetingsT.rows.map((r) => r[0])).not.toContain('党小组会');
    expect(meetingsT.rows.map((r) => r[0])).toContain('支委会');
  });

  it('gives each kind its count only where a problem point has several kinds ("共1处，主要是…（1处）" said it twice)', () => {
    const one = branch(0, [finding('B05', '警告')]);
    expect(sectionText(composeBranchReport(one, bank), 1).join('')).toContain('此类问题共1处，主要是支部委员会任期届满未按期换届。');
    const two = branch(0, [finding('M02', '错误'), finding('M04', '错误'), finding('M04', '错误')]);
    expect(sectionText(composeBranchReport(two, bank), 1).join('')).toMatch(/此类问题共3处，主要是[^。]*（1处）；同一党员重复登记（2处）。/);
  });

  it('names D03 as the rule does, months unpaid as well as short (most are "未交纳党费")', () => {
    const doc = composeBranchReport(branch(0, [finding('D03', '警告'), finding('D03', '警告')]), bank);
    expect(sectionText(doc, 1).join('')).toContain('此类问题共2处，主要是部分月份未交或少交党费。');
  });

  it('problems intro leaves out a severity with no findings', () => {
    const intro = sectionText(composeSummaryReport(sampleDigests(), bank), 1)[0];
    expect(intro).toMatch(/共发现台账问题14处，其中错误10处、警告4处，涉及3个支部/);
    expect(intro).not.toContain('提示0处');
  });

  it('counts as paying in full every branch its dues table shows with nobody in arrears', () => {
    const ds = sampleDigests();
    // paid every month in full, but a due registered wrongly (D02): in full, though not a good example
    const d02 = [...ds[1].findings.filter((f) => f.rule !== 'D03'), finding('D02', '错误')];
    ds[1] = branch(1, d02, { dues: { due: 1320, paid: 1320, membersInArrears: 0, collected: 1320 } });
    const doc = composeSummaryReport(ds, bank);
    const duesT = tables(doc).find((t) => t.header.includes('收缴率'))!;
    const noArrears = duesT.rows.slice(0, -1).filter((r) => r[4] === '0').length;
    const dues = sectionText(doc, 0).find((p) => p.includes('党费收缴情况'))!;
    expect(noArrears).toBe(3);
    expect(dues).toContain(`按月足额交纳的支部${noArrears}个，有欠交、少交月份的党员1名`);
    expect(dues).toContain('其中，机关第一党支部、财务科党支部党费按月足额收缴');
  });

  it('notes in the summary, as in a branch report, what was paid beyond the dues and left out of the rate', () => {
    const ds = sampleDigests();
    ds[0] = branch(0, [], { dues: { due: 1842.5, paid: 1900, membersInArrears: 0, collected: 1842.5 } });
    const dues = sectionText(composeSummaryReport(ds, bank), 0).find((p) => p.includes('党费收缴情况'))!;
    expect(dues).toContain('超出应交额的57.50元');
  });
});

describe('composeSummaryReport: measures follow the problems found', () => {
  const measures = (ds: BranchDigest[]) => sectionText(composeSummaryReport(ds, bank), 3);
  const only = (...rules: Finding['rule'][]) => [branch(0, rules.map((r) => finding(r, '错误'))), branch(1, [])];

  it('an overdue election only (B05): 换届, not a joint branch or a committee', () => {
    const org = measures(only('B05')).find((p) => p.includes('健全组织设置'))!;
    expect(org).toContain('换届');
    expect(org).not.toMatch(/联合|设立支部委员会|分设/);
  });

  it('over 50 members (B03): divide the branch or form a 党总支', () => {
    const org = measures(only('B03')).find((p) => p.includes('健全组织设置'))!;
    expect(org).toContain('分设若干个党支部或成立党总支');
    expect(org).not.toMatch(/联合|换届/);
  });

  it('no workbook problem: no 台账模板 point; a member absent six months (C11): a measure for that', () => {
    const m = measures(only('M01', 'C11')).join('');
    expect(m).not.toContain('统一使用规范的台账模板');
    expect(m).toContain('对连续6个月未参加组织生活的党员');
    expect(m).not.toContain('每年召开组织生活会，开展民主评议党员');
  });
});

describe('composeSummaryReport: a branch that sent many workbooks', () => {
  it('the annex says how many, not every other file name on every row', () => {
    const ds = sampleDigests().map((d) => ({ ...d, file: `/上报/${d.file}` }));
    const copies = ['初报', '补报', '更正'].map((s) => ({ ...ds[1], file: `/上报/办公室党支部_${s}.xlsx` }));
    const all = [...ds, ...copies];
    const submissions: Submission[] = all.map((d) => ({ file: d.file, branch: d.stats.branch, report: null, error: null }));
    const doc = composeSummaryReport(all, bank, { intake: { submissions, asOfGiven: false } });
    const rows = (doc.annexes[1].blocks[0] as TableBlock).rows;
    expect(rows.map((r) => r[3])).toEqual([
      '同一支部共报送4份，未计入汇总（以办公室党支部_更正.xlsx为准）',
      '同一支部共报送4份，未计入汇总（以办公室党支部_更正.xlsx为准）',
      '同一支部共报送4份，未计入汇总（以办公室党支部_更正.xlsx为准）',
      '同一支部共报送4份，汇总计入此份',
    ]);
  });
});

describe('composeSummaryReport: one branch sent under two name forms', () => {
  it('counts it once and says it was sent twice', () => {
    const ds = sampleDigests();
    const first = { ...ds[0], file: '01.xlsx', stats: { ...ds[0].stats, branch: '中共某某局第一支部委员会' } };
    const again = { ...ds[0], file: '02.xlsx', stats: { ...ds[0].stats, branch: '某某局第一党支部' } };
    const all = [first, ds[1], again];
    const submissions: Submission[] = all.map((d) => ({ file: d.file, branch: d.stats.branch, report: null, error: null }));
    const doc = composeSummaryReport(all, bank, { intake: { submissions, asOfGiven: false } });
    expect(doc.preamble.map(text).join('')).toContain('对2个党支部');
    expect(documentTexts(doc).join('')).toContain('中共某某局第一支部委员会报送了2份台账（01.xlsx、02.xlsx）');
  });
});

describe('composeSummaryReport over one branch', () => {
  const MANY = /各支部|各党支部|多数党支部|全部\d+个支部|个支部（占|占调研支部总数/;
  it('speaks of that branch, not of 各支部 or 多数党支部, with findings or without', () => {
    for (const d of sampleDigests().slice(0, 3)) {
      const doc = composeSummaryReport([d], bank);
      const all = [...doc.preamble.map(text), ...doc.sections.flatMap((_, i) => sectionText(doc, i))].join('\n');
      expect(all).not.toMatch(MANY);
      expect(all).toContain(`对${d.stats.branch}的党建工作台账进行了调研`);
      expect(all).toContain('该支部');
      // its frame stays the summary's: the title and what was received
      expect(doc.title).toBe(composeSummaryReport(sampleDigests(), bank).title);
      expect(sectionText(doc, 0)[0]).toContain('本次共收到党支部台账工作簿1份，已读取并纳入统计。');
    }
  });
  it('a bank written before one_read existed still says 均 of one workbook, rather than failing', () => {
    const old = { ...bank, intake: { ...bank.intake!, oneRead: null } };
    expect(sectionText(composeSummaryReport([sampleDigests()[0]], old), 0)[0]).toContain('工作簿1份，均已读取并纳入统计。');
  });
  it('names at most three files of a branch sent many times, and at most ten such branches', () => {
    const d = sampleDigests()[1];
    const many = Array.from({ length: 49 }, (_, i) => ({ ...d, file: `f${String(i).padStart(2, '0')}.xlsx` }));
    const submissions: Submission[] = many.map((x) => ({ file: x.file, branch: x.stats.branch, report: null, error: null }));
    const head = sectionText(composeSummaryReport(many, bank, { intake: { submissions, asOfGiven: false } }), 0)[0];
    expect(head).toContain(`${d.stats.branch}报送了49份台账（f00.xlsx、f01.xlsx、f02.xlsx等），汇总时`);
    expect(head).not.toContain('f03.xlsx');
    // twelve branches each sent twice
    const twice = Array.from({ length: 12 }, (_, i) => [0, 1].map((k) => ({ ...d, file: `b${i}-${k}.xlsx`, stats: { ...d.stats, branch: `第${i + 1}党支部` } }))).flat();
    const subs2: Submission[] = twice.map((x) => ({ file: x.file, branch: x.stats.branch, report: null, error: null }));
    const head2 = sectionText(composeSummaryReport(twice, bank, { intake: { submissions: subs2, asOfGiven: false } }), 0)[0];
    expect(head2.match(/报送了2份台账（/g)).toHaveLength(10);
    expect(head2).toContain('；另有2个支部各报送了多份台账，汇总时');
  });
  it('a bank written before all_read_duplicates existed keeps its all_read sentence', () => {
    const d = sampleDigests()[1];
    const all = [{ ...d, file: 'a.xlsx' }, { ...d, file: 'b.xlsx' }];
    const submissions: Submission[] = all.map((x) => ({ file: x.file, branch: x.stats.branch, report: null, error: null }));
    const old = { ...bank, intake: { ...bank.intake!, allReadDuplicates: null } };
    expect(sectionText(composeSummaryReport(all, old, { intake: { submissions, asOfGiven: false } }), 0)[0]).toContain('工作簿2份，均已读取并纳入统计。');
    expect(sectionText(composeSummaryReport(all, bank, { intake: { submissions, asOfGiven: false } }), 0)[0]).toContain('工作簿2份，均已读取，涉及1个党支部。');
  });
  it('one branch sent twice is still one branch', () => {
    const d = sampleDigests()[1];
    const all = [{ ...d, file: 'a.xlsx' }, { ...d, file: 'b.xlsx' }];
    const submissions: Submission[] = all.map((x) => ({ file: x.file, branch: x.stats.branch, report: null, error: null }));
    const doc = composeSummaryReport(all, bank, { intake: { submissions, asOfGiven: false } });
    expect(documentTexts(doc).join('\n')).not.toMatch(MANY);
  });
  it('two branches are still 各支部', () => {
    const doc = composeSummaryReport(sampleDigests().slice(0, 2), bank);
    expect(sectionText(doc, 0).join('')).toContain('各支部应交党费');
  });
});

describe('causes follow the problems found', () => {
  const causes = (rules: Finding['rule'][]) => sectionText(composeBranchReport(branch(0, rules.map((r) => finding(r, '错误'))), bank), 2).join('');

  it('a branch over 50 members without a committee is not told its 换届 was not planned, nor the reverse', () => {
    expect(causes(['B02', 'B03'])).toContain('组织设置未及时跟进调整');
    expect(causes(['B02', 'B03'])).not.toContain('换届');
    expect(causes(['B05'])).toContain('换届工作没有提前谋划');
    expect(causes(['B05'])).not.toContain('组织设置未及时跟进调整');
  });

  it('the problem paragraph on 组织设置 does not claim a 换届 problem it did not find', () => {
    const problems = sectionText(composeBranchReport(branch(0, [finding('B03', '警告')]), bank), 1).join('');
    expect(problems).not.toContain('换届');
  });
});

describe('composeSummaryReport: a branch that did not submit every ledger', () => {
  it('its row in the tables says 未报送, not 0.00 due and 0 in arrears, nor 0 members and 未设', () => {
    const s = sampleDigests()[3].stats;
    const noDues = branch(3, [finding('W01', '错误')], {
      ledgers: { members: true, dues: false, meetings: true }, dues: { due: 0, paid: 0, membersInArrears: 0, collected: 0 },
    });
    const noRoster = branch(2, [finding('W01', '错误')], {
      ledgers: { members: false, dues: true, meetings: true },
      members: { ...s.members, total: 0, full: 0, probationary: 0, male: 0, female: 0, groups: 0, secretary: null, hasCommittee: false },
    });
    const doc = composeSummaryReport([branch(0, []), noRoster, noDues], bank);
    const [membersT, duesT] = tables(doc);
    expect(membersT.rows[1]).toEqual(['财务科党支部', '未报送', '—', '—', '1']);
    expect(duesT.rows[2]).toEqual(['离退休干部党支部', '未报送', '—', '—', '—']);
    expect(duesT.rows.at(-1)![0]).toBe('合计');
  });
});

describe('one family of problems, one cause', () => {
  const report = (rules: Finding['rule'][], b = bank) => composeBranchReport(branch(0, rules.map((r) => finding(r, '错误'))), b);
  it('is not numbered 第一 under "以下几个方面"', () => {
    const doc = report(['M02']);
    const [intro, body] = sectionText(doc, 1);
    expect(intro).toMatch(/具体情况如下：$/);
    expect(body).toMatch(/^党员信息登记不够准确。/);
    // the bank's causes for M02 are two (a general one always applies); with one left it reads 原因主要是
    const oneCause = { ...bank, causes: { ...bank.causes, items: bank.causes.items.slice(0, 1) } };
    const causes = sectionText(report(['M02'], oneCause), 2);
    expect(causes).toHaveLength(2);
    expect(causes[0]).toBe('分析上述问题，原因主要是：');
    expect(causes[1]).toMatch(/^台账管理基础工作不够扎实。/);
    expect(sectionText(doc, 2)[1]).toMatch(/^第一，/);
  });
  it('several are numbered as before', () => {
    const problems = sectionText(report(['M02', 'D04', 'C01']), 1);
    expect(problems[0]).toMatch(/主要有以下几个方面：$/);
    expect(problems[1]).toMatch(/^第一，/);
    expect(problems[2]).toMatch(/^第二，/);
  });
  it('a bank written before intro_one keeps its own intro and numbering', () => {
    const old = { ...bank, problems: { ...bank.problems, introOne: null }, causes: { ...bank.causes, introOne: null } };
    const [intro, body] = sectionText(report(['M02'], old), 1);
    expect(intro).toMatch(/主要有以下几个方面：$/);
    expect(body).toMatch(/^第一，/);
  });
});

describe('the investigating unit: the 上级党组织 where no other is named', () => {
  const body = '中共杭州市西湖区直属机关工作委员会';
  const under = (parents: (string | null)[]) => sampleDigests().map((d, i) => ({ ...d, stats: { ...d.stats, parent: parents[i] } }));
  const opening = (doc: ReportDocument) => text(doc.preamble[0]);
  const times = (s: string, part: string) => s.split(part).length - 1;

  it('summary: the one 上级党组织 of all the branches opens and signs, and its name is said once', () => {
    const doc = composeSummaryReport(under([body, body, body, body]), bank);
    // the 工委 works to its own plan, not the 机关党委's
    expect(opening(doc)).toMatch(new RegExp(`^根据年度工作安排，${body}于2025年12月组织人员，对所属4个党支部的党建工作台账进行了调研`));
    expect(times(opening(doc), body)).toBe(1);
    expect(doc.signature.unit).toBe(body);
    expect(doc.titleNames).toContain(body);
  });

  it('an explicit --unit, or a unit the template names, still wins; one alike with the 上级党组织 says 所属 alone', () => {
    const given = composeSummaryReport(under([body, body, body, body]), bank, { unit: '中共西湖区委组织部' });
    expect(opening(given)).toContain(`中共西湖区委组织部于2025年12月组织人员，对${body}所属4个党支部`);
    expect(given.signature.unit).toBe('中共西湖区委组织部');
    const own = { ...bank, defaults: { ...bank.defaults, unit: { ...bank.defaults.unit, text: '中共西湖区直属机关党委' } } };
    expect(composeSummaryReport(under([body, body, body, body]), own).signature.unit).toBe('中共西湖区直属机关党委');
    const same = composeSummaryReport(under([body, body, body, body]), bank, { unit: '中共杭州市西湖区 直属机关工作委员会' });
    expect(opening(same)).toContain('于2025年12月组织人员，对所属4个党支部');
  });

  it('with several or no 上级党组织, today\'s text stays', () => {
    for (const parents of [[body, body, '中共西湖区教育局委员会', body], [body, null, body, body], [null, null, null, null]]) {
      const doc = composeSummaryReport(under(parents), bank);
      expect(opening(doc)).toMatch(/^根据机关党委年度工作安排，中共××机关委员会于2025年12月组织人员，对4个党支部/);
      expect(doc.signature.unit).toBe('中共××机关委员会');
    }
  });

  it('branch report: its own 上级党组织 signs where no unit is named, and the basis does not name it again', () => {
    const doc = composeBranchReport(branch(0, [], { parent: body }), bank);
    expect(opening(doc)).toMatch(new RegExp(`^根据年度工作安排，${body}于2025年12月对`));
    expect(doc.signature.unit).toBe(body);
    const given = composeBranchReport(branch(0, [], { parent: body }), bank, { unit: '中共西湖区委组织部' });
    expect(opening(given)).toMatch(new RegExp(`^根据${body}年度工作安排，中共西湖区委组织部于`));
    expect(given.signature.unit).toBe('中共西湖区委组织部');
    const unknown = composeBranchReport(branch(0, [], { parent: null }), bank);
    expect(opening(unknown)).toMatch(/^根据上级党组织年度工作安排，中共××机关委员会于/);
    expect(unknown.signature.unit).toBe('中共××机关委员会');
  });

  it('a bank copied before own_basis keeps its basis', () => {
    const old = { ...bank, defaults: { ...bank.defaults, ownBasis: null } };
    expect(opening(composeBranchReport(branch(0, [], { parent: body }), old))).toMatch(new RegExp(`^根据${body}年度工作安排，${body}于`));
  });
});

// ---- a ledger that lacks what counting needs (W02): said so, not counted (probe 10 t25) ----

describe('a measure a branch\'s ledger cannot be counted for', () => {
  const w02 = (sheet: string) => finding('W02', '错误', sheet);
  /** sample branch 0 with a 三会一课 table whose dates could not be read: its periods "required", none "met" */
  const undated = () => branch(0, [w02('三会一课')], { uncountable: { meetings: 'date' }, periodsMet: { ...sampleDigests()[0].stats.periodsMet, general: 0, committee: 0, lecture: 0, themeDay: 0 } });
  const point = (doc: ReportDocument, lead: string) => sectionText(doc, 0).find((p) => p.startsWith(lead))!;
  const meetingsT = (doc: ReportDocument) => tables(doc).find((t) => t.header[0] === '会议类型')!;
  const duesT = (doc: ReportDocument) => tables(doc).find((t) => t.header.includes('收缴率'))!;

  it('branch report: no dates (or types) read, so the 组织生活 point says so, and 表3 reads "—", not "未按期开展" and 0.0%', () => {
    const doc = composeBranchReport(undated(), bank);
    expect(point(doc, '第四，')).toBe('第四，组织生活开展情况。该支部“三会一课”记录中没有可识别的会议日期，组织生活开展情况无法统计，请按问题清单补正后重新报送。');
    const t = meetingsT(doc);
    expect(t.rows.every((r) => r.slice(2).every((c) => c === '—'))).toBe(true);
    expect(t.rows.find((r) => r[0] === '支委会')![1]).toBe(String(sampleDigests()[0].stats.required.committee));
    expect(allText(doc)).not.toMatch(/未按期开展|(?<![\d.])0\.0%/);
    const typeless = composeBranchReport(branch(0, [w02('三会一课')], { uncountable: { meetings: 'typeText' } }), bank);
    expect(point(typeless, '第四，')).toContain('该支部“三会一课”记录中没有可识别的会议类型，组织生活开展情况无法统计');
  });

  it('summary: leaves such a branch out of the meetings figures and its rate, and names it once with the reason', () => {
    const others = [branch(1, []), branch(2, [])];
    const doc = composeSummaryReport([...others, undated()], bank);
    const base = composeSummaryReport(others, bank);
    expect(meetingsT(doc).rows).toEqual(meetingsT(base).rows);
    const p = point(doc, '第四，');
    expect(p.match(/按期完成率\d+\.\d%/)![0]).toBe(point(base, '第四，').match(/按期完成率\d+\.\d%/)![0]);
    expect(p).toMatch(/。机关第一党支部的“三会一课”记录中没有可识别的会议日期，组织生活开展情况无法统计，未计入上述统计。$/);
    // two of them: both named, their count and both reasons said once
    const typeless = branch(3, [w02('三会一课')], { uncountable: { meetings: 'typeText' } });
    const two = point(composeSummaryReport([...others, undated(), typeless], bank), '第四，');
    expect(two).toContain(`机关第一党支部、${typeless.stats.branch}2个支部的“三会一课”记录中没有可识别的会议日期或会议类型，组织生活开展情况无法统计，未计入上述统计。`);
  });

  it('dues without 实交: no rate and no arrears in the branch report, said as a payment export without 应交 says it', () => {
    const noPaid = branch(0, [w02('党费')], { uncountable: { dues: 'paid' }, dues: { due: 16420, paid: 0, membersInArrears: 10, collected: 0 } });
    const doc = composeBranchReport(noPaid, bank);
    expect(point(doc, '第三，')).toContain('该支部应交党费16420.00元，台账未登记实交党费数额，收缴率无法计算；欠交、少交情况无法核对，请按问题清单补正后重新报送。');
    expect(duesT(doc).rows[0]).toEqual(['机关第一党支部', '16420.00', '—', '—', '—']);
    expect(allText(doc)).not.toMatch(/(?<![\d.])0\.0%|有欠交、少交月份的党员/);
  });

  it('summary: leaves out of the dues figures a branch without 实交 and one without any due, names both, and its 合计 adds up', () => {
    const noPaid = branch(2, [w02('党费')], { uncountable: { dues: 'paid' }, dues: { due: 16420, paid: 0, membersInArrears: 10, collected: 0 } });
    const noDue = branch(3, [], { dues: { due: 0, paid: 7910, membersInArrears: 0, collected: 0 } });
    const others = [branch(0, []), branch(1, [])];
    const doc = composeSummaryReport([...others, noPaid, noDue], bank);
    const base = composeSummaryReport(others, bank);
    const p = point(doc, '第三，');
    // the figures of the others alone: no surplus of 7910.00 "预交", no 10 members in arrears
    expect(p.split('。')[1]).toBe(point(base, '第三，').split('。')[1]);
    expect(p).toContain(`${noPaid.stats.branch}、${noDue.stats.branch}2个支部的党费收缴台账未登记实交或应交党费数额，收缴率和欠交、少交情况无法统计，未计入上述统计。`);
    const rows = duesT(doc).rows;
    expect(rows.filter((r) => [noPaid.stats.branch, noDue.stats.branch].includes(r[0])).map((r) => r.slice(1))).toEqual([['—', '—', '—', '—'], ['—', '—', '—', '—']]);
    expect(rows.at(-1)).toEqual(duesT(base).rows.at(-1));
  });
});

describe('a summary none of whose branches could be counted for a measure', () => {
  it('says why for them all, with no figures ("尚无应开的会议期数", "按期完成率—") and no table for it', () => {
    const undated = (i: number) => branch(i, [finding('W02', '错误', '三会一课')], { uncountable: { meetings: 'date' } });
    const doc = composeSummaryReport([undated(0), undated(1)], bank);
    const p = sectionText(doc, 0).find((x) => x.startsWith('第四，'))!;
    expect(p).toBe(`第四，组织生活开展情况。机关第一党支部、${undated(1).stats.branch}2个支部的“三会一课”记录中没有可识别的会议日期，组织生活开展情况无法统计。`);
    expect(tables(doc).some((t) => t.header[0] === '会议类型')).toBe(false);
  });
});

// ---- read as the 机关党委 reads it (read14): what the judgement says, the later sections do not contradict ----

describe('a report whose findings are all 提示', () => {
  it('analyses no cause and proposes no 整改 after "未发现需要整改的问题"', () => {
    const doc = composeBranchReport(branch(0, [finding('W02', '提示', '微信缴费记录')]), bank);
    expect(doc.preamble.map(text).join('')).toContain('未发现需要整改的问题');
    // the 提示 is still set out, to be checked
    expect(sectionText(doc, 1).join('')).toContain('共发现台账问题1处，为提示');
    expect(sectionText(doc, 2)).toEqual(['本次调研未发现需要整改的台账问题，不作成因分析。']);
    expect(sectionText(doc, 3)[0]).toBe('为巩固提高，提出以下建议：');
    expect(allText(doc)).not.toMatch(/重视不够|逐条整改/);
  });

  it('in the summary too, where no branch has anything to correct', () => {
    const doc = composeSummaryReport([branch(0, [finding('C04', '提示', '三会一课')]), branch(1, []), branch(2, []), branch(3, [])], bank);
    expect(sectionText(doc, 2)).toEqual(['本次调研未发现需要整改的台账问题，不作成因分析。']);
  });
});

describe('the judgement of a branch whose dues or 三会一课 cannot be counted', () => {
  const later = (findings: Finding[]) => branch(0, findings, { year: 2026, uncountable: { dues: 'laterYear', meetings: 'laterYear' } });

  it('a later year\'s ledger: says what could not be counted, not "台账建立完整、记录规范…落实较好"', () => {
    const doc = composeBranchReport(later([finding('C12', '提示', '三会一课')]), bank);
    const judgement = doc.preamble.map(text).at(-1)!;
    expect(judgement).toBe('从调研情况看，该支部报送的台账为2026年度，晚于统计截止日期，党费收缴情况和组织生活开展情况无法统计；其余台账未发现需要整改的问题。现将调研情况报告如下：');
    const warned = composeBranchReport(later([finding('C12', '提示', '三会一课'), finding('M06', '警告', '党员名册')]), bank);
    expect(warned.preamble.map(text).at(-1)).toContain('无法统计；发现问题2处，需要及时整改。');
    expect(allText(warned)).not.toContain('台账总体较为规范');
  });

  it('no readable month or date, or no due recorded: each said once in the judgement', () => {
    const gaps = branch(0, [finding('W02', '错误', '党费'), finding('W02', '错误', '三会一课')], { uncountable: { dues: 'month', meetings: 'date' } });
    expect(composeBranchReport(gaps, bank).preamble.map(text).at(-1)).toBe('从调研情况看，该支部党费收缴台账中没有可识别的缴费月份，“三会一课”记录中没有可识别的会议日期，党费收缴情况和组织生活开展情况无法统计；发现问题2处，需要及时整改。现将调研情况报告如下：');
    const noDue = branch(0, [finding('W02', '提示', '微信缴费记录')], { dues: { ...sampleDigests()[0].stats.dues, due: 0, paid: 13314, collected: 0, membersInArrears: 0 } });
    expect(composeBranchReport(noDue, bank).preamble.map(text).at(-1)).toBe('从调研情况看，该支部党费收缴台账未登记应交党费数额，党费收缴率无法统计；其余台账未发现需要整改的问题。现将调研情况报告如下：');
  });

  it('a bank copied before branch_uncounted existed judges by count as before', () => {
    const old = { ...bank, judgement: { ...bank.judgement, branchUncounted: null } };
    expect(composeBranchReport(later([finding('C12', '提示', '三会一课')]), old).preamble.map(text).join('')).toContain('台账建立完整、记录规范');
  });
});

describe('a branch report on an earlier year\'s ledger judged at a later cutoff (a 2024 workbook at --as-of 2025-12-31)', () => {
  const earlier = () => branch(0, [], { year: 2024, asOf: '2025-12-31' });

  it('says its figures are that year\'s and dates its dues at that year\'s end, not the cutoff', () => {
    const doc = composeBranchReport(earlier(), bank);
    expect(doc.preamble.map(text)[0]).toMatch(/统计截止日期为2025年12月31日。该支部的台账为2024年度，与本次调研的2025年度不同，其数字为台账所记年度的情况。$/);
    const dues = sectionText(doc, 0).find((p) => p.startsWith('第三，'))!;
    expect(dues).toMatch(/^第三，党费收缴情况。截至2024年12月31日，该支部应交党费/);
    // a ledger of the cutoff's own year reads as ever
    expect(composeBranchReport(branch(0, []), bank).preamble.map(text)[0]).not.toContain('台账为');
  });

  it('a summary over that one branch, speaking in the branch\'s voice, does not add the branch report\'s sentence', () => {
    const doc = composeSummaryReport([earlier()], bank);
    expect(allText(doc).split('台账为2024年度').length - 1).toBeLessThanOrEqual(1);
    expect(sectionText(doc, 0).find((p) => p.startsWith('第三，'))).toMatch(/^第三，党费收缴情况。截至2024年12月31日，/);
  });
});

describe('a summary with several branches of a later year\'s ledger (2026 workbooks at --as-of 2025-12-31)', () => {
  const later = (i: number) => branch(i, [finding('C12', '提示', '三会一课')], { year: 2026, uncountable: { dues: 'laterYear', meetings: 'laterYear' } });

  it('names them under 党费 and refers to them under 组织生活, not the same list twice', () => {
    const doc = composeSummaryReport([branch(0, []), branch(1, []), later(2), later(3)], bank);
    const names = [later(2).stats.branch, later(3).stats.branch];
    const point = (lead: string) => sectionText(doc, 0).find((p) => p.startsWith(lead))!;
    expect(point('第三，')).toContain(`${names.join('、')}2个支部的台账统计年度晚于统计截止日期，收缴率和欠交、少交情况无法统计，未计入上述统计。`);
    expect(point('第四，')).toContain('前述台账统计年度晚于统计截止日期的2个支部，组织生活开展情况也无法统计，未计入上述统计。');
    for (const n of names) expect(point('第四，')).not.toContain(n);
  });

  it('lists them under 组织生活 where the bank puts that point before 党费', () => {
    const points = [...bank.basics.points];
    const [d, m] = [points.findIndex((p) => p.id === 'dues'), points.findIndex((p) => p.id === 'meetings')];
    [points[d], points[m]] = [points[m], points[d]];
    const doc = composeSummaryReport([branch(0, []), branch(1, []), later(2), later(3)], { ...bank, basics: { ...bank.basics, points } });
    expect(sectionText(doc, 0).join('')).not.toContain('前述');
  });
});
