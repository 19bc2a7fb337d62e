import { describe, expect, it } from 'vitest';
import { officesOnly, parsePartyRoles } from './party-roles.js';

describe('offices named by a roster note', () => {
  it('reads a note that is nothing but offices', () => {
    expect(officesOnly('支部书记')).toEqual(['书记']);
    expect(officesOnly('组织委员、宣传委员')).toEqual(['组织委员', '宣传委员']);
    expect(officesOnly('机关第一党支部书记')).toEqual(['书记']);
    expect(officesOnly(' 副书记 ')).toEqual(['副书记']);
  });
  it('turns away a note that says anything more', () => {
    for (const t of ['原支部书记', '前任组织委员', '代理书记', '书记讲党课', '2024年退休', '支部书记（兼）', '流动党员', '']) expect(officesOnly(t)).toBeNull();
  });
});

describe('parsePartyRoles', () => {
  it('keeps an office it does not know as written, and drops 无', () => {
    expect(parsePartyRoles('书记兼组织委员')).toEqual(['书记', '组织委员']);
    expect(parsePartyRoles('机关第一党支部书记、工会主席')).toEqual(['书记', '工会主席']);
    expect(parsePartyRoles('无')).toEqual([]);
  });
});
