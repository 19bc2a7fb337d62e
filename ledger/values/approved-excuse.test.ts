import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { approvedExcuse } from './approved-excuse.js';

describe('approvedExcuse', () => {
  it.each([
    '长期卧床，经支部委员会研究同意不参加集中组织生活，由支委上门送学',
    '援疆干部，经党委批准暂不参加支部组织生活',
    '病休（已批准）',
    '驻村第一书记，经支部同意在驻村党支部参加组织生活',
    '出国探亲，经支委会同意请假',
    '住院治疗，支部研究同意',
  ])('%j is an approved excuse', (note) => expect(approvedExcuse(note)).toBe(true));
  it.each([
    '长期卧床', '病休', '外派', '经支部同意', '已批准', '出国，未经批准', '住院，尚未批准', '病假，支部不同意', '', null, undefined,
  ])('%j is not', (note) => expect(approvedExcuse(note)).toBe(false));
  it('never throws', () => fc.assert(fc.property(fc.option(fc.string()), (note) => { approvedExcuse(note); })));
});
