/**
 * Composition: template bank + branch digests → ReportDocument, pure (Node and browser).
 * Structure of the seeds (DOMAIN.md §4): title, preamble with the overall judgement,
 * 一、基本情况 二、存在的问题 三、问题成因 四、对策建议, closing, signature, annex of findings.
 */
import type { Finding, RuleId } from '../../ledger/findings/finding.js';
import type { IsoDate } from '../../ledger/model/ledger.js';
import { MEETING_TYPES, type BranchStats } from '../../ledger/stats/stats-types.js';
import { maskIdsInText } from '../../ledger/values/mask.js';
import { hasToCorrect, mustCorrect, toCorrect } from '../../ledger/findings/to-correct.js';
import { totalsOf, type Totals } from './aggregate.js';
import { batchCutoff, batchYear, yearBeforeCutoff } from './batch-cutoff.js';
import { branchOtherYearSentence, intakeAnnex, intakeFacts, intakeParagraph, needsIntakeAnnex } from './compose-intake.js';
import { duesTable, findingsTable, meetingsTable, membersTable, uncountedMeetingsTable } from './compose-tables.js';
import { meetingsGap } from '../../ledger/stats/uncountable.js';
import { duesUncountedNote, meetingsUncountedBody, meetingsUncountedNote } from './uncounted-text.js';
import { branchVars, missingLedgers, submitted, type LedgerKey } from './branch-vars.js';
import { commonVars, type DocContext } from './compose-vars.js';
import { para, type Block, type ParagraphBlock, type ReportAnnex, type ReportDocument, type ReportSection } from './document-model.js';
import { BRANCHES_NAMED, cnDate, cnMonth, cnNumber, nameList, ordinal, percent } from './format.js';
import { fillPlaceholders } from './placeholders.js';
import { committeesPhrase, duesPaymentPhrase, groupsPhrase, spreadPhrase } from './phrases.js';
import { collectedOf, rateBaseOf } from '../../ledger/stats/dues-stats.js';
import { sheetArea, type SheetArea } from '../../ledger/stats/sheet-area.js';
import { bodyKey, commonParent, sameBody } from '../../ledger/stats/common-parent.js';
import { investigatingUnit } from './investigating-unit.js';
import type { BasicsPointId, ProblemFamily, TemplateBank, TemplateText } from './template-bank.js';
import { TemplateError } from './template-error.js';
import { countOnce, type Intake } from './intake.js';
import type { VarValues } from './template-vars.js';
import type { BranchDigest } from '../../ledger/stats/stats-types.js';


export interface ReportOptions {
  /** replaces the title from the bank */
  title?: string;
  /** issuing body for the signature and the preamble; default from the bank */
  unit?: string;
  /** 成文日期; default: the summary's 统计截止日期 (batch-cutoff.ts), a branch report's own */
  date?: IsoDate;
  /** 调研范围 of the summary (e.g. 市直机关); the branch report's scope is the branch */
  scope?: string;
  /** summary: every workbook received, read or not (default: the digests given, all read) */
  intake?: Intake;
}

type Kind = 'summary' | 'branch';

export function composeSummaryReport(digests: BranchDigest[], bank: TemplateBank, options: ReportOptions = {}): ReportDocument {
  return compose('summary', digests, bank, options);
}

export function composeBranchReport(digest: BranchDigest, bank: TemplateBank, options: ReportOptions = {}): ReportDocument {
  return compose('branch', [digest], bank, options);
}

