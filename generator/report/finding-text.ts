/**
 * How a finding reads in a list that already has columns for its sheet, cell and period (the report's
 * annex, 问题清单.xlsx): the period in words, and the message without the place it starts with.
 * The JSON contract and `check` keep the finding exactly as the engine made it.
 */
import type { Finding } from '../../ledger/findings/finding.js';

const QUARTERS = ['一', '二', '三', '四'];

/** '2025-Q3' → 2025年第三季度, '2025-08' → 2025年8月, '2025' → 2025年; anything else as written. */
export function periodText(period: string): string {
  let m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (m) return `${m[1]}年第${QUARTERS[Number(m[2]) - 1]}季度`;
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return `${m[1]}年${Number(m[2])}月`;
  if (/^\d{4}$/.test(period)) return `${period}年`;
  return period;
}

/**
 * The message without the "党员名册 E7：" / "党员名册第7行：" / "三会一课：" it starts with
 * (ledger/rules/support/make-finding.ts `where`), when that is exactly this finding's own place.
 */
export function messageWithoutPlace(f: Finding): string {
  if (!f.sheet) return f.message;
  const prefixes = [`${f.sheet}：`];
  if (f.cell) prefixes.unshift(`${f.sheet} ${f.cell}：`);
  if (f.row != null) prefixes.unshift(`${f.sheet}第${f.row}行：`);
  const p = prefixes.find((x) => f.message.startsWith(x));
  const rest = p ? f.message.slice(p.length).trim() : '';
  return rest || f.message;
}
