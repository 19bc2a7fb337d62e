/**
 * A month left unpaid although a later payment had money to spare: the six months within which
 * arrears may be made up (中组发〔2008〕3号) had passed (a whole year paid at once in December). The
 * finding says so, and how to record it if the branch did agree to the late payment, instead of
 * telling the member's branch to "补录" what the ledger plainly shows was paid.
 */
import type { IsoMonth } from '../../model/ledger.js';
import { cnPeriod } from '../support/dates.js';
import { yuan } from '../support/text.js';
import type { MemberDues } from './member-months.js';

/** The sentences D03 ends with for `month` of this member, or '' when no late surplus concerns it. */
export function lateSurplusNote(md: MemberDues, month: IsoMonth): string {
  const late = md.lateSurplus;
  if (!late || month >= late.month) return '';
  return `${cnPeriod(late.month)}所交党费中多出的${yuan(late.amount)}距本月已超过6个月的补交期限，未用来抵顶本月。` +
    '请核实：经党组织同意补交的，请在备注中注明“补交”；党费应按月交纳（经同意可按季度交纳），请督促按月交纳。';
}
