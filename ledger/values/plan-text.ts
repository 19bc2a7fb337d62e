/**
 * A title or sheet name saying its sheet is a plan (年度计划, 计划表, 工作安排, 工作要点): what a branch
 * means to hold, not what it held, so never read as meeting records. A title naming the outcome too
 * ("三会一课计划及完成情况", "开展情况登记表") is a record's.
 */
import { compact } from './cell-text.js';

const PLAN = /计划|安排表|安排情况|工作安排|工作要点|学习安排/;
const RECORD = /完成情况|开展情况|落实情况|执行情况|召开情况|登记|记录|实际|台账/;

/** Do these texts (titles, the sheet's name) name a plan and no record of what was held? */
export function namesPlan(texts: readonly string[]): boolean {
  const all = texts.map((t) => compact(t));
  return all.some((t) => PLAN.test(t)) && !all.some((t) => RECORD.test(t));
}

/** Is this sub-header the column of what was held ("实际", "实际召开", "完成情况"), beside a 计划 one? */
export function namesOutcome(text: string): boolean {
  return /实际|完成|落实|已开/.test(compact(text));
}
