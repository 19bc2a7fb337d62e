/**
 * The 月应交 formula of the blank dues sheet, from the brackets of 中组发〔2008〕3号
 * 第二、三条 (ledger/schema/dues-schema.ts): 在职 0.5% / 1% / 1.5% / 2% by base,
 * 离退休 0.5% / 1%, fixed small amounts for 农民、学生、下岗失业、低保. Rounded to the fen.
 */
import { DUES_BRACKETS } from '../../ledger/schema/dues-schema.js';

function bracketChain(base: string, brackets: [number, number][]): string {
  const [[limit, rate], ...rest] = brackets;
  if (!Number.isFinite(limit) || rest.length === 0) return String(rate);
  return `IF(${base}<=${limit},${rate},${bracketChain(base, rest)})`;
}

/** Excel formula for the amount due in one row, given the cells of 在职状态 and 缴费基数. */
export function dueFormula(status: string, base: string): string {
  const fixed = Object.entries(DUES_BRACKETS.fixed)
    .reduce((inner, [s, amount]) => `IF(${status}="${s}",${amount},${inner})`,
      `ROUND(${base}*${bracketChain(base, DUES_BRACKETS.employed)},2)`);
  return `IF(${base}="","",IF(${status}="离退休",ROUND(${base}*${bracketChain(base, DUES_BRACKETS.retired)},2),${fixed}))`;
}
