/** 支部基本信息: label/value pairs (DOMAIN.md §1). */
import { BRANCH_TYPE } from './enums.js';
import type { LedgerSchema } from './field-spec.js';

export const BRANCH_SCHEMA: LedgerSchema = {
  kind: 'branch',
  label: '支部信息',
  sheetNames: ['支部信息', '基本情况', '支部基本信息', '基本信息', '支部概况'],
  fields: [
    { key: 'name', label: '支部名称', synonyms: ['党支部名称', '支部全称', '党组织名称', '组织名称', '党支部'], type: 'text', template: { width: 40 } },
    { key: 'parent', label: '上级党组织', synonyms: ['上级党组织名称', '上级党委', '隶属党组织', '上级组织'], type: 'text', template: { width: 40 } },
    { key: 'unit', label: '所在单位', synonyms: ['单位名称', '所在单位名称', '依托单位'], type: 'text', template: { width: 40 } },
    { key: 'type', label: '支部类型', synonyms: ['党支部类型', '党组织类型', '单位类型', '组织类型'], type: 'enum', enum: BRANCH_TYPE, template: { width: 40, prompt: '机关、事业单位、企业、村、社区、学校或其他；村、社区任期五年' } },
    { key: 'founded', label: '成立时间', synonyms: ['成立日期', '建立时间', '组建时间'], type: 'date', template: { width: 40, numFmt: 'yyyy-mm-dd' } },
    { key: 'lastElection', label: '上次换届时间', synonyms: ['换届时间', '本届任期起', '实际换届时间', '本届换届时间', '最近换届时间', '上届换届时间', '任期开始时间'], type: 'date', template: { width: 40, numFmt: 'yyyy-mm-dd' } },
    { key: 'nextElection', label: '应换届时间', synonyms: ['下次换届时间', '任期届满时间', '届满时间', '本届任期止', '任期结束时间'], type: 'date', template: { width: 40, numFmt: 'yyyy-mm-dd' } },
    { key: 'year', label: '统计年度', synonyms: ['年度', '台账年度', '所属年度'], type: 'year', template: { width: 40, numFmt: '0', prompt: '四位年份，如 2025' } },
    { key: 'filler', label: '填报人', synonyms: ['填表人', '制表人', '填报人员'], type: 'text', template: { width: 40 } },
    { key: 'fillDate', label: '填报日期', synonyms: ['填表日期', '制表日期', '填报时间'], type: 'date', template: { width: 40, numFmt: 'yyyy-mm-dd' } },
  ],
};
