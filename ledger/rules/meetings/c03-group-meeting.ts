import { missingMeetingRule } from './missing-meeting.js';

/** C03 支部工作条例（试行）: 党小组会一般每月召开1次 (branches with 党小组). */
export const c03GroupMeeting = missingMeetingRule({
  id: 'C03', type: 'group', severity: '警告',
  name: '缺少党小组会',
  description: '设有党小组的党支部，党小组会一般每月召开1次（《中国共产党支部工作条例（试行）》）；已结束的月份没有党小组会记录即报告。',
  label: '党小组会', norm: '党小组会一般每月召开1次',
});
