import { describe, expect, it } from 'vitest';
import { m03IdMismatch } from './m03-id-mismatch.js';
import { LedgerBuilder, makeId } from '../test-support/ledger-builder.js';
import { at, run } from '../test-support/run.js';

describe('M03 ID disagrees with 出生日期 / 性别', () => {
  it('reports the 出生日期 and 性别 cells that disagree with a valid ID', () => {
    const l = new LedgerBuilder().member({ name: '张三', id: makeId('1980-05-06', '男'), birth: '1980-06-05', gender: '女' }).build();
    const f = run(m03IdMismatch, l);
    expect(at(f)).toEqual(['党员名册!D3@3', '党员名册!B3@3']);
  });
  it('compares a month-precise birth date by month, and skips invalid IDs', () => {
    const l = new LedgerBuilder()
      .member({ name: '甲', id: makeId('1980-05-06', '女'), birth: '1980-05', gender: '女' })
      .member({ name: '乙', id: makeId('1980-05-06').slice(0, 17) + 'Z', birth: '1990-01-01' }).build();
    expect(run(m03IdMismatch, l)).toEqual([]);
  });
  it('says why where 1985.10 was typed as a number and shows as 1985.1 (January) against an October ID', () => {
    const l = new LedgerBuilder()
      .member({ name: '甲', id: makeId('1985-10-12', '女'), birth: '1985-01', gender: '女' })
      .member({ name: '乙', id: makeId('1985-03-12', '女'), birth: '1985-01', gender: '女' }).build();
    const [a, b] = l.members!.members;
    a.birthDate.raw = { v: 1985.1 } as typeof a.birthDate.raw;
    b.birthDate.raw = { v: 1985.1 } as typeof b.birthDate.raw;
    const f = run(m03IdMismatch, l);
    expect(f.map((x) => x.member)).toEqual(['甲', '乙']);
    expect(f[0].message).toContain('出生年月填写为数字1985.1（即1985年1月）');
    expect(f[0].message).toContain('请把该列设置为文本格式后填写“1985.10”');
    expect(f[1].message).toContain('出生日期填写为1985年1月，与身份证号码中的出生日期1985年3月12日不一致');
  });
});
