import { missingMeetingRule } from './missing-meeting.js';

/** C07 支部工作条例（试行）: 民主评议党员一般每年开展1次. */
export const c07Review = missingMeetingRule({
  id: 'C07', type: 'review', severity: '错误',
  name: '缺少民主评议党员',
  description: '党支部一般每年开展1次民主评议党员（《中国共产党支部工作条例（试行）》）；已结束的年度没有民主评议党员记录即报告。',
  label: '民主评议党员', norm: '民主评议党员一般每年开展1次',
});
