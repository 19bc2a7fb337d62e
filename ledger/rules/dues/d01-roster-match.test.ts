import { describe, expect, it } from 'vitest';
import { d01RosterMatch } from './d01-roster-match.js';
import { LedgerBuilder, makeId } from '../test-support/ledger-builder.js';
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

  describe('a dues sheet with an ID column', () => {
    const song = makeId('1985-04-12');
    const other = makeId('1990-01-02', '女');
    it('takes a row whose ID is a roster member\'s as that member\'s: one D01 saying the names differ, at the dues name cell', () => {
      const l = new LedgerBuilder().member({ name: '张三', id: other }).member({ name: '宋振华', id: song })
        .duesWide({ name: '张三', id: other }).duesWide({ name: '宋晓华', id: song }).build();
      const f = run(d01RosterMatch, l);
      expect(at(f)).toEqual(['党费!A4@4']);
      expect(f[0].member).toBe('宋晓华');
      expect(f[0].severity).toBe('错误');
      expect(f[0].message).toBe('党费 A4：党费台账中的“宋晓华”与党员名册中的“宋振华”（党员名册 A4）身份证号相同，应为同一人，姓名写法不一致。请核对后统一。');
    });
    it('compares IDs as the roster rules do (spaces, lower-case x), one finding for a member\'s several rows', () => {
      const x = makeId('1970-01-01');
      const lower = x.endsWith('X') ? x.toLowerCase() : `${x.slice(0, 6)} ${x.slice(6)}`;
      const l = new LedgerBuilder().member({ name: '宋振华', id: x })
        .duesLong({ name: '宋晓华', months: ['2025-01'], id: lower }).duesLong({ name: '宋晓华', months: ['2025-02'], id: x })
        // the ID written on the member's first row only: the rows below under the same name follow it
        .duesLong({ name: '宋晓华', months: ['2025-03'], id: null }).build();
      expect(at(run(d01RosterMatch, l))).toEqual(['党费!A3@3']);
    });
    it('keeps matching by name where the ID tells no one member: no ID, another ID, an ID two roster rows share, a masked ID', () => {
      const twice = new LedgerBuilder().member({ name: '宋振华', id: song }).member({ name: '宋振', id: song });
      const cases: [LedgerBuilder, string | null][] = [
        [new LedgerBuilder().member({ name: '宋振华', id: song }), null],
        [new LedgerBuilder().member({ name: '宋振华', id: song }), other],
        [twice, song],
        [new LedgerBuilder().member({ name: '宋振华', id: '110101********1234' }), '110101********1234'],
      ];
      for (const [b, id] of cases) {
        const f = run(d01RosterMatch, b.duesWide({ name: '宋晓华', id }).build());
        expect(f.map((x) => x.message.includes('不在党员名册中') || x.message.includes('中没有记录'))).toEqual(f.map(() => true));
        expect(f.some((x) => x.message.includes('不在党员名册中'))).toBe(true);
      }
    });
  });
});
