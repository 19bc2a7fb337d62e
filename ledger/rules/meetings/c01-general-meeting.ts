import { missingMeetingRule } from './missing-meeting.js';

/** C01 支部工作条例（试行）: 支部党员大会一般每季度召开1次. */
export const c01GeneralMeeting = missingMeetingRule({
  id: 'C01', type: 'general', severity: '错误',
  name: '缺少支部党员大会',
  description: '支部党员大会一般每季度召开1次（《中国共产党支部工作条例（试行）》）；已结束的季度没有党员大会记录即报告。',
  label: '支部党员大会', norm: '支部党员大会一般每季度召开1次',
});
