/** Test support for meeting rules: a branch that held every required meeting of 2025. */
import type { MeetingType } from '../../model/ledger.js';
import { LedgerBuilder, monthsOf } from './ledger-builder.js';

/** A branch with a committee and a 党小组, and every meeting of 2025 except `skip` (type@period). */
export function completeBranch(skip: string[] = []): LedgerBuilder {
  const b = new LedgerBuilder()
    .member({ name: '书记甲', roles: ['书记'], full: '2010-01-01', group: '第一党小组' })
    .member({ name: '委员乙', roles: ['组织委员'], full: '2010-01-01', group: '第一党小组' })
    .member({ name: '委员丙', roles: ['宣传委员'], full: '2010-01-01', group: '第一党小组' });
  const add = (type: MeetingType, period: string, date: string) => {
    if (!skip.includes(`${type}@${period}`)) b.meeting({ date, types: [type], speaker: type === 'lecture' ? '书记甲' : null });
  };
  for (const m of monthsOf(2025)) {
    const q = `2025-Q${Math.floor((Number(m.slice(5)) - 1) / 3) + 1}`;
    add('committee', m, `${m}-05`);
    add('group', m, `${m}-10`);
    add('themeDay', m, `${m}-15`);
    if (Number(m.slice(5)) % 3 === 2) {
      add('general', q, `${m}-20`);
      add('lecture', q, `${m}-25`);
    }
  }
  add('lifeMeeting', '2025', '2025-12-20');
  add('review', '2025', '2025-12-21');
  return b;
}
