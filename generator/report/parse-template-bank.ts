/**
 * Template bank files (YAML) → TemplateBank, validated once at the boundary: missing keys,
 * unknown keys, broken or unknown placeholders, unknown rule IDs and uncovered rules are all
 * TemplateErrors naming file, line and key. Isomorphic: the caller supplies the file texts.
 */
import type { RuleId } from '../../ledger/findings/finding.js';
import { scanPlaceholders } from './placeholders.js';
import {
  BASICS_POINT_IDS, type BasicsPoint, type BasicsPointId, type Cause, type IntakeTexts, type Measure, type MeasurePoint, type ProblemFamily,
  type TemplateBank, type TemplateText, type Variant,
} from './template-bank.js';
import { TemplateError } from './template-error.js';
import { varsFor, type VarContext } from './template-vars.js';
import { parseYamlTree, type TreeNode } from './yaml-tree.js';

/** Every rule of the catalogue (DOMAIN.md §3); each must belong to exactly one problem family. */
export const ALL_RULES: readonly RuleId[] = [
  'W01', 'W02', 'W03',
  'M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09',
  'B01', 'B02', 'B03', 'B04', 'B05',
  'D01', 'D02', 'D03', 'D04',
  'C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'C07', 'C08', 'C09', 'C10', 'C11', 'C12',
];

const TOP_KEYS = [
  'defaults', 'title', 'preamble', 'judgement', 'report_intro', 'headings', 'basics',
  'problems', 'causes', 'measures', 'closing', 'tables', 'annex',
] as const;
/** Keys a bank copied before they existed may lack (load-template-bank.ts supplies the default). */
const OPTIONAL_TOP_KEYS = ['intake'] as const;
const ALL_TOP_KEYS: readonly string[] = [...TOP_KEYS, ...OPTIONAL_TOP_KEYS];

export interface TemplateFile {
  name: string;
  text: string;
}

