import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { payrollDeduction } from './payroll-deduction.js';

describe('payrollDeduction', () => {
  it.each([
    '党费由单位财务每月从工资中代扣',
    '党费由财务代扣代缴',
    '工资代扣',
    '注：本支部党员党费均由单位财务按月从工资中扣除。',
    '党费收缴台账（财务代扣）',
    '党费从工资中扣缴，不另收取',
  ])('%j: deducted from pay', (note) => expect(payrollDeduction(note)).toEqual({ fromMonth: null }));
  it('names the month the deduction starts', () => {
    expect(payrollDeduction('自７月起党费由工资代扣')).toEqual({ fromMonth: 7 });
  });
  it.each([
    '注：工会会费由财务代扣，不在本表登记',
    '代扣个人所得税',
    '3月起不再代扣，改为个人交纳',
    '党费未从工资中扣除，由党员自行交纳',
    '工资代扣失败，已现金补交',
    '按季度交纳',
    '',
    null,
  ])('%j: not a deduction of dues', (note) => expect(payrollDeduction(note)).toBeNull());
  it('never throws', () => fc.assert(fc.property(fc.option(fc.string()), (note) => { payrollDeduction(note); })));
});
