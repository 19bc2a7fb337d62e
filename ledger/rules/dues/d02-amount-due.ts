/**
 * D02 应交党费计算有误: 中组发〔2008〕3号 — the monthly due is the base times the
 * rate of the member's status bracket. Rounding: 分 by default (settings.rounding); 角 or 元 is
 * also accepted where the ledger rounds (a 取整 header, or every due a whole number of 角/元).
 * A 减免/免交 note (approved by the committee above) suppresses it. The due is fixed for the year,
 * so a long-form ledger repeating the same wrong due on every month's row gets one finding, at the
 * first such row.
 */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import type { DuesLedger, DuesRecord } from '../../model/ledger.js';
import type { Settings } from '../../settings.js';
import { makeFinding, placeOf, where } from '../support/make-finding.js';
import { rowWaived, yuan } from '../support/text.js';
import { isMultipleOf, judgeDue, type Rounding } from './dues-rate.js';
import { duesKeyOf, rosterByName } from './roster-index.js';
import { dueByRate, writtenDue } from '../../model/written-due.js';

/** The roundings accepted for this ledger. */
export function acceptedRoundings(dues: DuesLedger, settings: Settings): Rounding[] {
  const out = new Set<Rounding>(['fen', settings.rounding]);
  const amounts = dues.records.map((r) => r.due.value).filter((v): v is number => v != null && v > 0);
  if (dues.roundedHeader) { out.add('jiao'); out.add('yuan'); }
  if (amounts.length > 0 && amounts.every((d) => isMultipleOf(d, 0.1))) out.add('jiao');
  if (amounts.length > 0 && amounts.every((d) => isMultipleOf(d, 1))) out.add('yuan');
  return [...out];
}

/** Monthly dues a row may mean: its due, or for a row covering k months whose due equals what it paid, due / k. */
function monthlyReadings(r: DuesRecord, due: number, form: DuesLedger['form']): number[] {
  if (form !== 'long') return [due];
  const k = r.months.length;
  const paid = r.months.reduce((s, m) => s + (m.paid.value ?? 0), 0);
  return k > 1 && due > 0 && Math.abs(paid - due) < 0.01 ? [due, due / k] : [due];
}

export const d02AmountDue: Rule = {
  id: 'D02',
  area: 'dues',
  severity: '错误',
  name: '应交党费计算有误',
  description: '月应交党费应按中组发〔2008〕3号规定的比例计算：在职党员按税后工资基数0.5%至2%，离退休党员0.5%或1%，农民党员0.2至1元，学生、下岗失业、低保党员0.2元；经批准减免的在备注中注明。',
  check(ctx: RuleContext): Finding[] {
    const dues = ctx.ledger.dues;
    if (!dues) return [];
    const roster = rosterByName(ctx.ledger);
    const keyOf = duesKeyOf(ctx.ledger);
    const roundings = acceptedRoundings(dues, ctx.settings);
    const out: Finding[] = [];
    const reported = new Map<string, Finding>();
    for (const r of dues.records) {
      // without a 月应交 column, the 比例 as written stands for it (base × rate)
      const byRate = dueByRate(r);
      const due = writtenDue(r);
      if (due == null || r.due.unreadable) continue;
      const member = roster.get(keyOf(r)) ?? null;
      if (rowWaived(r, member?.note.value)) continue;
      const status = member?.status.value ?? null;
      const verdicts = monthlyReadings(r, due, dues.form).map((d) => judgeDue(d, r.base.value, status, roundings));
      if (verdicts.some((v) => !v || v.ok)) continue;
      const verdict = verdicts[0];
      if (!verdict || verdict.ok) continue;
      const key = `${keyOf(r) || `#${r.row}`}|${due}|${r.base.value}`;
      const name = member?.name.value ?? r.name.value ?? null;
      const place = placeOf(byRate ? r.rate.ref : r.due.ref, r, name);
      const earlier = reported.get(key);
      // the same cell again (a due written once for a member's rows, or merged down over them) is no other row
      if (earlier && earlier.sheet === place.sheet && earlier.cell != null && earlier.cell === place.cell) continue;
      if (earlier) { earlier.message = earlier.message.replace(/（同样填写的共(\d+)行）|$/, (_, n) => `（同样填写的共${n ? Number(n) + 1 : 2}行）`); continue; }
      const written = byRate ? `按比例${+(r.rate.value! * 100).toFixed(2)}%计算为${yuan(due)}` : `填写为${yuan(due)}`;
      // a base kept on a sheet of its own (a 缴费基数核定表): say where it is
      const base = r.base.ref && r.base.ref.sheet !== place.sheet ? `，缴费基数见工作表“${r.base.ref.sheet}”${r.base.ref.address}` : '';
      const f = makeFinding('D02', '错误', place,
        `${where(place)}${name ?? `第${r.row}行`}的月应交党费${written}，应为${verdict.expected}` +
        `（${verdict.basis}${base}，中组发〔2008〕3号）。请核对缴费基数和人员身份后改正；如经批准减免，请在备注中注明。`);
      reported.set(key, f);
      out.push(f);
    }
    return out;
  },
};