function compose(kind: Kind, received: BranchDigest[], bank: TemplateBank, options: ReportOptions): ReportDocument {
  // a branch that sent two workbooks (初报, 补报) counts once; the intake paragraph says so
  const digests = kind === 'summary' ? countOnce(received) : received;
  const stats = digests.map((d) => d.stats);
  const asOf = batchCutoff(stats);
  const date = options.date ?? asOf;
  if (!date) throw new Error('composeSummaryReport: no branches and no date given');
  const totals = totalsOf(digests);
  // every branch answering to one 上级党组织 and no 调研范围 set: the summary is on that body's branches,
  // and its title and opening name it (the seeds: 关于××…党支部建设情况的调研报告)
  const shared = kind === 'summary' ? commonParent(stats) : null;
  const parent = options.scope == null && !bank.defaults.scope.text && bank.title.summaryParent ? shared : null;
  // the body the branches stand under investigates them where no other is named (--unit, the template)
  const own = kind === 'summary' ? shared : stats[0].parent?.trim() || null;
  const { unit, fromParent } = investigatingUnit(options.unit, bank.defaults.unit.text, own);
  const byOwn = own != null && sameBody(unit, own);
  const ctx: DocContext = {
    // 中共××委员会于…组织人员，对所属13个党支部: the name is not said twice
    scope: options.scope ?? (kind === 'branch' ? stats[0].branch : parent ? (byOwn ? '所属' : `${parent}所属`) : bank.defaults.scope.text),
    basis: bank.defaults.basis.text,
    unit,
    period: bank.defaults.period?.text || cnMonth(date),
    asOf: asOf ?? date,
    year: batchYear(stats, asOf ?? date),
  };
  // a summary over one branch speaks of that branch (该支部), not of 各支部, 全部…个支部 or 多数党支部: its
  // preamble and body take the branch report's wording; its frame (title, basis, intake, annexes) stays the summary's
  const voice: Kind = kind === 'summary' && digests.length === 1 ? 'branch' : kind;
  const vars: VarValues = {
    ...commonVars(totals, ctx),
    ...(kind === 'summary' ? summaryVars(digests, totals, shared) : {}),
    ...(voice === 'branch' ? branchVars(stats[0]) : {}),
  };
  // a branch report's basis names the branch's own superior body (a 村 answers to its 镇党委, not the 机关党委)
  if (kind === 'branch' && bank.defaults.branchBasis) vars.调研依据 = ctx.basis = fillText(bank.defaults.branchBasis, vars);
  // …unless that body investigates: 根据年度工作安排，中共××委员会于…, not its name twice in one sentence;
  // nor, where nobody named the unit and the branches' own 上级党组织 stands in, under the 机关党委's plan
  if (bank.defaults.ownBasis && (namesBody(ctx.basis, unit) || fromParent)) vars.调研依据 = ctx.basis = fillText(bank.defaults.ownBasis, vars);
  const pick = <T>(v: { summary: T; branch: T }, by: Kind = kind) => (by === 'summary' ? v.summary : v.branch);
  const fill = (t: TemplateText, extra: VarValues = {}) => fillText(t, { ...vars, ...extra });
  // a branch that did not submit every ledger is judged and summed up as such, never as complete
  const incomplete = voice === 'branch' && missingLedgers(stats[0]).length > 0;

  const families = familyHits(digests, bank);
  const tableNo = counter();

  // Preamble: the bank's paragraphs, then the overall judgement with the transition sentence.
  const judgement = voice === 'summary'
    ? bank.judgement.summary.find((j) => (totals.branches ? (totals.branchesToCorrect / totals.branches) * 100 : 0) <= j.maxRate)!.text
    // 提示 only ask to look (an ID masked as the upper body asked): no cause to call for 整改
    : (incomplete && bank.judgement.branchIncomplete)
      // dues or 三会一课 not counted (a later year's ledger, no readable month or date): not "记录规范…落实较好"
      || ((vars.无法统计情况 && bank.judgement.branchUncounted) || bank.judgement.branch).find((j) => toCorrect(totals.findings.bySeverity) <= j.maxCount)!.text;
  // a branch report on last year's ledger at this year's cutoff says its figures are that year's, as the summary does
  const cutoffYear = Number(ctx.asOf.slice(0, 4));
  const earlier = voice === 'branch' && yearBeforeCutoff(stats[0].year, ctx.asOf) ? stats[0].year : null;
  const opening = pick(bank.preamble, voice).map((t) => fill(t));
  // (a branch report only: a summary says it of its branches in its intake paragraph)
  if (kind === 'branch' && earlier != null && opening.length) opening[opening.length - 1] += branchOtherYearSentence(bank.intake, earlier, cutoffYear, vars);
  const preamble = [
    ...opening.map((t) => para(t)),
    para(fill(judgement) + fill(bank.reportIntro)),
  ];

  // 提示 alone make 二、存在的问题 (to be checked), but no cause to analyse and no 整改 to propose:
  // "未发现需要整改的问题" beside "对台账工作重视不够" read as a contradiction
  const present = digests.some((d) => hasToCorrect(d.findings)) ? presentIds(families) : new Set<string>();
  const sections: ReportSection[] = [
    basicsSection(voice, bank, digests, totals, earlier == null ? fill : (t, extra) => fill(t, { 统计截止日期: cnDate(`${earlier}-12-31`), ...extra }), tableNo),
    problemsSection(voice, bank, totals, families, fill),
    causesSection(voice, bank, present, fill),
    measuresSection(voice, bank, present, fill),
  ].map((s, i) => ({ ...s, heading: `${cnNumber(i + 1)}、${s.heading}` }));

  const withFindings = digests.filter((d) => d.findings.length > 0);
  const annexes: ReportAnnex[] = withFindings.length === 0 ? [] : [{
    label: fill(bank.annex.label),
    title: fill(bank.annex.title),
    blocks: [findingsTable('', digests.map((d) => ({ branch: d.stats.branch, findings: d.findings })), kind === 'summary')],
  }];

  // summary: what was received, at the head of 一、基本情况; the files it concerns in an annex of their own
  if (kind === 'summary' && bank.intake) {
    const facts = intakeFacts(options.intake, received, digests, ctx.asOf);
    const withAnnex = needsIntakeAnnex(facts);
    const label = fill(bank.annex.label);
    const ref = withAnnex && annexes.length > 0 ? `${label}${annexes.length + 1}` : label;
    sections[0].blocks.unshift(intakeParagraph(bank.intake, facts, ref, fill));
    if (withAnnex) annexes.push(intakeAnnex(bank.intake, label, facts, fill));
  }

  const doc: ReportDocument = {
    title: options.title ?? fill(parent ? bank.title.summaryParent! : pick(bank.title)),
    // the names a title carries, so its lines break between words, not inside 中共××委员会
    titleNames: [...new Set([shared, ctx.scope.replace(/所属$/, ''), stats[0]?.branch].filter((n): n is string => !!n))],
    preamble,
    sections,
    closing: bank.closing.map((t) => para(fill(t))),
    signature: { unit: ctx.unit, date: cnDate(date) },
    annexes,
  };
  return maskDocument(doc);
}

