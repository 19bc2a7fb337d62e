import { mkdtemp, readFile, readdir, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTemplateDir, loadTemplateBank } from './load-template-bank.js';
import { ALL_RULES, parseTemplateBank } from './parse-template-bank.js';
import { TemplateError } from './template-error.js';

async function repoFiles(): Promise<{ name: string; text: string }[]> {
  const dir = defaultTemplateDir();
  const names = (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort();
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })));
}

/** Replace `from` (which must occur exactly once) in file `name`; returns the files and the 1-based line of the edit. */
async function edited(name: string, from: string, to: string) {
  const files = await repoFiles();
  const f = files.find((x) => x.name === name)!;
  const at = f.text.indexOf(from);
  expect(at, `“${from}” in ${name}`).toBeGreaterThanOrEqual(0);
  expect(f.text.indexOf(from, at + 1)).toBe(-1);
  f.text = f.text.slice(0, at) + to + f.text.slice(at + from.length);
  return { files, line: f.text.slice(0, at).split('\n').length };
}

function errorOf(fn: () => unknown): TemplateError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TemplateError) return e;
    throw e;
  }
  throw new Error('no TemplateError thrown');
}

describe('parseTemplateBank', () => {
  it('reads the repo bank: four basics points, every rule in exactly one problem family', async () => {
    const bank = await loadTemplateBank();
    expect(bank.basics.points.map((p) => p.id).sort()).toEqual(['dues', 'meetings', 'membership', 'organisation']);
    const rules = bank.problems.families.flatMap((f) => f.rules.map((r) => r.rule));
    expect(rules.slice().sort()).toEqual([...ALL_RULES].sort());
    expect(new Set(rules).size).toBe(rules.length);
    expect(bank.title.summary.text).toBe('关于{范围}机关党建工作（党支部台账）情况的调研报告');
    expect(bank.measures.items.some((m) => m.when.length === 0)).toBe(true);
  });

  it('names file, line and key of an unknown placeholder', async () => {
    const { files, line } = await edited('problems.yaml', '      lead: 党费收缴管理不够严格。', '      lead: 党费收缴管理不够严格{党费总额}。');
    const e = errorOf(() => parseTemplateBank(files));
    expect(e.location).toEqual({ file: 'problems.yaml', line, key: 'problems.families.5.lead' });
    expect(e.message).toContain('problems.yaml');
    expect(e.message).toContain(`第 ${line} 行`);
    expect(e.message).toContain('problems.families.5.lead');
    expect(e.message).toContain('{党费总额}');
  });

  it('rejects a placeholder used where it has no value (summary-only figure in the branch preamble)', async () => {
    const { files, line } = await edited('frame.yaml', '对{支部名称}的党建工作台账', '对{支部名称}等{存在问题支部数}个支部的党建工作台账');
    const e = errorOf(() => parseTemplateBank(files));
    expect(e.location).toMatchObject({ file: 'frame.yaml', line, key: 'preamble.branch.1' });
  });

  it('rejects a broken placeholder (unbalanced braces)', async () => {
    const { files, line } = await edited('basics.yaml', '{新发展党员情况}，{离退休党员情况}。\n      branch', '{新发展党员情况，{离退休党员情况}。\n      branch');
    const e = errorOf(() => parseTemplateBank(files));
    expect(e.location).toMatchObject({ file: 'basics.yaml', line, key: 'basics.points.2.summary' });
    expect(e.message).toContain('括号不成对');
  });

  it('reports YAML syntax errors with their line', async () => {
    const { files, line } = await edited('causes.yaml', '  intro: 分析上述问题', '  intro: [分析上述问题');
    const e = errorOf(() => parseTemplateBank(files));
    expect(e.location.file).toBe('causes.yaml');
    expect(e.location.line).toBeGreaterThanOrEqual(line);
    expect(e.message).toContain('YAML 格式错误');
  });

  it('points an unclosed quote at the line that opens it, in Chinese words only', async () => {
    const { files, line } = await edited('basics.yaml', '      lead: 党费收缴情况。', '      lead: "党费收缴情况。');
    const e = errorOf(() => parseTemplateBank(files));
    expect(e.location).toMatchObject({ file: 'basics.yaml', line });
    expect(e.message).toContain('引号没有配对');
    expect(e.message).not.toMatch(/[A-Z]{2,}_[A-Z]+/);
    const tab = await edited('causes.yaml', '  intro: 分析上述问题', '\tintro: 分析上述问题');
    const t = errorOf(() => parseTemplateBank(tab.files));
    expect(t.message).toContain('Tab');
    expect(t.message).not.toMatch(/[A-Z]{2,}_[A-Z]+/);
  });

  it('explains a text starting with a brace and a duplicate key', async () => {
    const brace = await edited('frame.yaml', 'report_intro: 现将调研情况报告如下：', 'report_intro: {调研依据}，现将调研情况报告如下：');
    const e = errorOf(() => parseTemplateBank(brace.files));
    expect(e.location).toMatchObject({ file: 'frame.yaml', line: brace.line });
    expect(e.message).toContain('以“{”开头的文字要加英文双引号');
    const dup = await edited('frame.yaml', '  causes: 问题成因\n', '  causes: 问题成因\n  causes: 原因分析\n');
    const d = errorOf(() => parseTemplateBank(dup.files));
    expect(d.location).toMatchObject({ file: 'frame.yaml', line: dup.line + 1 });
    expect(d.message).toContain('两个相同的键');
  });

  it('requires every rule to belong to a family and rejects unknown rule IDs', async () => {
    const dropped = await edited('problems.yaml', '        W03: 日期、金额、人数等栏目填写不规范、无法识别\n', '');
    expect(errorOf(() => parseTemplateBank(dropped.files)).message).toContain('W03');
    const unknown = await edited('problems.yaml', '        W03: 日期', '        X99: 日期');
    const e = errorOf(() => parseTemplateBank(unknown.files));
    expect(e.message).toContain('X99');
    expect(e.location.line).toBe(unknown.line);
  });

  it('rejects unknown keys, unknown families in when, duplicate keys across files and missing keys', async () => {
    const typo = await edited('frame.yaml', 'report_intro:', 'report_intra:');
    expect(errorOf(() => parseTemplateBank(typo.files)).location).toMatchObject({ file: 'frame.yaml', line: typo.line, key: 'report_intra' });

    const when = await edited('causes.yaml', 'when: [meetings, development]', 'when: [money, development]');
    expect(errorOf(() => parseTemplateBank(when.files)).message).toContain('money');

    const files = await repoFiles();
    files.push({ name: 'extra.yaml', text: 'closing:\n  - 此致\n' });
    const dup = errorOf(() => parseTemplateBank(files));
    expect(dup.location).toMatchObject({ file: 'extra.yaml', line: 2, key: 'closing' });
    expect(dup.message).toContain('frame.yaml');

    const noHeading = await edited('frame.yaml', '  causes: 问题成因\n', '');
    expect(errorOf(() => parseTemplateBank(noHeading.files)).location.key).toBe('headings.causes');
  });

  it('reads a bank written before the per-branch forms: each of them is optional', async () => {
    const strip = (name: string, text: string): string => {
      let t = text;
      if (name === 'problems.yaml') t = t.replace(/ {8}W01:\n {10}summary: (.*)\n {10}branch: .*\n/, '        W01: $1\n');
      if (name === 'measures.yaml') t = t.replace(/ {6}branch_points:\n(( {8}.*)?\n)+/g, '');
      return t.split('\n').filter((l) => !/^\s*(branch_basis|branch_incomplete|branch_missing|intro_none|branch_lead|summary_parent|own_basis):/.test(l)
        && !(name === 'causes.yaml' && /^ {6}branch:/.test(l))).join('\n');
    };
    const old = parseTemplateBank((await repoFiles()).map((f) => ({ name: f.name, text: strip(f.name, f.text) })));
    expect(old.defaults.branchBasis).toBeNull();
    expect(old.judgement.branchIncomplete).toBeNull();
    expect(old.basics.closingBranchIncomplete).toBeNull();
    expect(old.basics.points.map((p) => p.branchMissing)).toEqual([null, null, null, null]);
    expect(old.problems.families.flatMap((f) => f.rules).every((r) => r.branchPhrase === null)).toBe(true);
    expect(old.causes.items.every((c) => c.branch === null)).toBe(true);
    expect(old.measures.introNone).toBeNull();
    expect(old.title.summaryParent).toBeNull();
    expect(old.defaults.ownBasis).toBeNull();
    expect(old.measures.items.every((m) => m.branchLead === null && m.branchPoints === null)).toBe(true);
    // and the repo bank has them all
    const bank = await loadTemplateBank();
    expect(bank.defaults.branchBasis?.text).toBe('根据{上级党组织}年度工作安排');
    expect(bank.title.summaryParent?.text).toBe('关于{上级党组织}所属党支部建设情况的调研报告');
    expect(bank.defaults.ownBasis?.text).toBe('根据年度工作安排');
    expect(bank.measures.items.find((m) => m.when.includes('organisation'))!.branchPoints!.some((p) => p.when.includes('B03'))).toBe(true);
  });

  it('reads judgement.branch_uncounted, and a copy without it (made before it existed) as null', async () => {
    const bank = await loadTemplateBank();
    expect(bank.judgement.branchUncounted!.map((j) => j.maxCount)).toEqual([0, Number.POSITIVE_INFINITY]);
    expect(bank.judgement.branchUncounted![0].text.text).toContain('{无法统计情况}');
    const old = (await repoFiles()).map((f) => ({ ...f, text: f.name === 'frame.yaml' ? f.text.replace(/\n  branch_uncounted:\n(    .*\n)+/, '\n') : f.text }));
    expect(old.find((f) => f.name === 'frame.yaml')!.text).not.toContain('branch_uncounted');
    expect(parseTemplateBank(old).judgement.branchUncounted).toBeNull();
  });

  it('takes a rule ID in when, and rejects an unknown one', async () => {
    const ok = await edited('causes.yaml', 'when: [B05]', 'when: [B03, B05]');
    expect(parseTemplateBank(ok.files).causes.items.find((c) => c.when.includes('B05'))!.when).toEqual(['B03', 'B05']);
    const bad = await edited('causes.yaml', 'when: [B05]', 'when: [B99]');
    const e = errorOf(() => parseTemplateBank(bad.files));
    expect(e.message).toContain('B99');
    expect(e.location.line).toBe(bad.line);
  });

  it('reads a copy that Notepad saved as ANSI (GBK) like the UTF-8 original', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dj-bank-gbk-'));
    try {
      await cp(defaultTemplateDir(), dir, { recursive: true });
      const utf8 = await loadTemplateBank(dir);
      const { execFileSync } = await import('node:child_process');
      const gbk = execFileSync('iconv', ['-f', 'utf-8', '-t', 'gbk'], { input: await readFile(join(dir, 'frame.yaml')) });
      await writeFile(join(dir, 'frame.yaml'), gbk);
      expect(await loadTemplateBank(dir)).toEqual(utf8);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('loads a user copy from a folder and names the full path of a broken file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dangjian-tpl-'));
    await cp(defaultTemplateDir(), dir, { recursive: true });
    const bank = await loadTemplateBank(dir);
    expect(bank.problems.families.length).toBeGreaterThan(0);
    const p = join(dir, 'measures.yaml');
    await writeFile(p, (await readFile(p, 'utf8')).replace('intro: 针对上述问题', 'intro: 针对{问题类别}'));
    await expect(loadTemplateBank(dir)).rejects.toThrow(p);
    await expect(loadTemplateBank(join(dir, 'nope'))).rejects.toBeInstanceOf(TemplateError);
  });

  it('reads the intake sentences and checks their placeholders', async () => {
    const bank = await loadTemplateBank();
    expect(bank.intake?.allRead.text).toBe('本次共收到党支部台账工作簿{收到工作簿数}份，均已读取并纳入统计。');
    const { files, line } = await edited('intake.yaml', '{无法读取数}份无法读取', '{无法读取数}份无法读取，{支部名称}');
    const e = errorOf(() => parseTemplateBank(files));
    expect(e.location).toEqual({ file: 'intake.yaml', line, key: 'intake.some_unreadable' });
  });

  it('gives a copy made before intake.yaml existed the default intake sentences', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dangjian-tpl-old-'));
    await cp(defaultTemplateDir(), dir, { recursive: true });
    await rm(join(dir, 'intake.yaml'));
    const bank = await loadTemplateBank(dir);
    expect(bank.intake?.someUnreadable.text).toContain('{无法读取原因}');
    expect(parseTemplateBank((await repoFiles()).filter((f) => f.name !== 'intake.yaml')).intake).toBeNull();
  });
});

describe('templates/report/README.md', () => {
  it('documents every placeholder the bank accepts', async () => {
    const { varsFor } = await import('./template-vars.js');
    const readme = await readFile(join(defaultTemplateDir(), 'README.md'), 'utf8');
    const all = new Set(['family-summary', 'family-branch', 'example', 'intake'].flatMap((c) => [...varsFor(c as 'example')]));
    for (const v of all) expect(readme, v).toContain(`{${v}}`);
  });
});
