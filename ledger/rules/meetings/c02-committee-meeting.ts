import { missingMeetingRule } from './missing-meeting.js';

/** C02 支部工作条例（试行）: 支部委员会会议一般每月召开1次 (branches with a committee). */
export const c02CommitteeMeeting = missingMeetingRule({
  id: 'C02', type: 'committee', severity: '错误',
  name: '缺少支委会',
  description: '设立支部委员会的党支部，支委会一般每月召开1次（《中国共产党支部工作条例（试行）》）；已结束的月份没有支委会记录即报告。',
  label: '支委会', norm: '支部委员会会议一般每月召开1次',
});
