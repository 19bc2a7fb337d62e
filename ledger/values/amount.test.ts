import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paidAmountText, parseAmount } from './amount.js';
import { parseCount } from './count.js';
import { parseRate } from './rate.js';

const ok = (value: number) => ({ kind: 'ok', value });

describe('parseAmount', () => {
  it.each([
    [12.5, 12.5], ['12.5', 12.5], ['12.5元', 12.5], ['￥12.50', 12.5], ['¥ 12.50', 12.5], ['１２．５', 12.5],
    ['1,234.00', 1234], ['0', 0], [' 30 元 ', 30], ['.5', 0.5], ['RMB100', 100], ['5600元/月', 5600], ['84元每月', 84], ['免交', 0], ['免缴', 0],
  ])('%j → %d', (v, n) => expect(parseAmount(v)).toEqual(ok(n)));
  it.each([
    ['退还 48.00', -48], ['退还48元', -48], ['（退还）48.00', -48], ['(退回)：12.5', -12.5], ['48.00（退还）', -48], ['退款￥48', -48], ['退还 -48', -48],
  ])('a refund in words: %j → %d', (v, n) => expect(parseAmount(v)).toEqual(ok(n)));
  it.each([
    ['(102.00)', -102], ['（102.00）', -102], ['(1,234.50)', -1234.5], ['（￥48.00）', -48], ['(48元)', -48], [' ( 48.00 ) ', -48], ['（１０２．００）', -102],
  ])('a negative in accounting brackets, as a refund: %j → %d', (v, n) => expect(parseAmount(v)).toEqual(ok(n)));
  it.each(['()', '(abc)', '((48))', '(48'])('%j in brackets is still unreadable', (v) => expect(parseAmount(v)).toEqual({ kind: 'bad' }));
  it.each(['', ' ', '-', '—', '/', '－', '无'])('%j is empty (a dash means nothing entered)', (v) => expect(parseAmount(v)).toEqual({ kind: 'empty' }));
  it.each(['abc', '12..5', '12元5角', '1,23', '免交了一半', '退还', '退还多交党费', true])('%j is unreadable', (v) => expect(parseAmount(v)).toEqual({ kind: 'bad' }));
  it('never throws and reads back any printed number', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), (v) => { parseAmount(v); }));
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), (cents) => {
      const text = (cents / 100).toFixed(2);
      const r = parseAmount(`￥${text}元`);
      return r.kind === 'ok' && r.value === Number(text);
    }));
  });
});

describe('parseCount', () => {
  it.each([[12, 12], ['12', 12], ['12人', 12], ['１２人', 12], ['0', 0], ['12 名', 12]])('%j → %d', (v, n) => expect(parseCount(v)).toEqual(ok(n)));
  it.each([['8/9', 8, 9], ['8／9人', 8, 9], ['应到9人实到8人', 8, 9], ['应到9实到8', 8, 9], ['应到：9 实到：8', 8, 9], ['应到人数：9，实到人数：8', 8, 9]])('%j in 实到 → %d, in 应到 → %d', (v, present, expected) => {
    expect(parseCount(v, 'present')).toEqual(ok(present));
    expect(parseCount(v, 'expected')).toEqual(ok(expected));
    expect(parseCount(v)).toEqual({ kind: 'bad' });
  });
  it.each([['到会9人', 9], ['应到10人，到会9人', 9], ['出席：9', 9]])('%j in 实到 → %d, as 参会人员 reads it (count.ts PRESENT_IN_TEXT)', (v, n) => expect(parseCount(v, 'present')).toEqual(ok(n)));
  it.each([['7（请假1人）', 7], ['9(含列席2人)', 9], ['8人（另有2人请假）', 8]])('%j → %d: a remark after the count', (v, n) => expect(parseCount(v)).toEqual(ok(n)));
  it.each(['十二', '12.5', -1, 1.5, 'x', '12人次', '8/9/10', '（请假1人）', '八（请假）'])('%j is unreadable', (v) => expect(parseCount(v)).toEqual({ kind: 'bad' }));
  it.each(['', '-', '/', '全体党员', '全到', '全体委员', '全部到会', '全员参加'])('%j is empty', (v) => expect(parseCount(v)).toEqual({ kind: 'empty' }));
  it('never throws; whole numbers round-trip', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.double(), fc.constant(null)), (v) => { parseCount(v); }));
    fc.assert(fc.property(fc.nat(100_000), (n) => { const r = parseCount(`${n}人`); return r.kind === 'ok' && r.value === n; }));
  });
});

describe('parseRate', () => {
  it.each([['1%', 0.01], ['0.5%', 0.005], ['１．５％', 0.015], [0.005, 0.005], [0.02, 0.02], [1.5, 0.015], ['0.01', 0.01]])(
    '%j → %d', (v, n) => expect(parseRate(v)).toEqual(ok(n)));
  it('rejects text that is no rate', () => expect(parseRate('一半')).toEqual({ kind: 'bad' }));
  it('never throws', () => fc.assert(fc.property(fc.oneof(fc.string(), fc.double()), (v) => { parseRate(v); })));
});

describe('paidAmountText', () => {
  it.each([['已交84', 84], ['已缴84元', 84], ['补交96元', 96], ['96（含7月补交）', 96], ['84(已交)', 84], ['84 微信', 84], ['８４元（转账）', 84],
    // every way a month's cell alone may say it was paid (dues.ts PAID_MARK) is read after an amount too
    ['84 微信支付', 84], ['84 工资代扣', 84], ['84元 银行转账', 84], ['84 网上缴纳', 84], ['84 扫码支付', 84]] as const)(
    '%j → %d', (t, n) => expect(paidAmountText(t)).toBe(n));
  it.each(['84', '84元', '已交', '代扣', '（补交）', '补交七月', ''])('%j is not one (a plain amount or no amount)', (t) => expect(paidAmountText(t)).toBeNull());
  it('never throws', () => fc.assert(fc.property(fc.string(), (t) => { paidAmountText(t); })));
});
