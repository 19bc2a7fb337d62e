import { describe, expect, it } from 'vitest';
import { m02IdNumber } from './m02-id-number.js';
import { LedgerBuilder, makeId } from '../test-support/ledger-builder.js';
import { at, run } from '../test-support/run.js';

describe('M02 ID number invalid', () => {
  it('reports a wrong check character at the ID cell, masked', () => {
    const good = makeId('1985-03-04');
    const bad = good.slice(0, 17) + (good[17] === '5' ? '6' : '5');
    const l = new LedgerBuilder().member({ name: '张三', id: bad }).member({ name: '李四', id: good }).build();
    const f = run(m02IdNumber, l);
    expect(at(f)).toEqual(['党员名册!C3@3']);
    expect(f[0].member).toBe('张三');
    expect(f[0].message).toContain(`校验位应为 ${good[17]}`);
    expect(f[0].message).not.toContain(bad);
  });
  it('reports an ID stored as a number with the fix, and an old 15-digit ID', () => {
    const l = new LedgerBuilder()
      .member({ name: '甲', id: { text: '110101198503041200', storedAsNumber: true } })
      .member({ name: '乙', id: '110105491231002' }).build();
    const f = run(m02IdNumber, l);
    expect(at(f)).toEqual(['党员名册!C3@3', '党员名册!C4@4']);
    expect(f[0].message).toContain('把该列设置为文本格式后重新录入');
    expect(f[1].message).toContain('15位');
  });
  it('accepts a lower-case x and surrounding spaces', () => {
    const l = new LedgerBuilder().member({ name: '丙', id: ' 11010519491231002x ' }).build();
    expect(run(m02IdNumber, l)).toEqual([]);
  });
  it('takes a 港澳居民来往内地通行证 number for what it is, not a wrong ID; a short or odd one is still reported', () => {
    const l = new LedgerBuilder()
      .member({ name: '陈家明', id: 'H60123457' }).member({ name: '何嘉欣', id: 'm1023456801' })
      .member({ name: '甲', id: 'H6012345' }).member({ name: '乙', id: 'X60123457' }).build();
    const f = run(m02IdNumber, l);
    expect(at(f)).toEqual(['党员名册!C5@5', '党员名册!C6@6']);
  });
  it('gives one 提示 for a roster whose IDs are partly hidden with *, not an error on each', () => {
    const hide = (id: string, from: number, to: number) => id.slice(0, from) + '*'.repeat(to - from) + id.slice(to);
    const l = new LedgerBuilder()
      .member({ name: '张三', id: hide(makeId('1985-03-04'), 6, 14) })
      .member({ name: '李四', id: hide(makeId('1990-01-02'), 10, 14) })
      .member({ name: '王五', id: '11010519491231002*x' }).build();
    const f = run(m02IdNumber, l);
    expect(f.map((x) => [x.severity, x.cell])).toEqual([['错误', 'C5'], ['提示', 'C3']]);
    expect(f[1].message).toContain('有2名党员（如张三）的身份证号码部分用“*”隐去');
  });
});