type Fill = (t: TemplateText, extra?: VarValues) => string;

/** The text names the body (spaces and full-width letters aside). */
function namesBody(text: string, body: string): boolean {
  return !!body.trim() && bodyKey(text).includes(bodyKey(body));
}

function fillText(t: TemplateText, values: VarValues): string {
  return fillPlaceholders(t.text, values, (name) => {
    throw new TemplateError({ file: t.file, line: t.line, key: t.key }, `占位符“{${name}}”在这里没有取值`);
  });
}

function summaryVars(digests: BranchDigest[], t: Totals, parent: string | null): VarValues {
  // 无问题 is the other side of 存在问题: nothing to correct (a 提示 alone only asks to check)
  const clean = digests.filter((d) => !hasToCorrect(d.findings)).map((d) => d.stats.branch);
  // the figure the dues table shows: something due, nobody in arrears (a D01/D02 finding does not
  // make a branch that paid every month "not paid in full"; the good examples ask for that as well)
  // (months whose payment could not be read are left out, as the table's 收缴率 leaves them out)
  const fullDues = digests.filter(({ stats: { dues } }) => paidInFull(dues)).length;
  return {
    设支委会支部数: String(t.committees),
    未设支委会支部数: String(t.branches - t.committees),
    支委会设置情况: committeesPhrase(t.branches, t.committees),
    党小组设置情况: groupsPhrase(t.branches, t.members.groups),
    党费交纳情况: duesPaymentPhrase(fullDues, t.dues.membersInArrears),
    存在问题支部数: String(t.branchesToCorrect),
    存在问题支部占比: percent(t.branchesToCorrect, t.branches),
    问题涉及情况: spreadPhrase(t.findings.bySeverity, t.branchesToCorrect, digests.filter((d) => d.findings.length > 0).length, t.branches),
    无问题支部数: String(clean.length),
    无问题支部名单: clean.length ? nameList(clean) : '无',
    足额交纳支部数: String(fullDues),
    上级党组织: parent ?? '上级党组织',
  };
}

