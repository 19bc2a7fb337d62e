/**
 * Every figure and name the reports of a `dangjian report` run state, checked against
 * `dangjian check --json` on the same files (README 统计口径, DOMAIN.md §4): what customers'
 * acceptance does by hand. Returns the disagreements, one line each; [] when all agree.
 * Only the JSON contract and the input are trusted: nothing here reuses the report code's sums.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import type { TemplateBank } from '../../generator/report/template-bank.js';
// which names are one branch (第一党支部 = 第1党支部, README) is a definition, not a figure: taken as is
import { branchKey } from '../../ledger/values/branch-key.js';
import { allText, docxBlocks, paragraphs, tables, type DocBlock } from './docx-blocks.js';

export interface JsonFinding { rule: string; severity: string; sheet: string | null; cell: string | null; row: number | null; period: string | null; member: string | null; message: string }
export interface JsonFile {
  file: string; branch: string; error: { code: string; message: string } | null;
  findings?: JsonFinding[];
  stats?: { members: { total: number; full: number; probationary: number }; dues: { due: number; paid: number }; meetings: Record<string, number> };
}

const TYPE_LABELS: [string, string, string | null][] = [
  // type, label, the rule that reports each missed period of it (C04 also reports a secretary who never lectured)
  ['general', '支部党员大会', 'C01'], ['committee', '支委会', 'C02'], ['group', '党小组会', 'C03'], ['lecture', '党课', 'C04'],
  ['themeDay', '主题党日', 'C05'], ['lifeMeeting', '组织生活会', 'C06'], ['review', '民主评议党员', 'C07'],
];
const SEVERITIES = ['错误', '警告', '提示'];

/**
 * A share as the reports state it: one decimal, except that a part short of the whole never reads
 * 100.0% and a part above nothing never 0.0% (a 收缴率 beside arrears is below 100%, README 统计口径).
 */
function pct(part: number, whole: number): string {
  if (!(whole > 0)) return '—';
  let t = Math.round((part / whole) * 1000);
  if (part > 0 && part < whole) t = Math.min(999, Math.max(1, t));
  return `${(t / 10).toFixed(1)}%`;
}
/**
 * Shares of one whole as the reports state them side by side (年龄结构, 学历结构): tenths given out by
 * the largest remainder, so they add up to 100.0%, a part above nothing at least 0.1% (taken from the
 * largest). `counts` are the non-empty groups; an empty one never gets a tenth, so leaving it out changes nothing.
 */
function wholeShares(counts: number[], total: number): string[] {
  const raw = counts.map((n) => (n * 1000) / total);
  const t = raw.map(Math.floor);
  const spare = 1000 - sum(t);
  const rank = counts.map((_, i) => i).sort((a, b) => (raw[b] - t[b]) - (raw[a] - t[a]) || a - b);
  for (let k = 0; k < spare; k++) t[rank[k]]++;
  for (let i = 0; i < t.length; i++) {
    if (counts[i] > 0 && t[i] === 0) { t[t.indexOf(Math.max(...t))]--; t[i] = 1; }
  }
  return t.map((x) => `${(x / 10).toFixed(1)}%`);
}
const yuan = (x: number) => (Math.round(x * 100) / 100).toFixed(2);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const cents = (x: number) => Math.round(x * 100);
const num = (s: string) => Number(s.replace(/,/g, ''));
const FULL_ID = /(?<![0-9])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9])/;

/** Members with a month unpaid or short, as D03/D04 report them (dues-stats: the arrears agree with the findings). */
const inArrears = (f: JsonFile) => new Set((f.findings ?? []).filter((x) => x.rule === 'D03' || x.rule === 'D04').map((x) => x.member ?? x.message)).size;
const countRule = (fs: JsonFile[], rule: string) => sum(fs.map((f) => (f.findings ?? []).filter((x) => x.rule === rule).length));

/** The last workbook of each branch in file-name order is the one the summary counts (README). */
export function countedFiles(files: JsonFile[]): JsonFile[] {
  const read = files.filter((f) => !f.error);
  const last = new Map<string, JsonFile>();
  for (const f of [...read].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) last.set(branchKey(f.branch), f);
  return read.filter((f) => last.get(branchKey(f.branch)) === f);
}

class Checker {
  problems: string[] = [];
  constructor(private where: string) {}
  eq(what: string, got: unknown, want: unknown) {
    if (JSON.stringify(got) === JSON.stringify(want)) return;
    if (Array.isArray(got) && Array.isArray(want) && want.length > 8) {
      // long lists: only what differs
      const extra = got.filter((x) => !want.includes(x)), missing = want.filter((x) => !got.includes(x));
      this.problems.push(`${this.where}: ${what}: ${got.length} in the report, ${want.length} in the JSON; only in the report ${JSON.stringify(extra)}, only in the JSON ${JSON.stringify(missing)}`);
    } else this.problems.push(`${this.where}: ${what}: report ${JSON.stringify(got)}, JSON ${JSON.stringify(want)}`);
  }
  ok(what: string, cond: boolean) { if (!cond) this.problems.push(`${this.where}: ${what}`); }
  /** The first match of `re` in the paragraphs, or a problem. */
  find(ps: string[], re: RegExp, what: string): RegExpMatchArray | null {
    for (const p of ps) { const m = p.match(re); if (m) return m; }
    this.problems.push(`${this.where}: no ${what} (${re})`);
    return null;
  }
}

