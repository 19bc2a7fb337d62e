/**
 * D04 连续6个月未交纳党费: 党章第九条 — 党员没有正当理由，连续六个月不交纳党费的，
 * 就被认为是自行脱党. One finding per member per run of 6+ unpaid months ended by the as-of date,
 * at the cell of the run's first month.
 */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import { makeFinding, where } from '../support/make-finding.js';
import { cnPeriod } from '../support/dates.js';
import { memberDues } from './member-months.js';
import { lacksColumn, PAYMENT_KEYS } from '../support/missing-columns.js';

export const d04SixMonthsUnpaid: Rule = {
  id: 'D04',
  area: 'dues',
  severity: '错误',
  name: '连续6个月未交纳党费',
  description: '党章第九条规定，党员没有正当理由连续六个月不交纳党费的，就被认为是自行脱党；统计截止日期前连续6个月以上未交纳的即报告。',
  check(ctx: RuleContext): Finding[] {
    const dues = ctx.ledger.dues;
    if (!dues || lacksColumn(dues, ...PAYMENT_KEYS)) return [];
    const out: Finding[] = [];
    for (const md of memberDues(ctx.ledger, ctx.asOf)) {
      if (md.waived) continue;
      for (const run of md.unpaidRuns) {
        const first = run[0];
        const place = { sheet: first.ref?.sheet ?? dues.sheet, cell: first.ref?.address ?? null, row: first.row, member: md.name };
        out.push(makeFinding('D04', '错误', place,
          `${where(place)}${md.name ?? ''}自${cnPeriod(first.month)}至${cnPeriod(run[run.length - 1].month)}连续${run.length}个月未交纳党费。` +
          `党章第九条规定，没有正当理由连续六个月不交纳党费的视为自行脱党。请核实原因：已交纳的请补录，确有困难的按规定办理减免，否则按规定处置。`));
      }
    }
    return out;
  },
};
