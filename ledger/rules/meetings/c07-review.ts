import { missingMeetingRule } from './missing-meeting.js';

/** C07 支部工作条例（试行）: 民主评议党员一般每年开展1次. */
export const c07Review = missingMeetingRule({
  id: 'C07', type: 'review', severity: '错误',
  name: '缺少民主评议党员',
  description: '党支部一般每年开展1次民主评议党员（《中国共产党支部工作条例（试行）》）；已结束的年度没有民主评议党员记录即报告；该年度的民主评议在次年1—3月开展、记录中写明该年度（如“2025年度”）的，计入该年度。',
  label: '民主评议党员', norm: '民主评议党员一般每年开展1次',
});
