/**
 * 党费收缴台账 (DOMAIN.md §1), long form (one row a member-month, or a 缴费起止月份
 * range) and wide form (1月 … 12月 columns). Rates: 中组发〔2008〕3号 第二、三条.
 */
import { WORK_STATUS } from './enums.js';
import type { FieldSpec, LedgerSchema } from './field-spec.js';
import { MEMBERS_SCHEMA } from './members-schema.js';

const name: FieldSpec = { key: 'name', label: '姓名', synonyms: ['党员姓名', '缴费人', '缴费人姓名', '交费人', '缴纳人'], type: 'name', required: true, template: { width: 10 } };
const status: FieldSpec = { key: 'status', label: '在职状态', synonyms: ['个人身份', '人员身份', '身份'], type: 'enum', enum: WORK_STATUS, template: { width: 10 } };
const base: FieldSpec = {
  key: 'base', label: '缴费基数',
  synonyms: ['工资基数', '计算基数', '缴存基数', '党费基数', '党费基数（取整）', '月工资收入', '交纳基数', '缴纳基数', '党费计算基数', '月工资', '工资收入', '基数'],
  type: 'amount', template: { width: 10, numFmt: '0.00', prompt: '每月工资收入（税后），元' },
};
const rate: FieldSpec = { key: 'rate', label: '比例', synonyms: ['缴费比例', '交纳比例', '缴纳比例', '党费比例', '费率'], type: 'rate' };
const due: FieldSpec = {
  key: 'due', label: '月应交',
  synonyms: ['应交', '应缴', '应交党费', '应缴党费', '应交党费（取整）', '月应交党费', '月应缴党费', '缴费标准（元/月）', '缴费标准', '每月应交', '每月应缴', '交纳标准', '月交纳标准', '应交金额', '应缴金额', '月应缴'],
  type: 'amount', template: { width: 10, numFmt: '0.00', prompt: '按中组发〔2008〕3号比例自动计算' },
};
const note: FieldSpec = { key: 'note', label: '备注', synonyms: ['说明'], type: 'text', template: { width: 16, prompt: '减免、免交请注明批准情况' } };
// some dues sheets name each payer by ID too: it ties a row to its roster member where the names differ
// (rules/dues/roster-index.ts); read with the roster's headers, never written in the template
const rosterId = MEMBERS_SCHEMA.fields.find((f) => f.key === 'idNumber')!;
const idNumber: FieldSpec = { key: 'idNumber', label: rosterId.label, synonyms: rosterId.synonyms, type: 'id' };
const seq: FieldSpec = { key: 'seq', label: '序号', synonyms: ['编号', 'No', 'NO.', 'No.'], type: 'text', template: { width: 6 } };

/** Long form: one row a payment. */
export const DUES_LONG_SCHEMA: LedgerSchema = {
  kind: 'dues',
  label: '党费收缴台账',
  sheetNames: ['党费', '党费台账', '党费收缴明细', '党费交纳登记表', '党费收缴台账', '党费缴纳'],
  fields: [
    name,
    { key: 'month', label: '月份', synonyms: ['缴费月份', '交纳月份', '所属月份', '缴纳月份', '党费月份', '缴费所属月份'], type: 'month' },
    { key: 'monthRange', label: '缴费起止月份', synonyms: ['起止月份', '缴费期间', '交纳起止月份', '缴费起止时间', '所属期间'], type: 'monthRange' },
    status, base, rate, due,
    { key: 'paid', label: '实交', synonyms: ['实缴', '实交党费', '实缴党费', '缴费金额', '月实际党费', '实交金额', '实缴金额', '交纳金额', '缴纳金额', '实际交纳', '实际缴纳'], type: 'amount' },
    { key: 'paidDate', label: '交纳日期', synonyms: ['缴费日期', '缴纳日期', '交费日期', '缴费时间', '交纳时间'], type: 'date' },
    note, seq, idNumber,
  ],
};

/** Wide form: one row a member, the months as columns (their headers are read by the month parser). */
export const DUES_WIDE_SCHEMA: LedgerSchema = {
  kind: 'dues',
  label: '党费收缴台账',
  sheetNames: DUES_LONG_SCHEMA.sheetNames,
  fields: [name, status, base, rate, due, note, seq, idNumber,
    { key: 'total', label: '合计', synonyms: ['小计', '总计', '全年合计', '合计金额', '累计'], type: 'amount', template: { width: 10, numFmt: '0.00' } }],
};

/** 应交 brackets for the template formula (中组发〔2008〕3号 第二、三条). */
export const DUES_BRACKETS = {
  employed: [[3000, 0.005], [5000, 0.01], [10000, 0.015], [Infinity, 0.02]] as [number, number][],
  retired: [[5000, 0.005], [Infinity, 0.01]] as [number, number][],
  /** 农民 0.2–1 元; 学生、下岗失业、低保 0.2 元: the template writes the minimum */
  fixed: { 农民: 0.2, 学生: 0.2, 下岗失业: 0.2, 低保: 0.2 } as Record<string, number>,
};
