import { missingMeetingRule } from './missing-meeting.js';

/** C05 支部工作条例（试行）: 党支部应当每月相对固定1天开展主题党日. */
export const c05ThemeDay = missingMeetingRule({
  id: 'C05', type: 'themeDay', severity: '警告',
  name: '缺少主题党日',
  description: '党支部应当每月相对固定1天开展主题党日（《中国共产党支部工作条例（试行）》）；已结束的月份没有主题党日记录即报告。',
  label: '主题党日活动', norm: '每月应相对固定1天开展主题党日',
});