// ---- 一、基本情况 ----

/** 足额 as the dues table reads it: something readable due, all of it collected, nobody in arrears. */
function paidInFull(dues: BranchStats['dues']): boolean {
  const base = rateBaseOf(dues);
  return base > 0 && dues.membersInArrears === 0 && collectedOf(dues) >= base - 0.005;
}

/** Good examples per point: branches with no finding in that area and the figures to show it. */
const EXAMPLE_TEST: Record<BasicsPointId, (s: BranchStats, f: Finding[]) => boolean> = {
  organisation: (s, f) => s.members.secretary != null && !f.some((x) => x.rule.startsWith('B')) && !sheetFault(s, f, ['info']),
  membership: (s, f) => s.members.total > 0 && rosterComplete(s.members) && !f.some((x) => x.rule.startsWith('M'))
    && !sheetFault(s, f, ['members']),
  // 足额 as the 收缴率 reads it (collected, each month up to its due): paid ≥ due let a surplus of one
  // member cover another's months (a 减免 member's, not in arrears) beside a 收缴率 under 100%
  dues: (s, f) => paidInFull(s.dues) && !f.some((x) => x.rule.startsWith('D')) && !sheetFault(s, f, ['dues']),
  meetings: (s, f) => {
    const req = MEETING_TYPES.reduce((a, k) => a + s.required[k], 0);
    return req > 0 && MEETING_TYPES.every((k) => s.periodsMet[k] >= s.required[k]) && !f.some((x) => x.rule.startsWith('C'))
      && !sheetFault(s, f, ['meetings']);
  },
};

/**
 * Every member's sex, age and education known: a roster that leaves them out (no 学历 column, as a
 * platform export may) is no example of "党员名册信息完整准确" beside "学历不详198名（占50.4%）".
 */
function rosterComplete(m: BranchStats['members']): boolean {
  return m.male + m.female === m.total && !(m.byAge['不详'] > 0) && !(m.byEducation['不详'] > 0);
}

/**
 * A W02/W03 (a column missing, a cell unreadable) on a sheet of these ledgers: the area is not
 * "未发现问题" (a roster without its 入党时间 column was named as 信息完整准确). Where the stats do not
 * say which sheet is which ledger (made elsewhere), any such finding counts against every area.
 */
function sheetFault(s: BranchStats, f: Finding[], areas: SheetArea[]): boolean {
  return f.some((x) => {
    if (!x.rule.startsWith('W') || x.sheet == null) return false;
    if (!s.sheets) return true;
    const area = sheetArea(s.sheets, x.sheet);
    return area != null && areas.includes(area);
  });
}

/** The ledger each point of 一、基本情况 is figured from. */
const POINT_LEDGER: Record<BasicsPointId, LedgerKey> = {
  organisation: 'members', membership: 'members', dues: 'dues', meetings: 'meetings',
};

