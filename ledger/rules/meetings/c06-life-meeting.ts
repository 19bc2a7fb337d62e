import { missingMeetingRule } from './missing-meeting.js';

/** C06 支部工作条例（试行）: 组织生活会一般每年召开1次. */
export const c06LifeMeeting = missingMeetingRule({
  id: 'C06', type: 'lifeMeeting', severity: '错误',
  name: '缺少组织生活会',
  description: '党支部每年至少召开1次组织生活会（《中国共产党支部工作条例（试行）》）；已结束的年度没有组织生活会记录即报告；该年度的组织生活会在次年1—3月召开、记录中写明该年度（如“2025年度”）的，计入该年度。',
  label: '组织生活会', norm: '组织生活会一般每年召开1次',
});