export function parseTemplateBank(files: TemplateFile[]): TemplateBank {
  const top = new Map<string, TreeNode>();
  for (const f of files) {
    const tree = parseYamlTree(f.name, f.text);
    if (tree.kind === 'scalar' && tree.value == null) continue; // empty file
    if (tree.kind !== 'map') fail(tree, '文件的最外层应是“键: 值”的形式');
    for (const [k, node] of tree.map) {
      if (!ALL_TOP_KEYS.includes(k)) fail(node, `未知的键（可用的键：${ALL_TOP_KEYS.join('、')}）`);
      const prev = top.get(k);
      if (prev) fail(node, `与文件“${prev.file}”第 ${prev.line} 行重复，同一个键只能写一次`);
      top.set(k, node);
    }
  }
  const root: TreeNode = { file: files.map((f) => f.name).join('、') || '（无文件）', line: 1, key: '', kind: 'map', map: top, seq: [], value: null };
  for (const k of TOP_KEYS) if (!top.has(k)) missing(root, k);

  const defaults = mapOf(top.get('defaults')!, ['unit', 'basis', 'scope', 'period', 'branch_basis', 'own_basis']);
  const families = readFamilies(child(top.get('problems')!, 'families'));
  const familyIds = new Set(families.map((f) => f.id));

  const problems = mapOf(top.get('problems')!, ['intro', 'intro_one', 'none', 'families']);
  const causes = mapOf(top.get('causes')!, ['intro', 'intro_one', 'none', 'items']);
  const measures = mapOf(top.get('measures')!, ['intro', 'intro_none', 'items']);
  const headings = mapOf(top.get('headings')!, ['basics', 'problems', 'causes', 'measures']);
  const tables = mapOf(top.get('tables')!, ['members', 'meetings', 'dues']);
  const annex = mapOf(top.get('annex')!, ['label', 'title']);
  const judgement = mapOf(top.get('judgement')!, ['summary', 'branch', 'branch_incomplete', 'branch_uncounted']);
  const preamble = mapOf(top.get('preamble')!, ['summary', 'branch']);
  const title = top.get('title')!;

  return {
    defaults: {
      unit: text(child(defaults, 'unit'), 'common'),
      basis: text(child(defaults, 'basis'), 'common'),
      scope: text(child(defaults, 'scope'), 'common', true),
      period: defaults.map.has('period') ? text(defaults.map.get('period')!, 'common', true) : null,
      branchBasis: optional(defaults, 'branch_basis', 'branch'),
      ownBasis: optional(defaults, 'own_basis', 'common'),
    },
    title: { ...variant(title, ['summary_parent']), summaryParent: optional(title, 'summary_parent', 'summary') },
    preamble: { summary: texts(child(preamble, 'summary'), 'summary'), branch: texts(child(preamble, 'branch'), 'branch') },
    judgement: {
      summary: bounded(child(judgement, 'summary'), 'max_rate', 'summary').map(({ bound, text }) => ({ maxRate: bound, text })),
      branch: bounded(child(judgement, 'branch'), 'max_count', 'branch').map(({ bound, text }) => ({ maxCount: bound, text })),
      branchIncomplete: optional(judgement, 'branch_incomplete', 'branch'),
      branchUncounted: judgement.map.has('branch_uncounted')
        ? bounded(child(judgement, 'branch_uncounted'), 'max_count', 'branch').map(({ bound, text }) => ({ maxCount: bound, text }))
        : null,
    },
    reportIntro: text(top.get('report_intro')!, 'common'),
    headings: {
      basics: text(child(headings, 'basics'), 'common'),
      problems: text(child(headings, 'problems'), 'common'),
      causes: text(child(headings, 'causes'), 'common'),
      measures: text(child(headings, 'measures'), 'common'),
    },
    basics: readBasics(top.get('basics')!),
    problems: {
      intro: variant(child(problems, 'intro')),
      introOne: problems.map.has('intro_one') ? variant(child(problems, 'intro_one')) : null,
      none: variant(child(problems, 'none')),
      families,
    },
    causes: {
      intro: text(child(causes, 'intro'), 'common'),
      introOne: optional(causes, 'intro_one', 'common'),
      none: text(child(causes, 'none'), 'common'),
      items: seqOf(child(causes, 'items')).map((n): Cause => {
        const m = mapOf(n, ['when', 'lead', 'text', 'branch']);
        return {
          when: whenOf(m, familyIds), lead: text(child(m, 'lead'), 'common'), text: text(child(m, 'text'), 'common'),
          branch: optional(m, 'branch', 'branch'),
        };
      }),
    },
    measures: {
      intro: text(child(measures, 'intro'), 'common'),
      introNone: optional(measures, 'intro_none', 'common'),
      items: seqOf(child(measures, 'items')).map((n): Measure => {
        const m = mapOf(n, ['when', 'lead', 'points', 'branch_lead', 'branch_points']);
        return {
          when: whenOf(m, familyIds), lead: text(child(m, 'lead'), 'common'), points: measurePoints(child(m, 'points'), familyIds, 'common'),
          branchLead: optional(m, 'branch_lead', 'branch'),
          branchPoints: m.map.has('branch_points') ? measurePoints(m.map.get('branch_points')!, familyIds, 'branch') : null,
        };
      }),
    },
    closing: texts(top.get('closing')!, 'common', true),
    tables: {
      members: text(child(tables, 'members'), 'common'),
      meetings: text(child(tables, 'meetings'), 'common'),
      dues: text(child(tables, 'dues'), 'common'),
    },
    annex: {
      label: text(child(annex, 'label'), 'common'),
      title: text(child(annex, 'title'), 'common'),
    },
    intake: top.has('intake') ? readIntake(top.get('intake')!) : null,
  };
}

function readIntake(node: TreeNode): IntakeTexts {
  const m = mapOf(node, ['all_read', 'one_read', 'all_read_duplicates', 'some_unreadable', 'duplicate', 'undated', 'other_cutoff', 'other_year', 'annex_title']);
  return {
    allRead: text(child(m, 'all_read'), 'intake'),
    oneRead: optional(m, 'one_read', 'intake'),
    allReadDuplicates: optional(m, 'all_read_duplicates', 'intake'),
    someUnreadable: text(child(m, 'some_unreadable'), 'intake'),
    duplicate: text(child(m, 'duplicate'), 'intake'),
    undated: text(child(m, 'undated'), 'intake'),
    otherCutoff: text(child(m, 'other_cutoff'), 'intake'),
    otherYear: optional(m, 'other_year', 'intake'),
    annexTitle: text(child(m, 'annex_title'), 'common'),
  };
}

