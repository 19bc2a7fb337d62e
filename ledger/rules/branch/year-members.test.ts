import { describe, expect, it } from 'vitest';
import { b01TooFew } from './b01-too-few.js';
import { b02Committee } from './b02-committee.js';
import { b03TooMany } from './b03-too-many.js';
import { b04NoSecretary } from './b04-no-secretary.js';
import { LedgerBuilder } from '../test-support/ledger-builder.js';
import { run } from '../test-support/run.js';
import { computeStats } from '../../stats/index.js';
import { d01RosterMatch } from '../dues/d01-roster-match.js';

// a roster row kept on after its member left before the year: none of the year's members,
// for the branch rules as for the stats and the report's member table
const gone = { note: '2023年5月转出至市文旅局', category: '正式党员' as const };
const sec = { name: '书记', roles: ['书记'], category: '正式党员' as const };

describe('B01–B04 count the year\'s members, as the stats do', () => {
  it('B03: 50 members and two rows of members gone in 2023 are not "超过50人"', () => {
    const l = new LedgerBuilder().member(sec).fullMembers(49)
      .member({ name: '转出甲', ...gone }).member({ name: '转出乙', category: '正式党员', note: '2024年11月去世' }).build();
    expect(run(b03TooMany, l)).toEqual([]);
    expect(computeStats(l, [], '2025-12-31', '').members.total).toBe(50);
  });

  it('a death written in the 在职状态 column before the year ends membership as a remark does: not in the stats, no D01', () => {
    const l = new LedgerBuilder().member(sec).fullMembers(49)
      .member({ name: '病故甲', category: '正式党员', status: '2024年病故' as never })
      .duesWide({ name: '书记', due: 50, paid: Array.from({ length: 12 }, () => 50) }).build();
    expect(computeStats(l, [], '2025-12-31', '').members.total).toBe(50);
    expect(run(d01RosterMatch, l, '2025-12-31').map((f) => f.member)).not.toContain('病故甲');
  });

  it('B03: with 51 of the year\'s members the finding says 51, the figure of the member table', () => {
    const l = new LedgerBuilder().member(sec).fullMembers(50).member({ name: '转出甲', ...gone }).build();
    const f = run(b03TooMany, l);
    expect(f.map((x) => x.message)).toEqual([expect.stringContaining('共有党员51人，超过50人')]);
    expect(computeStats(l, [], '2025-12-31', '').members.total).toBe(51);
  });

  it('B01: two 正式党员 and one gone before the year are too few; one leaving during the year still counts', () => {
    const few = new LedgerBuilder().member(sec).fullMembers(1).member({ name: '转出甲', ...gone }).build();
    expect(run(b01TooFew, few).map((x) => x.message)).toEqual([expect.stringContaining('正式党员只有2人')]);
    const during = new LedgerBuilder().member(sec).fullMembers(1).member({ name: '转出甲', category: '正式党员', note: '2025年6月转出' }).build();
    expect(run(b01TooFew, during)).toEqual([]);
  });

  it('B02: seven 正式党员 only with one gone before the year need no committee', () => {
    const l = new LedgerBuilder().member(sec).fullMembers(5).member({ name: '转出甲', ...gone }).build();
    expect(run(b02Committee, l)).toEqual([]);
    const seven = new LedgerBuilder().member(sec).fullMembers(6).member({ name: '转出甲', ...gone }).build();
    expect(run(b02Committee, seven).map((x) => x.message)).toEqual([expect.stringContaining('支部有正式党员7人')]);
  });

  it('B04: a 书记 gone before the year is no 书记 of the year, as the stats say', () => {
    const l = new LedgerBuilder().member({ name: '老书记', roles: ['书记'], ...gone }).fullMembers(5).build();
    expect(run(b04NoSecretary, l).map((x) => x.severity)).toEqual(['错误']);
    expect(computeStats(l, [], '2025-12-31', '').members.secretary).toBeNull();
  });
});
