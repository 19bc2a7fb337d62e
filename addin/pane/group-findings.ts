/**
 * How the pane shows findings: counted by severity and by ledger, and grouped ledger → rule.
 * Pure, so the grouping is tested without a page.
 */
import type { Finding, LedgerArea, RuleId, Severity } from '../../ledger/findings/finding.js';
import { SEVERITY_ORDER } from '../../ledger/findings/finding.js';
import type { BranchStats } from '../../ledger/stats/stats-types.js';
import { sheetArea } from '../../ledger/stats/sheet-area.js';

/** What grouping needs of the check: which sheets each ledger was read from (BranchStats.sheets). */
export type SheetLedger = BranchStats['sheets'];

export const AREA_LABELS: Record<LedgerArea, string> = {
  workbook: '工作簿', branch: '支部基本情况', members: '党员名册', dues: '党费收缴台账', meetings: '三会一课记录',
};

const AREA_OF: Record<string, LedgerArea> = { W: 'workbook', B: 'branch', M: 'members', D: 'dues', C: 'meetings' };
const AREA_ORDER: LedgerArea[] = ['workbook', 'branch', 'members', 'dues', 'meetings'];

export function areaOf(rule: RuleId): LedgerArea {
  return AREA_OF[rule[0]] ?? 'workbook';
}

/**
 * A finding's ledger in the list: its rule's, except that a 台账识别 finding (W01–W03) on a ledger's
 * sheet goes under that ledger, as the CLI lists it (“工作簿” is no ledger to a user reading about 党费).
 */
function findingArea(f: Finding, sheets?: SheetLedger): LedgerArea {
  const area = areaOf(f.rule);
  const of = area === 'workbook' && f.sheet && sheets ? sheetArea(sheets, f.sheet) : null;
  return of === 'info' ? 'branch' : of ?? area;
}

export interface RuleGroup {
  rule: RuleId;
  severity: Severity;
  findings: Finding[];
}

export interface AreaGroup {
  area: LedgerArea;
  label: string;
  count: number;
  rules: RuleGroup[];
}

export interface Summary {
  total: number;
  bySeverity: Record<Severity, number>;
  byArea: { area: LedgerArea; label: string; count: number }[];
}

export function summarise(findings: readonly Finding[], ledger?: SheetLedger): Summary {
  const bySeverity: Record<Severity, number> = { 错误: 0, 警告: 0, 提示: 0 };
  for (const f of findings) bySeverity[f.severity]++;
  const groups = groupFindings(findings, ledger);
  return { total: findings.length, bySeverity, byArea: groups.map(({ area, label, count }) => ({ area, label, count })) };
}

export function groupFindings(findings: readonly Finding[], ledger?: SheetLedger): AreaGroup[] {
  const areas = new Map<LedgerArea, Map<RuleId, Finding[]>>();
  for (const f of findings) {
    const area = findingArea(f, ledger);
    const rules = areas.get(area) ?? areas.set(area, new Map()).get(area)!;
    const list = rules.get(f.rule) ?? rules.set(f.rule, []).get(f.rule)!;
    list.push(f);
  }
  return AREA_ORDER.filter((a) => areas.has(a)).map((area) => {
    const rules = [...areas.get(area)!.entries()]
      .map(([rule, list]) => ({
        rule,
        severity: list.reduce((s, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[s] ? f.severity : s), list[0].severity),
        findings: list,
      }))
      .sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
    return { area, label: AREA_LABELS[area], count: rules.reduce((n, r) => n + r.findings.length, 0), rules };
  });
}