function basicsSection(kind: Kind, bank: TemplateBank, digests: BranchDigest[], t: Totals, fill: Fill, tableNo: () => number): ReportSection {
  const stats = digests.map((d) => d.stats);
  const blocks: Block[] = [];
  // 三会一课 without readable dates or types: said so, not counted as meetings missed (ledger/stats uncountable.ts)
  const meetingsOut = kind === 'branch' && submitted(stats[0]).meetings ? meetingsGap(stats[0]) : null;
  // the branches of a later year's ledger the 党费 point has named, where it comes first
  let laterNamed: string[] = [];
  bank.basics.points.forEach((p, i) => {
    // a branch without the ledger says so, rather than quoting zeros as if it had been examined
    const missing = kind === 'branch' && p.branchMissing != null && !submitted(stats[0])[POINT_LEDGER[p.id]];
    // a summary none of whose branches could be counted for the point: the reason, no figures or table
    const noneCounted = kind === 'summary' && uncountedOf(p.id, t).length === digests.length;
    let body = missing ? fill(p.branchMissing!)
      : p.id === 'meetings' && meetingsOut ? meetingsUncountedBody(meetingsOut, stats[0].year)
        : noneCounted ? uncountedNote(p.id, t, true, laterNamed)
          : fill(kind === 'summary' ? p.summary : p.branch);
    if (kind === 'summary' && p.example && !noneCounted) {
      const good = digests.filter((d) => EXAMPLE_TEST[p.id](d.stats, d.findings)).map((d) => d.stats.branch);
      if (good.length > 0 && good.length === digests.length) body += p.exampleAll ? fill(p.exampleAll) : '';
      else if (good.length) body += fill(p.example, { 典型支部: nameList(good) });
    }
    // the branches the summary's figures leave out, named once with the reason
    if (kind === 'summary' && !noneCounted) body += uncountedNote(p.id, t, false, laterNamed);
    if (p.id === 'dues') laterNamed = t.uncounted.dues.filter((x) => x.gap === 'laterYear').map((x) => x.branch);
    blocks.push(para([{ text: ordinal(i + 1) + fill(p.lead), lead: true }, { text: body }]));
    if (missing || noneCounted) return;
    const totalsRow = kind === 'summary' ? t : null;
    if (p.id === 'organisation') blocks.push(membersTable(`表${tableNo()}　${fill(bank.tables.members)}`, digests, totalsRow));
    if (p.id === 'dues') {
      blocks.push(duesTable(`表${tableNo()}　${fill(bank.tables.dues)}`, stats, totalsRow));
    }
    const meetingsTitle = () => `表${tableNo()}　${fill(bank.tables.meetings)}`;
    if (p.id === 'meetings') blocks.push(meetingsOut ? uncountedMeetingsTable(meetingsTitle(), stats[0].required) : meetingsTable(meetingsTitle(), t));
  });
  const closing = kind === 'summary' ? bank.basics.closing.summary
    : (missingLedgers(stats[0]).length > 0 && bank.basics.closingBranchIncomplete) || bank.basics.closing.branch;
  blocks.push(para(fill(closing)));
  return { heading: fill(bank.headings.basics), blocks };
}

/** Summary: the sentence naming the branches a point's figures leave out (uncounted-text.ts), '' where none. */
function uncountedNote(point: BasicsPointId, t: Totals, all: boolean, laterNamed: string[]): string {
  if (point === 'dues') return duesUncountedNote(t.uncounted.dues, all);
  if (point === 'meetings') return meetingsUncountedNote(t.uncounted.meetings, all, laterNamed);
  return '';
}

/** The branches a point's figures leave out (none for the points every roster can be counted for). */
function uncountedOf(point: BasicsPointId, t: Totals): unknown[] {
  return point === 'dues' ? t.uncounted.dues : point === 'meetings' ? t.uncounted.meetings : [];
}

// ---- 二、存在的问题 ----

