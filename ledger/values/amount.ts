/**
 * Amounts in yuan: 12.5, "12.5元", "￥12.50", "1,234.00", full-width digits, or Chinese numerals
 * ("伍拾元整", "人民币壹佰贰拾元伍角", "五十元": cn-amount.ts).
 * A dash, a slash or 无 means nothing was entered (empty, not zero).
 * A refund row says so in words instead of a minus: "退还 48.00", "（退还）48元", "48.00（退回）" are −48;
 * or in brackets, as Excel's accounting formats show a negative: "(48.00)", "（48.00）", "(￥48.00)" are −48.
 */
import type { RawValue } from '../grid/grid.js';
import { isBlankMark, withoutTrailingNote } from './cell-text.js';
import { toHalfWidth } from './half-width.js';
import { chineseAmount } from './cn-amount.js';
import { BAD, EMPTY, ok, type Parsed } from './parsed.js';
import { PAYMENT_WAY } from './payment-way.js';

const WAIVED = /^(?:免交|免缴|免收|免交纳|免缴纳)$/;
const REFUND = /^[(（]?(?:退还|退回|退款|退)[)）]?[:：]?(.+)$|^(.+?)[(（](?:退还|退回|退款)[)）]$/;
const ACCOUNTING_NEGATIVE = /^\(([^()]+)\)(?:元整?)?$/;
const AMOUNT_RE = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

/** The text of a number without currency marks, or null when it is no number. */
export function numberFromText(input: string, units: RegExp): number | null {
  const s = toHalfWidth(input)
    .replace(/\s+/g, '')
    .replace(/^(?:RMB|CNY|¥|￥)/i, '')
    .replace(units, '');
  if (s === '' || !AMOUNT_RE.test(s) || !/\d/.test(s)) return null;
  const n = Number(s.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

export function parseAmount(v: RawValue | undefined): Parsed<number> {
  if (v == null) return EMPTY;
  if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : BAD;
  if (typeof v === 'boolean') return BAD;
  const s = toHalfWidth(v).trim();
  if (s === '' || isBlankMark(s)) return EMPTY;
  // 免交 written where the amount goes: nothing is due (a waiver, which the rules read from it too)
  if (WAIVED.test(s)) return ok(0);
  // "5600元/月", "84元每月": a monthly amount says so, and the column already means per month
  const refund = REFUND.exec(s);
  // s is half-width: "（48.00）" reads "(48.00)" here
  const bracketed = refund ? null : ACCOUNTING_NEGATIVE.exec(s);
  const text = refund ? (refund[1] ?? refund[2]) : bracketed ? bracketed[1] : s;
  const n = numberFromText(text, /(?:元整?|圆|块)?(?:\/月|每月|\/人)?$/) ?? chineseAmount(text);
  if (n == null) return BAD;
  return ok(refund || bracketed ? -Math.abs(n) : n);
}

const PAID_WORD = /^(?:已交|已缴|已交纳|已缴纳|补交|补缴|实交|实缴|预交|预缴)/;
const HOW = new RegExp(`${PAYMENT_WAY}$`);

/**
 * A payment written with a word about it: "已交84", "补交96元", "96（含7月补交）", "84 微信". The
 * amount, or null when the text is no such thing (a plain amount is parseAmount's).
 */
export function paidAmountText(text: string): number | null {
  const t = toHalfWidth(text).trim();
  const s = withoutTrailingNote(t.replace(PAID_WORD, '')).trim().replace(HOW, '').trim();
  if (s === t || s === '') return null;
  return numberFromText(s, /(?:元整?)$/) ?? chineseAmount(s);
}
