import { describe, expect, it } from 'vitest';
import type { Finding } from '../../ledger/findings/finding.js';
import { groupFindings, summarise } from './group-findings.js';

const f = (rule: Finding['rule'], severity: Finding['severity']): Finding => ({
  rule, severity, sheet: null, cell: null, row: null, period: null, member: null, message: rule,
});

describe('summarise / groupFindings', () => {
  const list = [f('C05', '警告'), f('M02', '错误'), f('W01', '错误'), f('M02', '错误'), f('C04', '提示'), f('C04', '警告')];

  it('counts by severity and by ledger, in ledger order', () => {
    const s = summarise(list);
    expect(s.total).toBe(6);
    expect(s.bySeverity).toEqual({ 错误: 3, 警告: 2, 提示: 1 });
    expect(s.byArea.map((a) => [a.label, a.count])).toEqual([['工作簿', 1], ['党员名册', 2], ['三会一课记录', 3]]);
  });

  it('groups ledger → rule, with the worst severity of the rule', () => {
    const g = groupFindings(list);
    const meetings = g.find((a) => a.area === 'meetings')!;
    expect(meetings.rules.map((r) => [r.rule, r.severity, r.findings.length])).toEqual([['C04', '警告', 2], ['C05', '警告', 1]]);
  });
});
