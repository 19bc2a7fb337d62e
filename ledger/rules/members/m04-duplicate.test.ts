import { describe, expect, it } from 'vitest';
import { m04Duplicate } from './m04-duplicate.js';
import { LedgerBuilder, makeId } from '../test-support/ledger-builder.js';
import { at, run } from '../test-support/run.js';

describe('M04 duplicate member', () => {
  it('reports the later of two rows with the same ID, naming both rows', () => {
    const id = makeId('1980-05-06');
    const l = new LedgerBuilder().member({ name: '张三', id }).member({ name: '李四', id: makeId('1981-01-01') })
      .member({ name: '张 三', id }).build();
    const f = run(m04Duplicate, l);
    expect(at(f)).toEqual(['党员名册!-@-']);
    expect(f[0].member).toBe('张 三');
    expect(f[0].message).toMatch(/第3行与第5行/);
  });
  it('same name: a duplicate where an ID is missing, two people where both IDs differ', () => {
    const l = new LedgerBuilder().member({ name: '王五', id: makeId('1980-01-01') }).member({ name: '王五', id: makeId('1990-01-01') })
      .member({ name: '赵六', id: null }).member({ name: '赵六', id: null }).build();
    const f = run(m04Duplicate, l);
    expect(f.map((x) => x.member)).toEqual(['赵六']);
    expect(f[0].message).toContain('第5行与第6行');
  });
  it('in a roster split over two sheets: names both sheets and rows, on the later row\'s sheet', () => {
    const id = makeId('1980-05-06');
    const l = new LedgerBuilder().member({ name: '张三', id }).member({ name: '李四', id: makeId('1981-01-01') }).member({ name: '张三', id }).build();
    const [a, b, c] = l.members!.members;
    const later = { ...c, sheet: '预备党员', row: 3 };
    l.members = { ...l.members!, sheets: ['党员名册', '预备党员'], members: [a, b, later] };
    const f = run(m04Duplicate, l);
    expect(at(f)).toEqual(['预备党员!-@-']);
    expect(f[0].message).toMatch(/^党员名册第3行与预备党员第3行的身份证号码相同/);
  });
});