function readBasics(node: TreeNode): TemplateBank['basics'] {
  const m = mapOf(node, ['points', 'closing']);
  const seen = new Set<string>();
  const points = seqOf(child(m, 'points')).map((n): BasicsPoint => {
    const p = mapOf(n, ['id', 'lead', 'summary', 'branch', 'example', 'example_all', 'branch_missing']);
    const idNode = child(p, 'id');
    const id = String(idNode.value ?? '');
    if (!(BASICS_POINT_IDS as readonly string[]).includes(id)) fail(idNode, `未知的要点“${id}”（可用：${BASICS_POINT_IDS.join('、')}）`);
    if (seen.has(id)) fail(idNode, `要点“${id}”重复`);
    seen.add(id);
    return {
      id: id as BasicsPointId,
      lead: text(child(p, 'lead'), 'common'),
      summary: withDuesMonths(id, text(child(p, 'summary'), 'summary')),
      branch: withDuesMonths(id, text(child(p, 'branch'), 'branch')),
      example: p.map.has('example') ? text(p.map.get('example')!, 'example') : null,
      exampleAll: optional(p, 'example_all', 'summary'),
      branchMissing: optional(p, 'branch_missing', 'branch'),
    };
  });
  for (const id of BASICS_POINT_IDS) if (!seen.has(id)) fail(child(m, 'points'), `缺少要点“${id}”`);
  const closing = mapOf(child(m, 'closing'), ['summary', 'branch', 'branch_incomplete']);
  return {
    points,
    closing: { summary: text(child(closing, 'summary'), 'summary'), branch: text(child(closing, 'branch'), 'branch') },
    closingBranchIncomplete: optional(closing, 'branch_incomplete', 'branch'),
  };
}

/**
 * A copy made before {党费统计月份} says 截至{统计截止日期} of dues counted to the last month ended: the
 * note follows the date there too, so "截至2026年11月25日，应交党费…" does not claim November's dues.
 */
function withDuesMonths(id: string, t: TemplateText): TemplateText {
  if (id !== 'dues' || /[{｛]党费统计月份[}｝]/.test(t.text)) return t;
  return { ...t, text: t.text.replace(/[{｛]统计截止日期[}｝]/, '{统计截止日期}{党费统计月份}') };
}

function readFamilies(node: TreeNode): ProblemFamily[] {
  const owner = new Map<RuleId, TreeNode>();
  const ids = new Set<string>();
  const families = seqOf(node).map((n): ProblemFamily => {
    const m = mapOf(n, ['id', 'lead', 'rules', 'summary', 'branch']);
    const idNode = child(m, 'id');
    const id = String(idNode.value ?? '').trim();
    if (!id) fail(idNode, '问题类别的 id 不能为空');
    if (ids.has(id)) fail(idNode, `问题类别 id“${id}”重复`);
    ids.add(id);
    const rulesNode = mapOf(child(m, 'rules'), null);
    const rules = [...rulesNode.map].map(([rid, phraseNode]) => {
      if (!(ALL_RULES as readonly string[]).includes(rid)) fail(phraseNode, `未知的规则编号“${rid}”（规则编号见 DOMAIN.md §3，如 M01、D04、C01）`);
      const prev = owner.get(rid as RuleId);
      if (prev) fail(phraseNode, `规则 ${rid} 已归入第 ${prev.line} 行的问题类别，每条规则只能归入一个类别`);
      owner.set(rid as RuleId, phraseNode);
      // one phrase for both reports, or a summary/branch pair
      if (phraseNode.kind === 'map') {
        const v = mapOf(phraseNode, ['summary', 'branch']);
        return { rule: rid as RuleId, phrase: text(child(v, 'summary'), 'common'), branchPhrase: text(child(v, 'branch'), 'branch') };
      }
      return { rule: rid as RuleId, phrase: text(phraseNode, 'common'), branchPhrase: null };
    });
    return {
      id,
      lead: text(child(m, 'lead'), 'common'),
      rules,
      summary: text(child(m, 'summary'), 'family-summary'),
      branch: text(child(m, 'branch'), 'family-branch'),
    };
  });
  const uncovered = ALL_RULES.filter((r) => !owner.has(r));
  if (uncovered.length) fail(node, `以下规则没有归入任何问题类别：${uncovered.join('、')}`);
  return families;
}

/** `when`: problem family ids (problems.yaml) or rule IDs (B03), any one of which has findings. */
function whenOf(m: TreeNode, familyIds: Set<string>): string[] {
  if (!m.map.has('when')) return [];
  const n = m.map.get('when')!;
  const items = n.kind === 'seq' ? n.seq : [n];
  return items.map((i) => {
    const id = String(i.value ?? '').trim();
    if (!familyIds.has(id) && !(ALL_RULES as readonly string[]).includes(id)) {
      fail(i, `未知的问题类别或规则编号“${id}”（问题类别：${[...familyIds].join('、')}；规则编号如 B03、D04）`);
    }
    return id;
  });
}