interface FamilyHit {
  family: ProblemFamily;
  count: number;
  byRule: Map<RuleId, number>;
  branches: string[];
}

/**
 * The problem families found, each with the branches to name. A branch is named for what it must
 * correct (错误, 警告: to-correct.ts), as the judgement counts it; its 提示 stay in the annex and the
 * findings workbook. Only where nothing is to correct do the 提示 make the section, which then asks
 * the branches to check them (问题涉及情况: 需要有关支部核实).
 */
function familyHits(digests: BranchDigest[], bank: TemplateBank): FamilyHit[] {
  const toFix = digests.some((d) => hasToCorrect(d.findings));
  return hitsOf(digests, bank, (f) => !toFix || mustCorrect(f.severity));
}

function hitsOf(digests: BranchDigest[], bank: TemplateBank, counts: (f: Finding) => boolean): FamilyHit[] {
  const familyOf = new Map<RuleId, ProblemFamily>();
  for (const f of bank.problems.families) for (const r of f.rules) familyOf.set(r.rule, f);
  const hits = new Map<string, FamilyHit>(bank.problems.families.map((f) => [f.id, { family: f, count: 0, byRule: new Map(), branches: [] }]));
  for (const d of digests) {
    const touched = new Set<string>();
    for (const f of d.findings) {
      if (!counts(f)) continue;
      const fam = familyOf.get(f.rule);
      if (!fam) continue; // the bank covers every rule (checked on load)
      const h = hits.get(fam.id)!;
      h.count++;
      h.byRule.set(f.rule, (h.byRule.get(f.rule) ?? 0) + 1);
      if (!touched.has(fam.id)) { touched.add(fam.id); h.branches.push(d.stats.branch); }
    }
  }
  return [...hits.values()].filter((h) => h.count > 0);
}

/**
 * An intro and its points, each "第一，" lead and body; a lone point goes without 第一 under
 * `introOne` ("以下几个方面" and a lone 第一 read oddly), where the bank has one.
 */
function numberedPoints(intro: string, introOne: string | null, points: { lead: string; body: string }[]): Block[] {
  const one = points.length === 1 && introOne != null;
  return [
    para(one ? introOne : intro),
    ...points.map((p, i) => para([{ text: (one ? '' : ordinal(i + 1)) + p.lead, lead: true }, { text: p.body }])),
  ];
}

function problemsSection(kind: Kind, bank: TemplateBank, t: Totals, hits: FamilyHit[], fill: Fill): ReportSection {
  const pick = (v: { summary: TemplateText; branch: TemplateText }) => fill(kind === 'summary' ? v.summary : v.branch);
  if (hits.length === 0) return { heading: fill(bank.headings.problems), blocks: [para(pick(bank.problems.none))] };
  const points = hits.map((h) => {
    const found = h.family.rules.filter((r) => h.byRule.has(r.rule));
    // a lone kind's count is the family's, which the sentence states already ("共1处，主要是…（1处）")
    const detail = found
      .map((r) => fill(kind === 'branch' && r.branchPhrase ? r.branchPhrase : r.phrase) + (found.length > 1 ? `（${h.byRule.get(r.rule)}处）` : ''))
      .join('；');
    const extra: VarValues = {
      问题数: String(h.count),
      具体表现: detail,
      问题支部数: String(h.branches.length),
      问题支部占比: percent(h.branches.length, t.branches),
      // every branch with the problem is named, so each knows to correct it; only a very
      // large run falls back to a count (the annex and 问题清单.xlsx still list them all)
      支部名单: nameList(h.branches, BRANCHES_NAMED),
    };
    return { lead: fill(h.family.lead), body: fill(kind === 'summary' ? h.family.summary : h.family.branch, extra) };
  });
  const introOne = bank.problems.introOne ? pick(bank.problems.introOne) : null;
  return { heading: fill(bank.headings.problems), blocks: numberedPoints(pick(bank.problems.intro), introOne, points) };
}