function tableByHeader(blocks: DocBlock[], first: string) {
  return tables(blocks).find((t) => t.rows[0]?.[0] === first && t.rows[0].length > 1);
}

/** A table's 合计 row equals the sum of its rows, column by column, for the columns given. */
function checkTotals(c: Checker, name: string, rows: string[][], cols: number[], money = false) {
  const body = rows.slice(1, -1).filter((r) => !r.includes('未报送'));
  const total = rows[rows.length - 1];
  c.eq(`${name} last row`, total[0], '合计');
  for (const col of cols) {
    // "—": not known for that row (members in arrears where no payment could be read), adds nothing
    const cells = body.map((r) => r[col]).filter((x) => x !== '—');
    const s = money ? yuan(sum(cells.map((x) => cents(num(x)))) / 100) : String(sum(cells.map(num)));
    c.eq(`${name} 合计 of column ${rows[0][col]}`, total[col], s);
  }
}

/** "35岁及以下205名（占27.5%）、…": each count, its share of `total`, and the counts add up. */
function checkShares(c: Checker, what: string, text: string, total: number) {
  const parts = [...text.matchAll(/([^、，；：（）]+?)(\d+)名（占(\d+\.\d)%）/g)];
  c.ok(`${what}: no shares found in "${text}"`, parts.length > 0);
  // the shares of one whole, rounded together (largest remainder): 100.0% in all, not 99.9% or 100.1%
  const expected = wholeShares(parts.map((p) => Number(p[2])), total);
  parts.forEach(([, label, , share], i) => c.eq(`${what} ${label} share`, `${share}%`, expected[i]));
  c.eq(`${what} counts add up to the members`, sum(parts.map((p) => Number(p[2]))), total);
  const shares = sum(parts.map((p) => Math.round(Number(p[3]) * 10)));
  c.eq(`${what} shares add up to 100.0%`, shares, 1000);
}

/**
 * 表3 and the sentence before it: 实开次数 per type as the JSON counts them; 应开 less 按期 as many as the
 * rule reporting each missed period found (C01–C07; C04 also reports a secretary who never lectured);
 * each 完成率 and the overall 按期完成率 of the periods. `expected` false: no 表3 is right (no meetings ledger).
 */
function checkMeetings(c: Checker, blocks: DocBlock[], files: JsonFile[], expected = true) {
  const ps = paragraphs(blocks);
  const t3 = tableByHeader(blocks, '会议类型');
  if (!t3) { c.ok('no 表3', !expected); return; }
  let req = 0, met = 0;
  for (const [type, label, rule] of TYPE_LABELS) {
    const r = t3.rows.find((x) => x[0] === label);
    const held = sum(files.map((f) => f.stats!.meetings[type] ?? 0));
    if (!r) { c.eq(`表3 ${label} missing but held`, held, 0); continue; }
    c.eq(`表3 ${label} 实开次数`, Number(r[3]), held);
    c.eq(`表3 ${label} 完成率`, r[4], pct(Number(r[2]), Number(r[1])));
    const missed = Number(r[1]) - Number(r[2]);
    if (rule === 'C04') c.ok(`表3 党课: ${missed} periods missed, but only ${countRule(files, 'C04')} C04`, missed <= countRule(files, 'C04'));
    else if (rule) c.eq(`表3 ${label} periods missed = ${rule} findings`, missed, countRule(files, rule));
    const s = ps.join('\n').match(new RegExp(`${label}应开(\\d+)期、(?:按期开展(\\d+)期|未按期开展)`));
    // the sentence names the types with periods due (a year not yet ended owes no 组织生活会)
    if (s || r[1] !== '0') c.eq(`${label} sentence = 表3`, s ? [s[1], s[2] ?? '0'] : null, [r[1], r[2]]);
    req += Number(r[1]); met += Number(r[2]);
  }
  const all = ps.join('\n').match(/按期完成率(\d+\.\d%)/);
  if (req > 0) c.eq('按期完成率', all?.[1], pct(met, req));
}

/** 第二 党员队伍结构: sex, age and education, each count a share of the members, the counts adding up. */
function checkMembership(c: Checker, text: string, total: number) {
  const m = text.match(/从性别看，(男党员(\d+)名，女党员(\d+)名，女党员占(\d+\.\d%)|[^；]*)；从年龄看，(.+?)；从学历看，(.+?)，(大专及以上学历(\d+)名，占(\d+\.\d%)|大专及以上学历人数不详|无大专及以上学历党员)/);
  if (!m) { c.ok('no membership sentence', false); return; }
  if (m[2]) {
    c.eq('female share', m[4], pct(Number(m[3]), total));
    c.eq('male + female', Number(m[2]) + Number(m[3]), total);
  }
  checkShares(c, '年龄', m[5], total);
  checkShares(c, '学历', m[6], total);
  const college = sum([...m[6].matchAll(/(研究生|大学本科|大专)(\d+)名/g)].map((x) => Number(x[2])));
  if (m[8]) c.eq('大专及以上', [Number(m[8]), m[9]], [college, pct(college, total)]);
  else c.eq('大专及以上 (none stated)', college, 0);
}

