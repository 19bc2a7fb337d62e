import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chineseAmount } from './cn-amount.js';
import { paidAmountText, parseAmount } from './amount.js';

const ok = (value: number) => ({ kind: 'ok', value });

describe('chineseAmount', () => {
  it.each([
    ['伍拾元', 50], ['伍拾元整', 50], ['伍拾圆整', 50], ['壹佰贰拾元伍角', 120.5], ['贰拾元零伍分', 20.05], ['人民币伍拾元整', 50],
    ['壹拾元', 10], ['拾元', 10], ['拾伍元', 15], ['壹佰零伍元', 105], ['壹仟零伍拾元', 1050], ['壹万贰仟元', 12000], ['壹万零伍佰元', 10500],
    ['贰角', 0.2], ['伍角伍分', 0.55], ['壹佰贰拾元伍角陆分', 120.56], ['壹佰贰拾元零伍角', 120.5], ['零元', 0], ['伍拾元/月', 50],
    ['五十元', 50], ['十元', 10], ['十五元', 15], ['两百元', 200], ['一百零五元', 105], ['三元五角', 3.5], [' 伍 拾 元 ', 50],
  ])('%j → %d', (text, n) => expect(chineseAmount(text)).toBe(n));

  it.each([
    '伍拾', '五十', '伍拾元伍', '壹佰伍元', '一百五元', '伍十元', '五拾元', '伍拾零元', '壹佰零零伍元', '零伍元', '伍拾元伍分整',
    '壹仟伍拾元', '壹万伍佰元', '壹万零贰仟元', '贰拾伍拾元', '伍伍元', '元', '整', '伍拾元多', '约伍拾元', '12元5角', '伍拾块',
  ])('%j is no complete amount', (text) => expect(chineseAmount(text)).toBeNull());
});

describe('Chinese numerals wherever an amount is read', () => {
  it.each([['伍拾元', 50], ['人民币伍拾元整', 50], ['五十元', 50], ['退还伍拾元', -50], ['壹佰贰拾元伍角', 120.5]])(
    'parseAmount(%j) → %d', (text, n) => expect(parseAmount(text)).toEqual(ok(n)));
  it.each(['伍拾', '壹佰伍元', '伍拾元多'])('parseAmount(%j) stays unreadable (W03)', (text) => expect(parseAmount(text)).toEqual({ kind: 'bad' }));
  it.each([['补交伍拾元', 50], ['已交伍拾元整', 50], ['伍拾元（微信）', 50]])('paidAmountText(%j) → %d', (text, n) => expect(paidAmountText(text)).toBe(n));
});

/** An independent writer of 大写金额 (the rules printed on Chinese receipts), for the round trip. */
const FIN = '零壹贰叁肆伍陆柒捌玖';
const ORD = '零一二三四五六七八九';
function writeSection(n: number, digits: string, units: string[], leadingZero: boolean): string {
  let out = '';
  let zero = leadingZero;
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / 10 ** p) % 10;
    if (d === 0) { if (out !== '' || leadingZero) zero = true; continue; }
    if (zero && (out !== '' || leadingZero)) out += '零';
    zero = false;
    out += digits[d] + (p > 0 ? units[p - 1] : '');
  }
  return out;
}
function writeYuan(cents: number, ordinary: boolean): string {
  const digits = ordinary ? ORD : FIN;
  const units = ordinary ? ['十', '百', '千'] : ['拾', '佰', '仟'];
  const yuan = Math.floor(cents / 100);
  const jiao = Math.floor(cents / 10) % 10;
  const fen = cents % 10;
  let text = '';
  if (yuan >= 10_000) {
    const high = Math.floor(yuan / 10_000);
    const low = yuan % 10_000;
    text = writeSection(high, digits, units, false) + '万' + (low === 0 ? '' : writeSection(low, digits, units, low < 1000));
  } else if (yuan > 0) text = writeSection(yuan, digits, units, false);
  if (yuan > 0) text += '元';
  if (jiao > 0) text += digits[jiao] + '角';
  if (fen > 0) text += (jiao === 0 && yuan > 0 ? '零' : '') + digits[fen] + '分';
  if (fen === 0) text += '整';
  return text;
}

describe('properties', () => {
  it('reads back every amount written in 大写 or ordinary numerals', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9_999_999_999 }), fc.boolean(), (cents, ordinary) => {
      const text = writeYuan(cents, ordinary);
      const r = parseAmount(text);
      return r.kind === 'ok' && Math.round(r.value * 100) === cents;
    }));
  });
  it('never throws, and reads nothing but finite amounts', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'零壹贰叁肆伍陆柒捌玖拾佰仟万一二两三五十百千元圆角分整人民币/月 1') }), (text) => {
      const n = chineseAmount(text);
      return n === null || Number.isFinite(n);
    }));
  });
});
