import { describe, expect, it } from 'vitest';
import { d01RosterMatch } from './d01-roster-match.js';
import { LedgerBuilder } from '../test-support/ledger-builder.js';
import { at, run } from '../test-support/run.js';

describe('D01 dues ledger vs roster', () => {
  it('reports a dues name not in the roster (dues name cell) and a member without dues (the dues sheet, no row)', () => {
    const l = new LedgerBuilder().member({ name: '张三' }).member({ name: '李四' })
      .duesWide({ name: '张三' }).duesWide({ name: '王二' }).build();
    const f = run(d01RosterMatch, l);
    expect(at(f)).toEqual(['党费!A4@4', '党费!-@-']);
    expect(f.map((x) => x.member)).toEqual(['王二', '李四']);
    // a gap in the dues ledger: the contract's "for a dues gap the dues sheet"; the message names the roster cell
    expect(f[1].message).toBe('党费：党员李四（党员名册 A4）在党费台账“党费”中没有记录。请在党费台账中补录其交纳情况；如已转出或不是本支部党员，请在党员名册中更正。');
  });
  it('matches names across spaces', () => {
    const l = new LedgerBuilder().member({ name: '张三' }).duesWide({ name: '张 三' }).build();
    expect(run(d01RosterMatch, l)).toEqual([]);
  });
  it('names every sheet of a dues ledger split over several', () => {
    const l = new LedgerBuilder().member({ name: '张三' }).member({ name: '李四' }).duesWide({ name: '张三' }).build();
    l.dues = { ...l.dues!, sheets: ['党费（上半年）', '党费（下半年）'] };
    expect(run(d01RosterMatch, l)[0].message).toContain('在党费台账“党费（上半年）”“党费（下半年）”中没有记录');
  });
});