/** 二、存在的问题: each family's count, its rules' counts, its branches and their share. */
function checkProblems(c: Checker, ps: string[], files: JsonFile[], bank: TemplateBank, summary: boolean) {
  for (const fam of bank.problems.families) {
    const rules = fam.rules.map((r) => r.rule);
    const hit = files.filter((f) => (f.findings ?? []).some((x) => rules.includes(x.rule as never)));
    const count = sum(rules.map((r) => countRule(files, r)));
    const lead = fam.lead.text;
    const p = ps.find((x) => x.includes(lead));
    if (count === 0) { c.ok(`problem "${lead}" stated with no findings`, p == null); continue; }
    if (!p) { c.ok(`problem "${lead}" (${count} findings) missing`, false); continue; }
    const whole = p.match(/共(\d+)处/);
    c.eq(`"${lead}" 共…处`, whole && Number(whole[1]), count);
    // every rule of the family with findings, with its own count, and no other; a lone rule's count is the family's
    const stated = [...p.matchAll(/（(\d+)处）/g)].map((m) => Number(m[1]));
    const perRule = rules.map((r) => countRule(files, r)).filter((n) => n > 0);
    c.eq(`"${lead}" per-rule counts`, stated, perRule.length > 1 ? perRule : []);
    if (summary) {
      const names = p.match(/涉及(.+)。$/)?.[1].split('、') ?? [];
      c.eq(`"${lead}" branches named`, names, hit.map((f) => f.branch));
      const spread = p.match(/有(\d+)个支部存在此类问题，占(\d+\.\d%)/);
      c.eq(`"${lead}" branch count and share`, spread && [Number(spread[1]), spread[2]], [hit.length, pct(hit.length, files.length)]);
    }
  }
}

/** The annex of findings: one row per finding of the files, in any order, place and rule as the JSON. */
function checkAnnex(c: Checker, blocks: DocBlock[], files: JsonFile[], withBranch: boolean) {
  const want = files.flatMap((f) => (f.findings ?? []).map((x) => [
    ...(withBranch ? [f.branch] : []), x.sheet ?? '（整个工作簿）',
    x.cell ?? (x.row != null ? `第${x.row}行` : x.period ? periodText(x.period) : '—'), `${x.rule}\n${x.severity}`,
  ].join('|')));
  const t = tables(blocks).find((x) => x.rows[0]?.[0] === '序号' && x.rows[0].includes('规则'));
  if (want.length === 0) { c.ok('annex of findings without findings', t == null); return; }
  if (!t) { c.ok('no annex of findings', false); return; }
  const rows = t.rows.slice(1);
  c.eq('annex numbering', rows.map((r) => r[0]), rows.map((_, i) => String(i + 1)));
  const got = rows.map((r) => r.slice(1, withBranch ? 5 : 4).join('|'));
  c.eq('annex rows', [...got].sort(), [...want].sort());
  // each 问题说明 is a finding's own message (less the place the columns already give): no name or
  // figure of its own
  const messages = files.flatMap((f) => (f.findings ?? []).map((x) => x.message));
  for (const r of rows) {
    const m = r[r.length - 1];
    c.ok(`annex row ${r[0]}: "${m.slice(0, 40)}…" is no finding's message`, messages.some((x) => x.endsWith(m)));
  }
}

function periodText(p: string): string {
  const [y, rest] = p.split('-');
  if (!rest) return `${y}年`;
  if (rest.startsWith('Q')) return `${y}年第${'一二三四'[Number(rest[1]) - 1]}季度`;
  return `${y}年${Number(rest)}月`;
}

/**
 * The dues sentence after 各支部/该支部: due, paid, rate, then the surplus and the dues of months whose
 * payment could not be read (W03) that the rate leaves out, where the report names them.
 */
const duesSentence = (who: string) => new RegExp(`${who}应交党费(\\d+\\.\\d\\d)元，实交党费(\\d+\\.\\d\\d)元，收缴率(\\d+\\.\\d%|—)`
  + '(?:（(?:按各月应交额中已交足的部分计算，部分月份超出应交额的(\\d+\\.\\d\\d)元[^；）]*)?；?(?:另有应交党费(\\d+\\.\\d\\d)元所涉月份的实交金额无法读取[^）]*)?）)?');
/** Whether a workbook has a cell W03 could not read: the only cause of dues left out as unreadable. */
const hasW03 = (fs: JsonFile[]) => fs.some((f) => (f.findings ?? []).some((x) => x.rule === 'W03'));

/**
 * Dues: the stated rate is collected ÷ (due − unread) where collected = paid − the surplus the report
 * names and unread the dues it names as not readable (README 统计口径).
 */
