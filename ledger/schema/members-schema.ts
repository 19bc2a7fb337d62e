/** 党员名册 (DOMAIN.md §1). Required: 姓名, 身份证号, 入党时间 (W02). */
import { GENDER, MEMBER_CATEGORY, PARTY_ROLE, WORK_STATUS } from './enums.js';
import type { LedgerSchema } from './field-spec.js';

export const MEMBERS_SCHEMA: LedgerSchema = {
  kind: 'members',
  label: '党员名册',
  sheetNames: ['党员名册', '花名册', '党员信息', '党员台账', '党员花名册', '党员基本信息'],
  fields: [
    { key: 'name', label: '姓名', synonyms: ['党员姓名', '名字'], type: 'name', required: true, template: { width: 10 } },
    { key: 'gender', label: '性别', synonyms: [], type: 'enum', enum: GENDER, template: { width: 6 } },
    { key: 'ethnicity', label: '民族', synonyms: [], type: 'text', template: { width: 8 } },
    { key: 'idNumber', label: '身份证号', synonyms: ['公民身份号码', '身份证号码', '身份证', '公民身份证号码', '身份证件号码', '证件号码'], type: 'id', required: true, template: { width: 22, numFmt: '@', prompt: '18位身份证号，本列为文本格式，请勿改为数字' } },
    { key: 'birthDate', label: '出生日期', synonyms: ['出生年月', '出生年月日', '出生时间'], type: 'date', template: { width: 12, numFmt: 'yyyy-mm-dd' } },
    { key: 'education', label: '学历', synonyms: ['文化程度', '最高学历', '学历学位'], type: 'text', template: { width: 10 } },
    { key: 'joinDate', label: '入党时间', synonyms: ['入党日期', '加入党组织日期', '入党年月', '加入中国共产党时间', '入党时间（预备）', '发展时间'], type: 'date', required: true, template: { width: 12, numFmt: 'yyyy-mm-dd', prompt: '支部大会接收为预备党员的日期' } },
    { key: 'fullDate', label: '转正时间', synonyms: ['转正日期', '转为正式党员日期', '转正年月', '转为正式党员时间'], type: 'date', template: { width: 12, numFmt: 'yyyy-mm-dd' } },
    { key: 'category', label: '党员类别', synonyms: ['人员类别', '党员类型', '党籍状态', '党员状态'], type: 'enum', enum: MEMBER_CATEGORY, template: { width: 10 } },
    { key: 'partyRole', label: '党内职务', synonyms: ['支部职务', '党内任职', '党务职务'], weakSynonyms: ['职务'], type: 'enum', enum: PARTY_ROLE, template: { width: 12 } },
    { key: 'group', label: '党小组', synonyms: ['所在党小组', '党小组名称', '所属党小组'], type: 'text', template: { width: 10 } },
    { key: 'position', label: '工作岗位', synonyms: ['工作单位及职务', '行政职务', '现任职务', '单位职务'], weakSynonyms: ['职务'], type: 'text', template: { width: 16 } },
    { key: 'status', label: '在职状态', synonyms: ['个人身份', '人员身份', '在职情况', '工作状态', '身份'], type: 'enum', enum: WORK_STATUS, template: { width: 10, prompt: '决定党费比例：在职、离退休、农民、学生、下岗失业、低保' } },
    { key: 'phone', label: '联系电话', synonyms: ['手机号码', '手机号', '联系方式', '电话', '手机', '电话号码'], type: 'text', template: { width: 14, numFmt: '@' } },
    { key: 'note', label: '备注', synonyms: ['说明'], type: 'text', template: { width: 16 } },
    /** national-system exports name the branch on every row; used when no info sheet names it */
    { key: 'branchName', label: '所在党支部', synonyms: ['所在党组织', '所属党支部', '所在支部', '所属支部', '所属党组织', '党支部名称'], type: 'text' },
    /** when the organisational relation came to or left this branch, where the roster keeps a column for it */
    { key: 'transferIn', label: '转入时间', synonyms: ['转入日期', '转入本支部时间', '组织关系转入时间', '组织关系转入日期', '调入时间'], type: 'date' },
    { key: 'transferOut', label: '转出时间', synonyms: ['转出日期', '组织关系转出时间', '组织关系转出日期', '调出时间'], type: 'date' },
    { key: 'seq', label: '序号', synonyms: ['编号', 'No', 'NO.', 'No.'], type: 'text', template: { width: 6 } },
  ],
};