/** points, branch_points: each a text (always offered) or { when, text }. */
function measurePoints(node: TreeNode, familyIds: Set<string>, ctx: VarContext): MeasurePoint[] {
  return seqOf(node).map((n) => {
    if (n.kind !== 'map') return { when: [], text: text(n, ctx) };
    const m = mapOf(n, ['when', 'text']);
    return { when: whenOf(m, familyIds), text: text(child(m, 'text'), ctx) };
  });
}

/** An optional key: absent in a bank written before it existed, which then reads as before. */
function optional(m: TreeNode, key: string, ctx: VarContext): TemplateText | null {
  return m.map.has(key) ? text(m.map.get(key)!, ctx) : null;
}

function bounded(node: TreeNode, boundKey: string, ctx: VarContext): { bound: number; text: TemplateText }[] {
  const items = seqOf(node).map((n, i, all) => {
    const m = mapOf(n, [boundKey, 'text']);
    const last = i === all.length - 1;
    if (last) {
      if (m.map.has(boundKey)) fail(m.map.get(boundKey)!, `最后一条是“其他情况”，不要写 ${boundKey}`);
      return { bound: Number.POSITIVE_INFINITY, text: text(child(m, 'text'), ctx) };
    }
    const b = child(m, boundKey);
    if (typeof b.value !== 'number' || !Number.isFinite(b.value) || b.value < 0) fail(b, `${boundKey} 应是不小于 0 的数字`);
    return { bound: b.value, text: text(child(m, 'text'), ctx) };
  });
  if (items.length === 0) fail(node, '至少要有一条');
  for (let i = 1; i < items.length - 1; i++) {
    if (items[i].bound < items[i - 1].bound) fail(seqOf(node)[i], '各条的上限应从小到大排列');
  }
  return items;
}

/** `extra`: the optional keys the node may have beside summary and branch (title's summary_parent). */
function variant(node: TreeNode, extra: string[] = []): Variant {
  const m = mapOf(node, ['summary', 'branch', ...extra]);
  return { summary: text(child(m, 'summary'), 'summary'), branch: text(child(m, 'branch'), 'branch') };
}

function text(node: TreeNode, ctx: VarContext, allowEmpty = false): TemplateText {
  if (node.kind !== 'scalar') fail(node, '这里应是一段文字');
  const s = node.value == null ? '' : String(node.value).trim();
  if (!s && !allowEmpty) fail(node, '文字不能为空');
  const scan = scanPlaceholders(s);
  if (!scan.ok) fail(node, scan.problem);
  const allowed = varsFor(ctx);
  for (const name of scan.names) {
    if (!allowed.includes(name)) fail(node, `未知的占位符“{${name}}”。这里可用的占位符：${allowed.map((v) => `{${v}}`).join('')}`);
  }
  return { text: s, file: node.file, line: node.line, key: node.key };
}

/** One text or a list of texts (paragraphs). */
function texts(node: TreeNode, ctx: VarContext, allowEmpty = false): TemplateText[] {
  if (node.kind === 'seq') return node.seq.map((n) => text(n, ctx));
  if (node.kind === 'scalar' && node.value == null && allowEmpty) return [];
  return [text(node, ctx)];
}

function mapOf(node: TreeNode, allowed: string[] | null): TreeNode {
  if (node.kind !== 'map') fail(node, '这里应是“键: 值”的形式');
  if (allowed) {
    for (const [k, n] of node.map) if (!allowed.includes(k)) fail(n, `未知的键“${k}”（可用的键：${allowed.join('、')}）`);
  }
  return node;
}

function seqOf(node: TreeNode): TreeNode[] {
  if (node.kind !== 'seq') fail(node, '这里应是以“- ”开头的列表');
  return node.seq;
}

function child(node: TreeNode, name: string): TreeNode {
  const c = node.map.get(name);
  if (!c) missing(node, name);
  return c;
}

function missing(parent: TreeNode, name: string): never {
  throw new TemplateError({ file: parent.file, line: parent.key ? parent.line : null, key: parent.key ? `${parent.key}.${name}` : name },
    parent.key ? '缺少此键' : '缺少此键（可能少了一个模板文件，请对照 templates/report 补齐）');
}

function fail(node: TreeNode, problem: string): never {
  throw new TemplateError({ file: node.file, line: node.line, key: node.key || '（根）' }, problem);
}