function checkRate(c: Checker, what: string, rate: string, f: { due: number; paid: number; arrears: number; w03?: boolean }, surplus: number | null, unread = 0) {
  // no rate: nothing due, or (a table row) no payment of the branch could be read
  if (rate === '—') return c.ok(`${what} rate — beside ${f.due} due`, f.due === 0 || f.w03 === true);
  if (surplus != null) c.eq(`${what} rate = (paid − surplus) / (due − unread)`, rate, pct(cents(f.paid) - cents(surplus), cents(f.due) - cents(unread)));
  if (f.due > 0) {
    c.ok(`${what} rate ${rate} over 100%`, Number(rate.replace('%', '')) <= 100);
    // README: "有党员欠交、少交时必低于 100%"
    if (f.arrears > 0) c.ok(`${what} rate ${rate} reads 100% beside ${f.arrears} members in arrears`, Number(rate.replace('%', '')) < 100);
    // a rate over the readable months only (unread stated) is bounded by what was paid of those; a table row
    // (surplus null) of a branch with unreadable cells does not state how much was left out: not bounded here
    const base = f.due - unread;
    if (surplus != null || !f.w03) c.ok(`${what} rate ${rate} above what was paid`, Number(rate.replace('%', '')) <= Number(pct(Math.min(f.paid, base), base).replace('%', '')));
  }
}

