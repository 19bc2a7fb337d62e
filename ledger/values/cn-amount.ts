/**
 * An amount in yuan written in Chinese numerals: financial numerals (大写金额, as on a receipt:
 * "伍拾元整", "壹佰贰拾元伍角", "贰拾元零伍分", "人民币伍拾元整") or ordinary ones ("五十元", "十元",
 * "两百元"). Only a complete, well-formed amount is read: it names its unit (元/圆, 角 or 分), keeps
 * to one kind of numeral, its units fall in order, and a digit without a unit follows 拾 or 零
 * ("壹佰伍元" is 105 to some and 150 to others: not read). Null when the text is no such amount.
 */
import { toHalfWidth } from './half-width.js';

interface Numerals {
  digits: Record<string, number>;
  /** 拾/佰/仟 (or 十/百/千) → their power of ten */
  units: Record<string, number>;
  wan: string;
}

const FINANCIAL: Numerals = {
  digits: { 零: 0, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 },
  units: { 拾: 1, 佰: 2, 仟: 3 },
  wan: '万',
};

const ORDINARY: Numerals = {
  digits: { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 },
  units: { 十: 1, 百: 2, 千: 3 },
  wan: '万',
};

const FINANCIAL_ONLY = /[壹贰叁肆伍陆柒捌玖拾佰仟]/;
const ORDINARY_ONLY = /[〇一二两三四五六七八九十百千]/;

/**
 * The whole amount: [integer 元] [零] [digit 角] [零] [digit 分] [整], at least one unit. 人民币 may
 * come first, "/月" or "每月" last (the column already means a month's).
 */
const AMOUNT = /^(?:人民币|RMB|CNY)?(?:([^元圆角分整正]+)[元圆])?(?:零?([^元圆角分整正零])角)?(?:零?([^元圆角分整正零])分)?(?:整|正)?(?:\/月|每月)?$/i;

/** A whole number below 10 000 (a 万 section): units in falling order, 零 only over a gap. */
function section(text: string, n: Numerals, leadingTen: boolean): number | null {
  let value = 0;
  // the power of ten the next digit may take without a 零 before it; -1 once the ones are written
  let expect: number | null = null;
  let zero = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '零' || c === '〇') {
      // one 零, between written places
      if (zero || expect == null || i === text.length - 1) return null;
      zero = true;
      i++;
      continue;
    }
    let digit = n.digits[c];
    let unitChar = text[i + 1];
    if (digit === undefined) {
      // 拾伍 / 十五: a leading 拾 without its 壹
      if (!(leadingTen && i === 0 && n.units[c] === 1)) return null;
      digit = 1;
      unitChar = c;
      i -= 1;
    }
    if (digit === 0) return null;
    const power = unitChar !== undefined && n.units[unitChar] !== undefined ? n.units[unitChar] : 0;
    if (power === 0 && unitChar !== undefined) return null;
    if (expect != null) {
      // a skipped place needs its 零, and a 零 needs a skipped place; a bare digit (the ones) only
      // right after 拾 or a 零
      if (power >= expect + 1) return null;
      if (zero ? power === expect : power !== expect) return null;
    }
    value += digit * 10 ** power;
    expect = power - 1;
    zero = false;
    i += power === 0 ? 1 : 2;
  }
  return expect == null ? null : value;
}

/** A whole number below 100 000 000: [section 万] [零] [section]. */
function whole(text: string, n: Numerals): number | null {
  if (/^[零〇]$/.test(text)) return 0;
  const at = text.indexOf(n.wan);
  if (at < 0) return section(text, n, true);
  const high = section(text.slice(0, at), n, true);
  if (high == null) return null;
  let rest = text.slice(at + 1);
  if (rest === '') return high * 10_000;
  // below 万 a place is skipped unless the rest begins with its 仟: 壹万零伍佰, 壹万贰仟
  const zero = rest[0] === '零' || rest[0] === '〇';
  if (zero) rest = rest.slice(1);
  const thousands = rest.length > 1 && n.units[rest[1]] === 3;
  if (zero === thousands) return null;
  const low = section(rest, n, false);
  return low == null ? null : high * 10_000 + low;
}

function digitOf(c: string | undefined, n: Numerals): number | null {
  if (c === undefined) return 0;
  const d = n.digits[c];
  return d === undefined || d === 0 ? null : d;
}

/** The amount `text` writes in Chinese numerals, in yuan, or null. */
export function chineseAmount(text: string): number | null {
  const s = toHalfWidth(text).replace(/\s+/g, '');
  if (s === '' || /\d/.test(s)) return null;
  const m = AMOUNT.exec(s);
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return null;
  // one kind of numeral: 伍十 is a slip, not an amount
  const financial = FINANCIAL_ONLY.test(s);
  if (financial && ORDINARY_ONLY.test(s)) return null;
  const n = financial ? FINANCIAL : ORDINARY;
  // 元 must be written: "伍拾元" (m[1] set) or 角/分 alone ("贰角"); 整 only after 元 or 角
  if (/[整正]/.test(s) && m[3] !== undefined) return null;
  const yuan = m[1] === undefined ? 0 : whole(m[1], n);
  const jiao = digitOf(m[2], n);
  const fen = digitOf(m[3], n);
  if (yuan == null || jiao == null || fen == null) return null;
  return Math.round(yuan * 100 + jiao * 10 + fen) / 100;
}
