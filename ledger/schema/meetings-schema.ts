/** 三会一课 / 组织生活记录 (DOMAIN.md §1). Required: 日期, 会议类型 (W02). */
import { MEETING_TYPE } from './enums.js';
import type { LedgerSchema } from './field-spec.js';

/**
 * one column writing both counts ("应到13人，实到12人"): a 实到 column that 应到 is read from too
 * (meetings.ts), each count by its own word in the cell
 */
export const BOTH_COUNTS = ['参会情况', '出席情况', '到会情况', '参会人数情况', '出席人数情况'];

export const MEETINGS_SCHEMA: LedgerSchema = {
  kind: 'meetings',
  label: '三会一课记录',
  sheetNames: ['三会一课', '会议记录', '组织生活台账', '活动记录', '三会一课记录', '组织生活记录', '三会一课台账'],
  fields: [
    { key: 'seq', label: '序号', synonyms: ['编号', 'No', 'NO.', 'No.'], type: 'text', template: { width: 6 } },
    { key: 'date', label: '日期', synonyms: ['时间', '召开时间', '实际会议时间', '会议时间', '会议日期', '活动时间', '活动日期', '召开日期', '开会时间', '实际召开时间', '实际召开日期', '实际开展时间'], type: 'date', required: true, template: { width: 12, numFmt: 'yyyy-mm-dd' } },
    // a hand-kept register may write the month and the day in columns of their own (月 | 日), in place of 日期
    { key: 'monthPart', label: '月', synonyms: [], type: 'text' },
    { key: 'dayPart', label: '日', synonyms: [], type: 'text' },
    { key: 'typeText', label: '会议类型', synonyms: ['类别', '形式', '会议类别', '会议形式', '活动类型', '活动形式', '会议名称', '类型', '组织生活形式'], type: 'enum', enum: MEETING_TYPE, required: true, template: { width: 14 } },
    { key: 'topic', label: '主题', synonyms: ['内容', '议题', '会议主题', '会议内容', '主要内容', '活动主题', '活动内容', '学习内容', '会议议题'], type: 'text', template: { width: 30 } },
    // a 党课's subject kept in a column of its own beside 会议主题 (授课人 | 授课题目): the topic where 主题 is empty
    { key: 'lectureTopic', label: '授课题目', synonyms: ['党课题目', '讲课题目', '党课主题', '授课内容', '讲课内容', '授课主题'], type: 'text' },
    { key: 'host', label: '主持人', synonyms: ['主持', '会议主持人'], type: 'name', template: { width: 10 } },
    { key: 'speaker', label: '主讲人', synonyms: ['授课人', '讲课人', '主讲'], type: 'name', template: { width: 10, prompt: '党课填写' } },
    { key: 'expected', label: '应到人数', synonyms: ['应到', '应参会人数', '应到会人数', '应出席人数'], type: 'count', pairRole: 'expected', template: { width: 9, numFmt: '0' } },
    { key: 'present', label: '实到人数', pairRole: 'present', synonyms: ['实到', '实际参会人数', '实到会人数', '出席人数', '参会人数', '参加人数', ...BOTH_COUNTS], type: 'count', template: { width: 9, numFmt: '0' } },
    { key: 'leave', label: '请假人数', synonyms: ['请假', '缺席人数', '请假缺席人数'], type: 'count', template: { width: 9, numFmt: '0' } },
    { key: 'absentText', label: '缺席人员', synonyms: ['缺席人员及原因', '请假人员', '缺席人员名单', '请假人员及原因', '缺席人员姓名'], type: 'text', template: { width: 20, prompt: '姓名之间用顿号分隔，原因写在括号内，如：张三（病假）、李四（出差）' } },
    // who came, by name, where the record keeps no 实到人数: the count of names stands for it
    { key: 'participants', label: '参会人员', synonyms: ['参加人员', '出席人员', '到会人员', '参会党员', '出席党员', '参会人员名单'], type: 'text' },
    { key: 'attendees', label: '列席人员', synonyms: ['列席'], type: 'text', template: { width: 14 } },
    { key: 'recorder', label: '记录人', synonyms: ['记录', '会议记录人'], type: 'name', template: { width: 10 } },
    // a plan-and-outcome ledger (计划时间 … 实际召开时间, 完成情况): a row marked 未召开 is no meeting
    { key: 'outcome', label: '完成情况', synonyms: ['落实情况', '是否召开', '开展情况', '执行情况', '召开情况'], type: 'text' },
    { key: 'note', label: '备注', synonyms: ['说明'], type: 'text', template: { width: 16 } },
  ],
};