export function checkSummary(outDir: string, json: { files: JsonFile[] }, bank: TemplateBank): string[] {
  const c = new Checker('汇总调研报告');
  const blocks = docxBlocks(join(outDir, '汇总调研报告.docx'));
  const ps = paragraphs(blocks);
  const files = json.files;
  const read = files.filter((f) => !f.error);
  const counted = countedFiles(files);
  const st = (f: JsonFile) => f.stats!;
  const members = { total: sum(counted.map((f) => st(f).members.total)), full: sum(counted.map((f) => st(f).members.full)), probationary: sum(counted.map((f) => st(f).members.probationary)) };

  // intake
  const unreadable = files.length - read.length;
  if (unreadable) {
    const m = c.find(ps, /本次共收到党支部台账工作簿(\d+)份，其中(\d+)份读取成功；(\d+)份无法读取（([^）]*(?:）[^）]*)*?)），/, 'intake sentence');
    if (m) {
      c.eq('workbooks received / read / unreadable', [m[1], m[2], m[3]].map(Number), [files.length, read.length, unreadable]);
      c.eq('unreadable by reason add up', sum([...m[4].matchAll(/(\d+)份/g)].map((x) => Number(x[1]))), unreadable);
    }
  } else {
    const m = c.find(ps, /本次共收到党支部台账工作簿(\d+)份/, 'intake sentence');
    if (m) c.eq('workbooks received', Number(m[1]), files.length);
  }
  // branches sent more than once (by key), each named as its first workbook writes it
  const sameAs = (b: string) => read.filter((f) => branchKey(f.branch) === branchKey(b));
  const dupe = [...new Set(read.map((f) => branchKey(f.branch)))].map((k) => sameAs(read.find((f) => branchKey(f.branch) === k)!.branch))
    .filter((g) => g.length > 1).map((g) => g[0].branch);
  for (const b of dupe) {
    const m = c.find(ps, new RegExp(`${b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}报送了(\\d+)份台账（([^）]+)）`), `duplicate sentence for ${b}`);
    // many files of one branch are named as the first few and "等"
    const names = m?.[2].replace(/等$/, '').split('、') ?? [];
    if (m) c.eq(`${b} sent`, [Number(m[1]), names], [sameAs(b).length, sameAs(b).map((f) => basename(f.file)).slice(0, m[2].endsWith('等') ? names.length : undefined)]);
  }
  const isDupe = (f: JsonFile) => dupe.some((b) => branchKey(b) === branchKey(f.branch));
  // a summary over one branch speaks of that branch, as its own report does (compose-report.ts `voice`)
  if (counted.length === 1) return [...c.problems, ...checkBranch(join(outDir, '汇总调研报告.docx'), counted[0], bank, undefined, true)];

  // preamble and 一、基本情况 第一
  // "对14个党支部", or where all name one 上级党组织 "对中共××委员会所属14个党支部"
  const pre = c.find(ps, /对(?:[^，。]*?所属)?(\d+)个党支部的党建工作台账进行了调研，涉及党员(\d+)名/, 'preamble scope');
  if (pre) c.eq('preamble branches / members', [Number(pre[1]), Number(pre[2])], [counted.length, members.total]);
  // 存在问题: a finding to correct, an error or a warning (a 提示 alone only asks to check), as the branch report judges
  const withFindings = counted.filter((f) => (f.findings ?? []).some((x) => x.severity !== '提示')).length;
  // the bank's judgements: "也有3个支部的台账存在…" (few), "有11个支部（占35.5%）的台账存在…", "…（占60.0%）存在…"; none where none has
  const judged = withFindings === 0 ? null : c.find(ps, /(\d+)个支部(?:（占(\d+\.\d%)）)?(?:的台账)?存在/, 'preamble judgement');
  if (judged) c.eq('branches with problems (preamble)', [Number(judged[1]), judged[2] ?? pct(withFindings, counted.length)], [withFindings, pct(withFindings, counted.length)]);
  const org = c.find(ps, /本次调研的(\d+)个党支部共有党员(\d+)名，(?:其中正式党员(\d+)名、预备党员(\d+)名|均为正式党员)/, 'members sentence');
  if (org) {
    const full = org[3] ?? org[2], probationary = org[4] ?? '0';
    c.eq('branches / members / full / probationary', [org[1], org[2], full, probationary].map(Number), [counted.length, members.total, members.full, members.probationary]);
  }

  // 表1
  const t1 = tableByHeader(blocks, '支部');
  if (t1) {
    const body = t1.rows.slice(1, -1);
    c.eq('表1 branches', body.map((r) => r[0]), counted.map((f) => f.branch));
    for (const f of counted) {
      const r = body.find((x) => x[0] === f.branch);
      if (r) c.eq(`表1 ${f.branch}`, [r[1], r[2], r[4]], [String(st(f).members.total), `${st(f).members.full}/${st(f).members.probationary}`, String((f.findings ?? []).length)]);
    }
    checkTotals(c, '表1', t1.rows, [1, 4]);
    const total = t1.rows[t1.rows.length - 1];
    c.eq('表1 合计 正式/预备', total[2], `${members.full}/${members.probationary}`);
    const committees = body.filter((r) => r[3].startsWith('已设')).length;
    c.eq('表1 合计 支委会', total[3], committees ? `已设${committees}个` : '均未设');
    const cm = ps.join('\n').match(/设立支部委员会的支部(\d+)个，未设支部委员会、由支部书记负责的支部(\d+)个/);
    if (cm) c.eq('committees sentence', [Number(cm[1]), Number(cm[2])], [committees, counted.length - committees]);
  } else c.ok('no 表1', false);

  // 第二 membership structure
  checkMembership(c, ps.join('\n'), members.total);

  // 第三 dues and 表2
  const due = sum(counted.map((f) => cents(st(f).dues.due))) / 100, paid = sum(counted.map((f) => cents(st(f).dues.paid))) / 100;
  const arrears = sum(counted.map(inArrears));
  const ds = c.find(ps, duesSentence('各支部'), 'dues sentence');
  if (ds) {
    c.eq('dues due / paid', [ds[1], ds[2]], [yuan(due), yuan(paid)]);
    checkRate(c, 'summary', ds[3], { due, paid, arrears }, ds[4] ? Number(ds[4]) : 0, ds[5] ? Number(ds[5]) : 0);
    c.ok('summary: dues left out as unreadable without a W03', !ds[5] || hasW03(counted));
  }
  const ar = ps.join('\n').match(/有欠交、少交月份的党员(\d+)名/);
  c.eq('members in arrears (sentence)', ar ? Number(ar[1]) : 0, arrears);
  const t2 = tableByHeader(blocks, '支部') && tables(blocks).find((t) => t.rows[0][1] === '应交（元）');
  if (t2) {
    const body = t2.rows.slice(1, -1);
    c.eq('表2 branches', body.map((r) => r[0]), counted.map((f) => f.branch));
    for (const f of counted) {
      const r = body.find((x) => x[0] === f.branch);
      if (!r || r[1] === '未报送') continue;
      // no payment readable, or no due recorded: neither a rate nor a count of members in arrears
      const unknown = r[3] === '—' && r[4] === '—' && (hasW03([f]) || st(f).dues.due === 0);
      c.eq(`表2 ${f.branch} due / paid / arrears`, [r[1], r[2], r[4]], [yuan(st(f).dues.due), yuan(st(f).dues.paid), unknown ? '—' : String(inArrears(f))]);
      checkRate(c, `表2 ${f.branch}`, r[3], { due: st(f).dues.due, paid: st(f).dues.paid, arrears: inArrears(f), w03: hasW03([f]) }, null);
    }
    checkTotals(c, '表2', t2.rows, [1, 2], true);
    checkTotals(c, '表2', t2.rows, [4]);
    if (ds) c.eq('表2 合计 rate = the sentence', t2.rows[t2.rows.length - 1][3], ds[3]);
    // the branches named as paying in full read 100.0% and nobody in arrears in 表2
    const named = ps.join('\n').match(/其中，(.+?)(?:等\d+个支部)?党费按月足额收缴/)?.[1].split('、') ?? [];
    for (const b of named) {
      const r = body.find((x) => x[0] === b);
      c.ok(`${b} named as paying in full, but 表2 reads ${r?.slice(3).join(' / ')}`, r != null && r[3] === '100.0%' && r[4] === '0');
    }
    const full = ps.join('\n').match(/按月足额交纳的支部(\d+)个/);
    if (full) c.eq('branches paying in full', Number(full[1]), body.filter((r) => r[4] === '0' && r[3] === '100.0%').length);
  } else c.ok('no 表2', false);

  // 第四 meetings and 表3
  checkMeetings(c, blocks, counted);

  // 二、存在的问题
  const all = counted.flatMap((f) => f.findings ?? []);
  // "涉及3个支部", "错误和警告涉及3个支部" where 提示 at other branches are among the findings
  const pm = c.find(ps, /共发现台账问题(\d+)处，(.*?)，(?:错误|警告|和)*涉及(\d+)个支部，占调研支部总数的(\d+\.\d%)/, 'problems total');
  if (pm) {
    c.eq('findings total', Number(pm[1]), all.length);
    for (const s of SEVERITIES) c.eq(`findings ${s}`, Number(pm[2].match(new RegExp(`${s}(\\d+)处`))?.[1] ?? 0), all.filter((x) => x.severity === s).length);
    c.eq('branches with problems', [Number(pm[3]), pm[4]], [withFindings, pct(withFindings, counted.length)]);
  }
  checkProblems(c, ps, counted, bank, true);
  checkGoodExamples(c, ps, counted);
  checkAnnex(c, blocks, counted, true);
  // 报送工作簿情况说明: every unreadable workbook and every one of a branch sent twice; any other only
  // for its 统计截止日期 (judged at another date: without --as-of)
  const t = tables(blocks).find((x) => x.rows[0]?.join('|') === '序号|文件|支部|情况说明');
  const rows = t?.rows.slice(1) ?? [];
  const listed = files.filter((f) => f.error || isDupe(f)).map((f) => basename(f.file));
  c.eq('报送工作簿情况说明 files', rows.map((r) => r[1]).filter((n) => listed.includes(n)), listed);
  for (const r of rows) {
    const f = files.find((x) => basename(x.file) === r[1]);
    if (!f) c.ok(`报送工作簿情况说明 ${r[1]} is no workbook of the input`, false);
    else if (f.error) c.ok(`报送工作簿情况说明 ${r[1]} not said unreadable`, r[3].startsWith('无法读取'));
    else if (isDupe(f)) c.ok(`报送工作簿情况说明 ${r[1]}: counted is ${counted.includes(f)}, but "${r[3]}"`, r[3].includes(counted.includes(f) ? '汇总计入此份' : '未计入汇总'));
    else c.ok(`报送工作簿情况说明 ${r[1]} listed for "${r[3]}"`, r[3].includes('统计截止日期'));
  }
  checkNoFullId(c, allText(blocks));
  return c.problems;
}

