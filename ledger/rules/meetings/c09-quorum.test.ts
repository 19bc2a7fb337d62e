import { describe, expect, it } from 'vitest';
import { c09Quorum } from './c09-quorum.js';
import { LedgerBuilder } from '../test-support/ledger-builder.js';
import { at, run } from '../test-support/run.js';

describe('C09 quorum', () => {
  it('errs below half, warns at exactly half, and uses four fifths for an election', () => {
    const l = new LedgerBuilder()
      .meeting({ date: '2025-03-01', types: ['general'], expected: 10, present: 4 })
      .meeting({ date: '2025-03-02', types: ['general'], expected: 10, present: 5 })
      .meeting({ date: '2025-03-03', types: ['general'], expected: 10, present: 7, election: true })
      .meeting({ date: '2025-03-04', types: ['committee'], expected: 5, present: 2 }).build();
    const f = run(c09Quorum, l);
    expect(at(f)).toEqual(['三会一课!G3@3', '三会一课!G4@4', '三会一课!G5@5', '三会一课!G6@6']);
    expect(f.map((x) => x.severity)).toEqual(['错误', '警告', '错误', '错误']);
    expect(run(c09Quorum, l, '2025-12-31', { quorumHalf: 'inclusive' })).toHaveLength(3);
    expect(run(c09Quorum, l, '2025-12-31', { quorumHalf: 'strict' }).map((x) => x.severity)).toEqual(['错误', '错误', '错误', '错误']);
  });
  it('is quiet above half, above four fifths at an election, and for other meetings', () => {
    const l = new LedgerBuilder()
      .meeting({ date: '2025-03-01', types: ['general'], expected: 10, present: 6 })
      .meeting({ date: '2025-03-02', types: ['general'], expected: 10, present: 9, election: true })
      .meeting({ date: '2025-03-03', types: ['lecture'], expected: 10, present: 2 }).build();
    expect(run(c09Quorum, l)).toEqual([]);
  });
});

describe('C09 where the record names who came but not 应到', () => {
  it('counts the roster\'s 正式党员 of that day as 应到 and says so', () => {
    const l = new LedgerBuilder().fullMembers(9).member({ name: '预备', join: '2025-01-10', category: '预备党员' })
      .meeting({ date: '2025-07-05', types: ['general'], expected: null, present: 4 })
      .meeting({ date: '2025-08-05', types: ['general'], expected: null, present: 5 }).build();
    const f = run(c09Quorum, l);
    expect(f.map((x) => x.period ?? x.row)).toHaveLength(1);
    expect(f[0].message).toContain('应到9人（记录未写应到人数，按党员名册中当时的正式党员计）、实到4人');
  });
  it('counts them as C08 does: a member a dated note shows arriving later is not yet a voter', () => {
    const l = new LedgerBuilder().fullMembers(8).member({ name: '王磊', join: '2010-01-01', full: '2011-01-01', category: '正式党员', note: '2025年5月由县教育局党支部转入' })
      .meeting({ date: '2025-03-05', types: ['general'], expected: null, present: 4 }).build();
    expect(run(c09Quorum, l)[0].message).toContain('应到8人（');
  });
  it('does not take 应到 from the roster for a meeting held with another branch (its names count both)', () => {
    const l = new LedgerBuilder().fullMembers(9)
      .meeting({ date: '2025-07-05', types: ['general'], expected: null, present: 4, withOthers: true }).build();
    expect(run(c09Quorum, l)).toEqual([]);
  });
  it('takes a 支委会\'s 应到 from the committee the roster shows, and says so; none without a committee', () => {
    const roles = [['书记'], ['组织委员'], ['宣传委员'], ['纪检委员'], ['副书记']];
    const withCommittee = () => roles.reduce((b, r, i) => b.member({ name: `委员${i + 1}`, roles: r }), new LedgerBuilder().fullMembers(4));
    const f = run(c09Quorum, withCommittee().meeting({ date: '2025-03-05', types: ['committee'], expected: null, present: 2 })
      .meeting({ date: '2025-04-05', types: ['committee'], expected: null, present: 3 }).build());
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('支委会应到5人（记录未写应到人数，按党员名册中的支部委员计）、实到2人');
    expect(run(c09Quorum, new LedgerBuilder().fullMembers(9).meeting({ date: '2025-03-05', types: ['committee'], expected: null, present: 1 }).build())).toEqual([]);
  });
});