// ---- 三、问题成因 / 四、对策建议 ----

/** The families with findings and the rules found: what `when` of a cause or measure may name. */
function presentIds(hits: FamilyHit[]): Set<string> {
  const ids = new Set<string>();
  for (const h of hits) {
    ids.add(h.family.id);
    for (const r of h.byRule.keys()) ids.add(r);
  }
  return ids;
}

const applies = (when: string[], present: Set<string>) => when.length === 0 || when.some((w) => present.has(w));

function causesSection(kind: Kind, bank: TemplateBank, present: Set<string>, fill: Fill): ReportSection {
  const items = present.size ? bank.causes.items.filter((c) => applies(c.when, present)) : [];
  const text = (c: (typeof items)[number]) => fill(kind === 'branch' && c.branch ? c.branch : c.text);
  const blocks: Block[] = items.length === 0
    ? [para(fill(bank.causes.none))]
    : numberedPoints(fill(bank.causes.intro), bank.causes.introOne && fill(bank.causes.introOne), items.map((c) => ({ lead: fill(c.lead), body: text(c) })));
  return { heading: fill(bank.headings.causes), blocks };
}

function measuresSection(kind: Kind, bank: TemplateBank, present: Set<string>, fill: Fill): ReportSection {
  const items = bank.measures.items.filter((m) => applies(m.when, present));
  // with nothing found there are no "上述问题" to answer
  const intro = (present.size === 0 && bank.measures.introNone) || bank.measures.intro;
  const blocks: Block[] = [para(fill(intro))];
  items.forEach((m, i) => {
    const branch = kind === 'branch';
    // the measures for the problems found (B03: divide the branch, not set up a committee);
    // a branch report speaks of this branch's own
    const offered = branch && m.branchPoints ? m.branchPoints : m.points;
    const texts = offered.filter((p) => applies(p.when, present)).map((p) => p.text);
    // a lone measure is not numbered ("第一，" with no 第二)
    const points = texts.map((p, j) => (texts.length > 1 ? ordinal(j + 1) : '') + fill(p)).join('');
    const lead = branch && m.branchLead ? m.branchLead : m.lead;
    // a lone measure is no "（一）" with no （二）, as a lone point is no 第一
    const number = items.length > 1 ? `（${cnNumber(i + 1)}）` : '';
    blocks.push(para([{ text: `${number}${fill(lead)}`, heading: 2 }, ...(points ? [{ text: points }] : [])]));
  });
  return { heading: fill(bank.headings.measures), blocks };
}

// ---- helpers ----

function counter(): () => number {
  let n = 0;
  return () => ++n;
}

/**
 * Last line of defence: no full ID number leaves the composer, whatever the inputs carried;
 * and no control character from a ledger cell (XML cannot carry them; Word would refuse the file).
 */
function maskDocument(doc: ReportDocument): ReportDocument {
  const m = (s: string) => maskIdsInText(s).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
  const blocks = (bs: Block[]): Block[] => bs.map((b) => {
    if (b.kind === 'paragraph') return { ...b, runs: b.runs.map((r) => ({ ...r, text: m(r.text) })) };
    if (b.kind === 'heading') return { ...b, text: m(b.text) };
    return { ...b, title: m(b.title), header: b.header.map(m), rows: b.rows.map((r) => r.map(m)) };
  });
  return {
    title: m(doc.title),
    ...(doc.titleNames ? { titleNames: doc.titleNames.map(m) } : {}),
    preamble: blocks(doc.preamble) as ParagraphBlock[],
    sections: doc.sections.map((s) => ({ heading: m(s.heading), blocks: blocks(s.blocks) })),
    closing: blocks(doc.closing) as ParagraphBlock[],
    signature: { unit: m(doc.signature.unit), date: doc.signature.date },
    annexes: doc.annexes.map((a) => ({ label: m(a.label), title: m(a.title), blocks: blocks(a.blocks) })),
  };
}