/**
 * Branches named as good examples ("其中，…未发现问题") have no finding in that area: no rule of its
 * letter, and no W02/W03 on a sheet of that ledger (told by the sheet of the area's own findings, or by
 * what the message names: "党员名册表头", "出生日期"…).
 */
function checkGoodExamples(c: Checker, ps: string[], files: JsonFile[]) {
  const areas: [string, RegExp, string, RegExp][] = [
    ['organisation', /其中，(.+?)(?:等(\d+)个支部)?组织设置符合/, 'B', /换届|支部书记|党内职务|支部基本信息/],
    ['membership', /其中，(.+?)(?:等(\d+)个支部)?党员名册信息完整准确/, 'M', /党员名册|出生|入党|转正|身份证|性别|学历|党员类别|联系电话/],
    ['dues', /其中，(.+?)(?:等(\d+)个支部)?党费按月足额收缴/, 'D', /党费|应交|实交|缴费基数/],
    ['meetings', /其中，(.+?)(?:等(\d+)个支部)?组织生活按期开展/, 'C', /会议|应到|实到|主持人|记录人|三会一课/],
  ];
  for (const [area, re, letter, says] of areas) {
    const m = ps.join('\n').match(re);
    if (!m) continue;
    const names = m[1].split('、');
    const fault = (f: JsonFile) => (f.findings ?? []).some((x) => x.rule.startsWith(letter));
    // "甲、乙…等N个支部": the ten named, of N that can be no more than the branches without such findings
    if (m[2]) c.ok(`${area}: 等${m[2]}个支部, but ${files.filter((f) => !fault(f)).length} branches without ${letter} findings`,
      names.length === 10 && Number(m[2]) > 10 && Number(m[2]) <= files.filter((f) => !fault(f)).length);
    for (const name of names) {
      const f = files.find((x) => x.branch === name);
      if (!f) { c.ok(`${area} example "${name}" is not a branch of the input`, false); continue; }
      const sheets = new Set((f.findings ?? []).filter((x) => x.rule.startsWith(letter) && x.sheet).map((x) => x.sheet));
      const bad = (f.findings ?? []).filter((x) => x.rule.startsWith(letter)
        || (/^W0[23]$/.test(x.rule) && x.sheet != null && (sheets.has(x.sheet) || says.test(x.message))));
      c.ok(`${area} example ${name} has ${bad.map((x) => `${x.rule}@${x.sheet}`).join(', ')}`, bad.length === 0);
    }
  }
}

function checkNoFullId(c: Checker, text: string) {
  // an 18-digit ID, or a 15-digit one of the old kind
  const m = text.match(FULL_ID) ?? text.match(/(?<![0-9])[0-9]{15}(?![0-9])/);
  c.ok(`full ID number ${m?.[0]}`, m == null);
}

