import { describe, expect, it } from 'vitest';
import type { Finding } from '../../ledger/findings/finding.js';
import { groupFindings, summarise, type SheetLedger } from './group-findings.js';

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

  it('lists a 台账识别 finding on a ledger\'s sheet under that ledger, as the CLI does; about the whole workbook, under 工作簿', () => {
    const ledger: SheetLedger = { info: ['基本情况'], members: ['花名册'], dues: ['党费缴纳明细（导出）'], meetings: ['一季度', '二季度'] };
    const on = (rule: Finding['rule'], sheet: string | null): Finding => ({ ...f(rule, '警告'), sheet });
    const list = [on('W02', '党费缴纳明细（导出）'), on('W03', '二季度'), on('W01', null), on('W03', '填表说明'), on('M02', '花名册'), on('B05', '基本情况'), on('W03', '基本情况')];
    const s = summarise(list, ledger);
    expect(s.byArea.map((a) => [a.label, a.count])).toEqual([['工作簿', 2], ['支部基本情况', 2], ['党员名册', 1], ['党费收缴台账', 1], ['三会一课记录', 1]]);
    const dues = groupFindings(list, ledger).find((a) => a.area === 'dues')!;
    expect(dues.rules.map((r) => r.rule)).toEqual(['W02']);
  });
});
