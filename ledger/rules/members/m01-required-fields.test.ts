import { describe, expect, it } from 'vitest';
import { m01RequiredFields } from './m01-required-fields.js';
import { LedgerBuilder, makeId } from '../test-support/ledger-builder.js';
import { at, run } from '../test-support/run.js';

const ok = { id: makeId('1980-01-01'), join: '2005-07-01', full: '2006-07-01', category: '正式党员' as const };

describe('M01 required member fields', () => {
  it('reports an empty 身份证号 at its cell, and a blank name on a row with other data', () => {
    const l = new LedgerBuilder().member({ ...ok, name: '张三', id: null }).member({ ...ok, name: null }).build();
    const f = run(m01RequiredFields, l);
    expect(at(f)).toEqual(['党员名册!C3@3', '党员名册!A4@4']);
    expect(f[0].member).toBe('张三');
    expect(f[0].message).toContain('身份证号码未填写');
    expect(f[1].member).toBeNull();
  });
  it('does not ask for 党员类别 when a 转正时间 derives it, nor for an absent column', () => {
    const l = new LedgerBuilder().member({ ...ok, name: '李四', category: null }).build();
    expect(run(m01RequiredFields, l)).toEqual([]);
    const b = new LedgerBuilder().member({ ...ok, name: '王五', full: null, category: null, effective: null });
    expect(at(run(m01RequiredFields, b.build()))).toEqual(['党员名册!G3@3']);
    b.omit.add('id');
    b.omit.add('category');
    expect(run(m01RequiredFields, b.build())).toEqual([]);
  });
});