/** What `dangjian report` prints at the end: reports written, branches counted, findings in the summary and besides. */
export function checkReportStdout(stdout: string, json: { files: JsonFile[] }): string[] {
  const c = new Checker('report stdout');
  const read = json.files.filter((f) => !f.error);
  const counted = countedFiles(json.files);
  const n = (fs: JsonFile[], sv?: string) => sum(fs.map((f) => (f.findings ?? []).filter((x) => !sv || x.severity === sv).length));
  const m = stdout.match(/已生成 (\d+) 份支部调研报告，汇总计入 (\d+) 个支部/);
  c.eq('reports / branches counted', m && [Number(m[1]), Number(m[2])], [read.length, counted.length]);
  const t = stdout.match(/共 (\d+) 个问题（错误 (\d+)，警告 (\d+)，提示 (\d+)）/);
  c.eq('findings in the summary', t && t.slice(1, 5).map(Number), [n(counted), n(counted, '错误'), n(counted, '警告'), n(counted, '提示')]);
  const rest = stdout.match(/另列出未计入汇总的工作簿的问题 (\d+) 个/);
  c.eq('findings of the workbooks not counted', rest ? Number(rest[1]) : 0, n(read.filter((f) => !counted.includes(f))));
  return c.problems;
}

/** One branch report against its workbook's JSON entry. */
export function checkBranch(path: string, f: JsonFile, bank: TemplateBank, inputTexts?: Set<string>, asSummary = false): string[] {
  const c = new Checker(basename(path));
  const blocks = docxBlocks(path);
  const ps = paragraphs(blocks);
  const s = f.stats!;
  const all = f.findings ?? [];
  const text = ps.join('\n');
  if (!asSummary) c.ok(`branch name ${f.branch} not in the title`, ps[0].includes(f.branch));
  const m = text.match(/共有党员(\d+)名，(其中正式党员(\d+)名(?:、预备党员(\d+)名)?|均为正式党员|均为预备党员)/);
  if (s.members.total > 0 || m) {
    if (!m) c.ok('no members sentence', false);
    else {
      const full = m[2] === '均为正式党员' ? s.members.total : m[2] === '均为预备党员' ? 0 : Number(m[3]);
      const prob = m[2] === '均为预备党员' ? s.members.total : m[2] === '均为正式党员' ? 0 : Number(m[4] ?? 0);
      c.eq('members total / full / probationary', [Number(m[1]), full, prob], [s.members.total, s.members.full, s.members.probationary]);
    }
  }
  // the names a branch report takes from the workbook: its 支部书记, its 上级党组织 (else the bank's "上级党组织")
  const sec = text.match(/支部书记为([^，；。]+)/);
  if (sec && inputTexts) c.ok(`支部书记 ${sec[1]} is no cell of the workbook`, inputTexts.has(sec[1]));
  const parent = asSummary ? null : text.match(/根据(.+?)年度工作安排/);
  if (parent && inputTexts) c.ok(`上级党组织 ${parent[1]} is no cell of the workbook`, parent[1] === '上级党组织' || inputTexts.has(parent[1]));
  if (s.members.total > 0) checkMembership(c, text, s.members.total);
  const t1 = tableByHeader(blocks, '支部');
  const cm = text.match(/(设立了支部委员会，[^；。]*支部委员(\d+)名|未设立支部委员会)/);
  if (cm && t1 && t1.rows[1][1] !== '未报送') c.eq('支委会 sentence = 表1', t1.rows[1][3], cm[2] ? `已设（${cm[2]}人）` : '未设');
  if (t1 && t1.rows[1][1] !== '未报送') c.eq('表1 row', [t1.rows[1][0], t1.rows[1][1], t1.rows[1][2], t1.rows[1][4]], [f.branch, String(s.members.total), `${s.members.full}/${s.members.probationary}`, String(all.length)]);
  const ds = text.match(duesSentence('该支部'));
  const arrears = inArrears(f);
  // where no rate can be taken the sentence says why: no payment readable (W03), or no dues recorded
  const noneRead = text.match(/该支部应交党费(\d+\.\d\d)元，各月实交金额无法读取，收缴率无法计算；欠交、少交情况无法核对/);
  const noDue = text.match(/该支部实交党费(\d+\.\d\d)元，台账未登记应交党费数额，收缴率无法计算/);
  if (ds) {
    c.eq('dues due / paid', [ds[1], ds[2]], [yuan(s.dues.due), yuan(s.dues.paid)]);
    checkRate(c, 'branch', ds[3], { due: s.dues.due, paid: s.dues.paid, arrears }, ds[4] ? Number(ds[4]) : 0, ds[5] ? Number(ds[5]) : 0);
    c.ok('branch: dues left out as unreadable without a W03', !ds[5] || hasW03([f]));
    const ar = text.match(/有欠交、少交月份的党员(\d+)名/);
    c.eq('members in arrears', ar ? Number(ar[1]) : 0, arrears);
    const t2 = tables(blocks).find((t) => t.rows[0][1] === '应交（元）');
    if (t2) c.eq('表2 row', t2.rows[1].slice(1), [yuan(s.dues.due), yuan(s.dues.paid), ds[3], String(arrears)]);
  } else if (noneRead) {
    c.eq('dues due (none readable)', noneRead[1], yuan(s.dues.due));
    c.ok('no payment readable without a W03', hasW03([f]));
    c.eq('members in arrears (none readable)', arrears, 0);
  } else if (noDue) {
    c.eq('dues paid (no due recorded)', [noDue[1], s.dues.due], [yuan(s.dues.paid), 0]);
  } else c.ok(`dues of ${yuan(s.dues.due)} not stated`, s.dues.due === 0);
  // a branch without a meetings ledger says so instead of 表3
  checkMeetings(c, blocks, [f], !text.includes('组织生活开展情况无法统计'));
  const pm = text.match(/共发现台账问题(\d+)处，其中(.*?)。/) ?? text.match(/共发现台账问题(\d+)处，(均为\S\S|为\S\S)/);
  if (all.length) {
    if (!pm) c.ok('no findings total', false);
    else {
      c.eq('findings total', Number(pm[1]), all.length);
      for (const sv of SEVERITIES) {
        const n = all.filter((x) => x.severity === sv).length;
        const stated = pm[2].match(new RegExp(`${sv}(\\d+)处`))?.[1];
        if (stated != null) c.eq(`findings ${sv}`, Number(stated), n);
        else c.ok(`findings ${sv}: ${n} not stated`, n === 0 || new RegExp(`为${sv}`).test(pm[2]));
      }
    }
    const pre = text.match(/共发现问题(\d+)处/);
    if (pre) c.eq('preamble findings total', Number(pre[1]), all.length);
  }
  checkProblems(c, ps, [f], bank, false);
  checkAnnex(c, blocks, [f], asSummary);
  checkNoFullId(c, allText(blocks));
  return c.problems;
}

