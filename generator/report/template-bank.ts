/**
 * The template bank: the sentences of the report (in the register of the seeds), read from
 * templates/report/*.yaml. Only figures and names come from the ledgers (DOMAIN.md §4).
 * Every text remembers where it was written, so a problem found while composing can name it.
 */
import type { RuleId } from '../../ledger/findings/finding.js';

export interface TemplateText {
  text: string;
  file: string;
  line: number;
  /** dotted key path, e.g. "problems.families.2.summary" */
  key: string;
}

/** A text with a summary form (many branches) and a per-branch form. */
export interface Variant {
  summary: TemplateText;
  branch: TemplateText;
}

export type BasicsPointId = 'organisation' | 'membership' | 'dues' | 'meetings';
export const BASICS_POINT_IDS: readonly BasicsPointId[] = ['organisation', 'membership', 'dues', 'meetings'];

export interface BasicsPoint extends Variant {
  id: BasicsPointId;
  lead: TemplateText;
  /** good example, summary only, used when some branch qualifies ({典型支部}) */
  example: TemplateText | null;
  /**
   * summary only, where every branch qualifies: "其中，甲、乙…等21个支部" would name them all as the
   * examples of themselves; null = no example sentence then
   */
  exampleAll: TemplateText | null;
  /** per-branch report, where the ledger this point is about was not submitted (W01); null = use `branch` */
  branchMissing: TemplateText | null;
}

export interface ProblemFamily extends Variant {
  id: string;
  lead: TemplateText;
  /** one phrase per rule, in the order written; `branchPhrase` replaces it in a per-branch report */
  rules: { rule: RuleId; phrase: TemplateText; branchPhrase: TemplateText | null }[];
}

/**
 * Causes and measures are used when one of the families or rules in `when` has findings
 * (a family id such as "dues", or a rule ID such as "B03"); [] = always.
 * The optional branch forms replace the text in a per-branch report, which speaks of one
 * branch ("该支部…") where the summary speaks of many ("有的支部…").
 */
export interface Cause {
  when: string[];
  lead: TemplateText;
  text: TemplateText;
  branch: TemplateText | null;
}

/** A measure, offered when `when` applies (as for Cause); [] = whenever its item is. */
export interface MeasurePoint {
  when: string[];
  text: TemplateText;
}

export interface Measure {
  when: string[];
  lead: TemplateText;
  points: MeasurePoint[];
  branchLead: TemplateText | null;
  branchPoints: MeasurePoint[] | null;
}

export interface TemplateBank {
  /**
   * `branchBasis`: the per-branch report's 调研依据 (may name {上级党组织}); null = `basis`.
   * `ownBasis`: the 调研依据 where the one that would be used names the investigating unit itself (the
   * 上级党组织 investigating its own branches: 根据年度工作安排, not 根据中共××委员会…，中共××委员会于…);
   * null (a bank copied before it) = that one
   */
  defaults: {
    unit: TemplateText; basis: TemplateText; scope: TemplateText; period: TemplateText | null;
    branchBasis: TemplateText | null; ownBasis: TemplateText | null;
  };
  /**
   * `summaryParent`: the summary's title where every branch names the same 上级党组织 and no 调研范围
   * is set ("关于中共××委员会所属党支部建设情况的调研报告"); null (a bank copied before it) = `summary`
   */
  title: Variant & { summaryParent: TemplateText | null };
  preamble: { summary: TemplateText[]; branch: TemplateText[] };
  /** overall judgement: the first entry whose bound the branch share (summary, %) or count (branch) does not exceed */
  judgement: {
    summary: { maxRate: number; text: TemplateText }[];
    branch: { maxCount: number; text: TemplateText }[];
    /** per-branch report of a branch that did not submit every ledger; null = by count as usual */
    branchIncomplete: TemplateText | null;
    /**
     * per-branch report of a branch whose dues or 三会一课 cannot be counted (uncountable.ts), by count as
     * `branch`: not "台账建立完整、记录规范" of a ledger nothing could be counted in; null = `branch` as before
     */
    branchUncounted: { maxCount: number; text: TemplateText }[] | null;
  };
  reportIntro: TemplateText;
  headings: { basics: TemplateText; problems: TemplateText; causes: TemplateText; measures: TemplateText };
  /** `closingBranchIncomplete`: the per-branch closing where a ledger was not submitted */
  basics: { points: BasicsPoint[]; closing: Variant; closingBranchIncomplete: TemplateText | null };
  /**
   * `introOne`: the intro where one family (one cause) is found, whose paragraph then goes without
   * 第一 ("以下几个方面" and a lone 第一 read oddly); null = `intro` and the numbering, as banks written before it
   */
  problems: { intro: Variant; introOne: Variant | null; none: Variant; families: ProblemFamily[] };
  causes: { intro: TemplateText; introOne: TemplateText | null; none: TemplateText; items: Cause[] };
  /** `introNone`: the intro where nothing was found (no "针对上述问题"); null = `intro` */
  measures: { intro: TemplateText; introNone: TemplateText | null; items: Measure[] };
  closing: TemplateText[];
  tables: { members: TemplateText; meetings: TemplateText; dues: TemplateText };
  annex: { label: TemplateText; title: TemplateText };
  /** summary only: what was received (intake.yaml); null in a bank written before it existed */
  intake: IntakeTexts | null;
}

/** The sentences on the workbooks received, which could not be read, sent twice or judged at another date. */
export interface IntakeTexts {
  allRead: TemplateText;
  /** one workbook received and read (均 would speak of several); null in a bank written before it existed */
  oneRead: TemplateText | null;
  /**
   * all read, but some branch sent more than one and only one of each counts ("均已读取并纳入统计" would say
   * every one counted); null in a bank written before it existed (then all_read)
   */
  allReadDuplicates: TemplateText | null;
  someUnreadable: TemplateText;
  duplicate: TemplateText;
  undated: TemplateText;
  otherCutoff: TemplateText;
  /** same cutoff, an earlier year's ledger; null in a bank written before it existed (then said with otherCutoff) */
  otherYear: TemplateText | null;
  annexTitle: TemplateText;
}
