/**
 * D03 少交党费: a month of the ledger year, ended by the as-of date, in which a member paid less
 * than the monthly due (中组发〔2008〕3号 按月交纳). Paying more, in advance or by the quarter
 * is fine. One finding per member-month, at that month's cell. Months inside a run of 6+ unpaid
 * months are D04's (one finding for the run, not six more).
 */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import { makeFinding, where } from '../support/make-finding.js';
import { cnPeriod } from '../support/dates.js';
import { yuan } from '../support/text.js';
import { memberDues } from './member-months.js';
import { lateSurplusNote } from './late-surplus.js';
import { lacksColumn, PAYMENT_KEYS } from '../support/missing-columns.js';

export const d03Underpaid: Rule = {
  id: 'D03',
  area: 'dues',
  severity: '警告',
  name: '党费少交或未交',
  description: '党员应按月足额交纳党费（中组发〔2008〕3号），经支部同意可按季度交纳或预交，欠交的可在 6 个月内补交（某月多交的部分先抵此前 6 个月内未交足的月份，备注写明补交的不限 6 个月，再抵以后的月份）；统计截止日期前已结束的月份实交少于应交的，按人按月报告（按季度、半年或全年一次交纳的，该期结束前尚未交纳的月份不评判）。',
  check(ctx: RuleContext): Finding[] {
    const dues = ctx.ledger.dues;
    if (!dues || lacksColumn(dues, ...PAYMENT_KEYS)) return [];
    const out: Finding[] = [];
    for (const md of memberDues(ctx.ledger, ctx.asOf)) {
      if (md.waived) continue;
      const inRun = new Set(md.unpaidRuns.flat());
      for (const m of md.months) {
        if (m.notMember || m.unreadable || inRun.has(m) || m.due == null || m.due <= 0 || m.covered >= m.due - 0.01) continue;
        const place = { sheet: m.ref?.sheet ?? dues.sheet, cell: m.ref?.address ?? null, row: m.row, period: m.month, member: md.name };
        const what = m.paid > 0 ? `实交党费${yuan(m.paid)}，少于月应交${yuan(m.due)}` : `未交纳党费（月应交${yuan(m.due)}）`;
        // a later payment the six-month limit kept from this month says so, instead of "请补录"
        const advice = lateSurplusNote(md, m.month) || '请核实：已交纳的请补录，未交足的请督促补交。';
        out.push(makeFinding('D03', '警告', place, `${where(place)}${md.name ?? ''}${cnPeriod(m.month)}${what}。${advice}`));
      }
    }
    return out;
  },
};