/** 问题清单.xlsx: one row per finding of every workbook read plus one per unreadable one; 报送情况 one row per workbook. */
export async function checkFindingsWorkbook(path: string, json: { files: JsonFile[] }): Promise<string[]> {
  const c = new Checker('问题清单.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rowsOf = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) { c.ok(`no sheet ${name}`, false); return { header: [] as string[], rows: [] as Record<string, unknown>[] }; }
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const rows: Record<string, unknown>[] = [];
    ws.eachRow((r, i) => { if (i > 1) rows.push(Object.fromEntries(header.map((h, j) => [h, (r.values as unknown[])[j + 1] ?? null]))); });
    return { header, rows };
  };
  const list = rowsOf('问题清单');
  const want = json.files.flatMap((f) => (f.error ? [`${f.file}|${null}|工作簿无法读取`]
    : (f.findings ?? []).map((x) => `${f.file}|${x.rule}|${x.sheet}|${x.cell}|${x.row}|${x.period && periodText(x.period)}|${x.member}|${x.severity}`)));
  const got = list.rows.map((r) => (r['规则名称'] === '工作簿无法读取' ? `${r['文件']}|${null}|工作簿无法读取`
    : `${r['文件']}|${r['规则']}|${r['工作表']}|${r['单元格']}|${r['行']}|${r['期间']}|${r['党员']}|${r['严重程度']}`));
  c.eq('问题清单 rows', got.length, want.length);
  c.eq('问题清单 row contents', [...got].sort(), [...want].sort());
  c.eq('问题清单 numbering', list.rows.map((r) => r['序号']), list.rows.map((_, i) => i + 1));
  const byFile = new Map(json.files.map((f) => [f.file, f]));
  for (const r of list.rows) {
    const f = byFile.get(String(r['文件']));
    if (f && !f.error) c.eq(`问题清单 支部 of ${basename(f.file)}`, r['支部'], f.branch);
  }
  const intake = rowsOf('报送情况');
  c.eq('报送情况 files', intake.rows.map((r) => r['文件']), json.files.map((f) => f.file));
  for (const r of intake.rows) {
    const f = byFile.get(String(r['文件']));
    if (!f) continue;
    c.eq(`报送情况 ${basename(f.file)} 读取情况 / 问题数`, [r['读取情况'] === '已读取', r['问题数']],
      [!f.error, f.error ? (r['问题数'] ?? null) : (f.findings ?? []).length]);
    if (!f.error) c.eq(`报送情况 ${basename(f.file)} 支部`, r['支部'], f.branch);
  }
  checkNoFullId(c, JSON.stringify(list.rows));
  return c.problems;
}

/** Every cell text of a workbook (trimmed), to find the names a report quotes in its input. */
export async function workbookTexts(path: string): Promise<Set<string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out = new Set<string>();
  wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((cell) => {
    const t = cell.text?.trim();
    if (t) for (const part of [t, ...t.split(/[\s、，,：:（）()]+/)]) if (part) out.add(part);
  })));
  return out;
}

/** The branch report written for each workbook, as 报送情况 names it. */
export async function reportFiles(path: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet('报送情况')!;
  const header = (ws.getRow(1).values as unknown[]).map(String);
  const out = new Map<string, string>();
  ws.eachRow((r, i) => {
    const v = r.values as unknown[];
    if (i > 1 && v[header.indexOf('报告文件')]) out.set(String(v[header.indexOf('文件')]), String(v[header.indexOf('报告文件')]));
  });
  return out;
}

export const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as { files: JsonFile[] };
