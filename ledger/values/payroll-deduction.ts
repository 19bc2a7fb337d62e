/**
 * A note saying dues are deducted from pay by the unit's finance office ("党费由单位财务每月从工资中代扣",
 * "党费由财务代扣代缴", "工资代扣"): many 机关 branches keep such a ledger without amounts, since the
 * payroll record is the proof of payment (中组发〔2008〕3号 allows collection through the unit).
 * Not a note that deducts something else (工会会费, 个税) or says dues are no longer deducted.
 */
import { compact } from './cell-text.js';

export interface PayrollDeduction {
  /** the month (1–12) the deduction starts ("7月起工资代扣"), or null for the whole year */
  fromMonth: number | null;
}

const DEDUCTED = /代扣|代缴|代交|扣缴|(?:工资|薪酬|薪资|薪金)[中里内]?(?:直接|统一|按月|每月)?扣/;
// "不再代扣", "未从工资中扣除", "停止代扣", "代扣失败": the note says the opposite
const NOT_DEDUCTED = /(?:不|未|没有?|无法|停止|暂停|取消)(?:再|能|予|由|从|经)?[^,。;]{0,8}?(?:代扣|代缴|代交|扣)|代扣(?:失败|未成功|不成功)/;
// something other than 党费 deducted; only read so where the note does not name 党费
const OTHER_DEDUCTION = /个税|所得税|社保|保险|公积金|医保|工会|会费|团费|房租|水电|餐费|伙食|话费|物业|互助金|捐款/;
const FROM_MONTH = /(\d{1,2})月份?(?:起|开始)/;

/** What the note says of a payroll deduction of dues, or null where it says none. */
export function payrollDeduction(text: string | null | undefined): PayrollDeduction | null {
  if (!text) return null;
  const t = compact(text);
  if (!DEDUCTED.test(t) || NOT_DEDUCTED.test(t)) return null;
  if (!t.includes('党费') && OTHER_DEDUCTION.test(t)) return null;
  const m = FROM_MONTH.exec(t);
  const month = m ? Number(m[1]) : null;
  return { fromMonth: month != null && month >= 1 && month <= 12 ? month : null };
}
