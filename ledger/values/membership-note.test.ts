import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { duesSpan, membershipSpan } from './membership-note.js';

describe('membershipSpan', () => {
  it.each([
    [['2025年6月转出'], { from: null, until: '2025-06', leftUndated: false }],
    [['6月份组织关系转出至县教育局党支部'], { from: null, until: '2025-06', leftUndated: false }],
    [['组织关系转出（2025.9）'], { from: null, until: '2025-09', leftUndated: false }],
    [['2025年5月从县教育局机关党支部转入'], { from: '2025-05', until: null, leftUndated: false }],
    [[null, '5月转入', '10月调出'], { from: '2025-05', until: '2025-10', leftUndated: false }],
    [['2025年3月12日病故'], { from: null, until: '2025-03', leftUndated: false }],
    // a row kept on after the member left in an earlier year: no month of this one
    [['2024年11月转出至市文旅局'], { from: null, until: '2024-12', leftUndated: false }],
    [['失联超过6个月，2024年9月经支部大会决定停止党籍'], { from: null, until: '2024-12', leftUndated: false }],
  ] as const)('%j → %j', (notes, span) => expect(membershipSpan(2025, notes)).toEqual(span));

  it.each([['2024年12月转入'], ['按季度交纳'], ['6月补交'], ['因病请假'], ['13月转出'], ['2026年3月转出']])('%j says nothing about 2025', (note) =>
    expect(membershipSpan(2025, [note])).toEqual({ from: null, until: null, leftUndated: false }));

  it.each([['转出'], ['已转出'], ['组织关系已转出'], ['去世']])('%j says the member left, not when', (note) =>
    expect(membershipSpan(2025, [note])).toEqual({ from: null, until: null, leftUndated: true }));

  it.each([['2024年底转出'], ['2024年转出至市教育局'], ['2023年病故']])('%j: left before the year, its month unwritten', (note) =>
    expect(membershipSpan(2025, [note])).toEqual({ from: null, until: '2024-12', leftUndated: false }));

  it.each([
    [2025, ['去年12月转出'], { from: null, until: '2024-12', leftUndated: false }],
    [2025, ['前年病故'], { from: null, until: '2024-12', leftUndated: false }],
    [2025, ['去年底转出至市教育局'], { from: null, until: '2024-12', leftUndated: false }],
    [2025, ['今年3月转入'], { from: '2025-03', until: null, leftUndated: false }],
    [2025, ['去年3月转入，今年9月调出'], { from: null, until: '2025-09', leftUndated: false }],
    [2024, ['去年12月转出'], { from: null, until: '2023-12', leftUndated: false }],
    [2026, ['去年12月转出'], { from: null, until: '2025-12', leftUndated: false }],
    [2025, ['６０岁以上年老体弱，今年５月转入'], { from: '2025-05', until: null, leftUndated: false }],
  ] as const)('in a %i ledger %j is relative to its year: %j', (year, notes, span) => expect(membershipSpan(year, notes)).toEqual(span));

  it('a move out dated by this year alone says the member left, not when; a year after says nothing', () => {
    expect(membershipSpan(2025, ['2025年转出'])).toEqual({ from: null, until: null, leftUndated: true });
    expect(membershipSpan(2025, ['2026年转出'])).toEqual({ from: null, until: null, leftUndated: false });
    // the year of joining before a dated move is not the move's
    expect(membershipSpan(2025, ['2019年入党2025年6月转出'])).toEqual({ from: null, until: '2025-06', leftUndated: false });
  });

  it.each([['2025年6月父亲病故，家庭困难'], ['其父6月病故'], ['家属去世请假'], ['母亲于2025年3月去世'], ['其子2025年5月去世'], ['父2025年5月病故'], ['2025年3月岳母病故']])('%j: a relative died, the member did not', (note) =>
    expect(membershipSpan(2025, [note])).toEqual({ from: null, until: null, leftUndated: false }));

  it('a 停止党籍 a later 恢复党籍 undid: a member from the month restored', () => {
    expect(membershipSpan(2025, ['2023年停止党籍，2025年3月恢复党籍'])).toEqual({ from: '2025-03', until: null, leftUndated: false });
    expect(membershipSpan(2025, ['2024年9月停止党籍'])).toEqual({ from: null, until: '2024-12', leftUndated: false });
  });

  it('never throws', () => fc.assert(fc.property(fc.array(fc.option(fc.string())), (notes) => { membershipSpan(2025, notes); })));
});

describe('duesSpan: the months dues are owed for', () => {
  it.each([
    [['2025年7月3日因病去世'], '2025-06'], [['2025年3月12日病故'], '2025-02'], [['党员减少：病故（2025.7）'], '2025-06'],
    [['逝世（2025年12月）'], '2025-11'], [['2025年1月20日去世'], '2024-12'], [['2024年11月病故'], '2024-12'],
    [[null, '按月交纳', '2025年5月死亡'], '2025-04'],
  ] as const)('%j: up to the month before the death → %s', (notes, until) => expect(duesSpan(2025, notes).until).toBe(until));

  it.each([
    [['2025年6月转出'], '2025-06'], [['2025.8.15转出至市城管局机关党支部'], '2025-08'], [['组织关系转出（2025.9）'], '2025-09'],
  ] as const)('%j: a transfer keeps its month → %s', (notes, until) => expect(duesSpan(2025, notes).until).toBe(until));

  it('keeps the month of a transfer in and says nothing more than membershipSpan otherwise', () => {
    expect(duesSpan(2025, ['2025年5月从县教育局机关党支部转入'])).toEqual({ from: '2025-05', until: null, leftUndated: false });
    expect(duesSpan(2025, ['去世'])).toEqual({ from: null, until: null, leftUndated: true });
    fc.assert(fc.property(fc.array(fc.option(fc.string())), (notes) => {
      const a = membershipSpan(2025, notes);
      const b = duesSpan(2025, notes);
      return a.from === b.from && a.leftUndated === b.leftUndated && (a.until === b.until || (a.until != null && b.until != null && b.until < a.until));
    }));
  });
});
