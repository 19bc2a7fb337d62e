/** Meetings, info-sheet and whole-workbook layouts the corpus generator does not make, read from real files. */
import { describe, expect, it } from 'vitest';
import {
  EXPECTED, checkLayout, infoVertical, meetingList, plainDues, plainMeetings, plainRoster, stats, wFindings, type SheetIn,
} from './layout-support.js';

/** The words real meeting sheets use for each canonical type. */
const VARIANT: Record<string, string[]> = {
  支委会: ['支委会议', '支部委员会', '支委会'],
  主题党日: ['主题党日活动', '主题党日'],
  支部党员大会: ['党员大会', '党员大会（选举）'],
  党课: ['专题党课', '党课'],
  组织生活会: ['专题组织生活会'],
  民主评议党员: ['民主评议党员'],
};

describe('meetings layouts', () => {
  it('实际会议时间 as "2025/2/3  14:30" text, type variants, a combined 主题党日+党课', async () => {
    const list = meetingList();
    const rows: (string | number | null)[][] = [['序号', '实际会议时间', '会议类型', '会议主题', '主持人', '应到人数', '实到人数', '缺席人员及原因', '记录人']];
    let n = 0;
    for (const [d, t] of list) {
      const [y, m, day] = d.split('-').map(Number);
      const variants = VARIANT[t];
      // the quarter's 党课 is held with a 主题党日 in a combined meeting in one month of four
      if (t === '党课' && m === 6) continue;
      const type = t === '主题党日' && m === 6 ? '主题党日+党课' : variants[n++ % variants.length];
      rows.push([rows.length, `${y}/${m}/${day}  14:30`, type, '学习贯彻', '张三', 4, 4, '', '李四']);
    }
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课记录', rows }]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('a 党员大会 and a 党课 held with another branch: their 应到 counts both branches, no C08/C09 on it', async () => {
    const rows: (string | number | null)[][] = [['日期', '会议类型', '议题', '主持人', '应到人数', '实到人数', '记录人', '备注']];
    for (const [d, t] of meetingList()) {
      const q3 = d === '2025-09-20' || d === '2025-09-22';
      if (!q3) { rows.push([d, t, '学习', '张三', t === '支部党员大会' ? 4 : null, t === '支部党员大会' ? 4 : null, '李四', null]); continue; }
      // 17 = this branch's 4 and the other branch's 13; the 党课 gives names only (no 应到)
      rows.push(t === '支部党员大会'
        ? [d, '支部党员大会（联合）', '学习贯彻', '张三', 17, 16, '李四', '与县审计局机关党支部联合召开']
        : [d, '联合党课', '学习贯彻', '张三', null, 15, '李四', null]);
    }
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows }]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings.filter((f) => f.rule === 'C08' || f.rule === 'C09')).toEqual([]);
    expect(r.ledger.meetings!.meetings.filter((m) => m.withOthers).map((m) => m.row)).toHaveLength(2);
  });

  it('two-day meetings as a span of days, 全体党员 / 全到 for the counts, a remark after a count', async () => {
    const rows: (string | number | null)[][] = [['日期', '会议类型', '议题', '主持人', '应到人数', '实到人数', '记录人']];
    meetingList().forEach(([d, t], i) => {
      const [y, m, day] = d.split('-').map(Number);
      const date = i % 3 === 0 ? `${y}年${m}月${day}日-${day + 1}日` : i % 3 === 1 ? `${d}至${y}-${String(m).padStart(2, '0')}-${day + 1}` : d;
      const counts = [['全体党员', '全到'], [4, '全到'], [4, '3（请假1人）']][i % 3];
      rows.push([date, t, '学习', '张三', ...counts, '李四']);
    });
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows }]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings.filter((f) => f.rule.startsWith('C'))).toEqual([]);
    expect(r.ledger.meetings!.meetings.map((m) => m.present.value).slice(0, 3)).toEqual([null, 4, 3]);
  });

  it('one sheet, a block a meeting type under its own title (支委会记录 …, no 会议类型 column), quarter headings and a tally of times', async () => {
    const rows: (string | number | null)[][] = [];
    const types = [...new Set(meetingList().map(([, t]) => t))];
    for (const t of types) {
      rows.push([`${t}记录`], ['日期', '主题', '主持人', '记录人']);
      let q = 0;
      for (const [d, tt] of meetingList()) {
        if (tt !== t) continue;
        const dq = Math.ceil(Number(d.slice(5, 7)) / 3);
        if (dq !== q) { rows.push([`第${'一二三四'[dq - 1]}季度`]); q = dq; }
        rows.push([d, '学习', '张三', '李四']);
      }
      rows.push([null, `全年${t}`, `${meetingList().filter(([, tt]) => tt === t).length}次`], []);
    }
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows }]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings.filter((f) => f.rule.startsWith('C'))).toEqual([]);
  });

  it('会议类型 "组织生活" on every record, the meeting named at the start of the 会议内容 (召开支委会，… / 支委会：…)', async () => {
    const rows: (string | number | null)[][] = [['日期', '类别', '会议内容', '主持人', '记录人']];
    meetingList().forEach(([d, t], i) => rows.push([d, '组织生活', i % 2 ? `召开${t}，学习贯彻上级精神` : `${t}：学习贯彻上级精神`, '张三', '李四']));
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '组织生活记录', rows }]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings.filter((f) => f.rule.startsWith('C'))).toEqual([]);
  });

  it('dates written with a weekday, a part of the day or a span of time after them', async () => {
    const weekday = (d: Date) => '日一二三四五六'[d.getUTCDay()];
    const forms = [
      (y: number, m: number, d: number) => `${y}年${m}月${d}日上午`,
      (y: number, m: number, d: number) => `${y}年${m}月${d}日（星期${weekday(new Date(Date.UTC(y, m - 1, d)))}）`,
      (y: number, m: number, d: number) => `${y}.${m}.${d}晚`,
      (y: number, m: number, d: number) => `${y}/${m}/${d} 周${weekday(new Date(Date.UTC(y, m - 1, d)))} 14:30-16:00`,
      (y: number, m: number, d: number) => `${y}年${m}月${d}日下午2点半`,
    ];
    const rows: (string | number | null)[][] = [['日期', '会议类型', '主题', '主持人', '记录人']];
    meetingList().forEach(([d, t], i) => {
      const [y, m, day] = d.split('-').map(Number);
      rows.push([forms[i % forms.length](y, m, day), t, '学习', '张三', '李四']);
    });
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows }]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings.filter((f) => f.rule.startsWith('C'))).toEqual([]);
  });

  it('each 支部党员大会 written over three rows, one 议题 a row, the other cells merged down (also re-saved by LibreOffice)', async () => {
    const rows: (string | number | null)[][] = [['日期', '会议类型', '议题', '主持人', '应到人数', '实到人数', '记录人']];
    const merges: string[] = [];
    for (const [d, t] of meetingList()) {
      if (t !== '支部党员大会') {
        rows.push([d, t, '学习', '张三', 4, 4, '李四']);
        continue;
      }
      const top = rows.length + 1;
      rows.push([d, t, '1.传达学习上级会议精神', '张三', 4, 4, '李四'], [null, null, '2.讨论发展党员工作'], [null, null, '3.学习《中国共产党纪律处分条例》']);
      merges.push(...['A', 'B', 'D', 'E', 'F', 'G'].map((c) => `${c}${top}:${c}${top + 2}`));
    }
    const reference = await checkLayout([infoVertical(), plainRoster(), plainDues(), plainMeetings()]);
    for (const soffice of [false, true]) {
      const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows, merges }], { soffice });
      expect(stats(r)).toEqual(EXPECTED);
      expect(r.findings).toEqual(reference.findings);
      const general = r.ledger.meetings!.meetings.filter((m) => m.types.includes('general'));
      expect(general[0].topic.value).toBe('1.传达学习上级会议精神；2.讨论发展党员工作；3.学习《中国共产党纪律处分条例》');
    }
  }, 120_000);

  it('one row per 议题 with the meeting written again on each row, nothing merged: one meeting, its topics joined', async () => {
    const rows: (string | number | null)[][] = [['会议日期', '会议类型', '议题序号', '议题', '主持人', '应到人数', '实到人数', '记录人']];
    for (const [d, t] of meetingList()) {
      const n = t === '支委会' ? 3 : t === '支部党员大会' ? 2 : 1;
      for (let i = 1; i <= n; i++) rows.push([d, t, i, `议题${i}`, '张三', 4, 4, '李四']);
    }
    // two 党小组会 on one day, hosted by their own leaders: two meetings
    rows.push(['2025-12-10', '党小组会', 1, '学习', '张三', 2, 2, '李四'], ['2025-12-10', '党小组会', 1, '学习', '李四', 2, 2, '李四']);
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课记录', rows }]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual({ ...EXPECTED, meetings: { ...EXPECTED.meetings, group: 2 } });
    const committee = r.ledger.meetings!.meetings.find((m) => m.types.includes('committee'))!;
    expect(committee.topic.value).toBe('议题1；议题2；议题3');
  });

  it('a sheet named 组织生活记录 with a column a meeting type, the one held ticked √ (no 会议类型 column)', async () => {
    const types = ['支部党员大会', '支委会', '党小组会', '党课', '主题党日', '组织生活会', '民主评议党员'];
    const rows: (string | number | null)[][] = [['日期', '会议内容', ...types, '主持人', '应到人数', '实到人数', '记录人']];
    for (const [d, t] of meetingList()) rows.push([d, '学习', ...types.map((x) => (x === t ? '√' : null)), '张三', 4, 4, '李四']);
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '组织生活记录', rows }]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings.filter((f) => f.rule.startsWith('C'))).toEqual([]);
  });

  it('a sheet named 组织生活记录 without a 会议类型 column is not a sheet of 组织生活会 alone: the column is missing', async () => {
    const rows = [['日期', '会议内容', '主持人', '记录人'], ...meetingList().map(([d]) => [d, '学习', '张三', '李四'])];
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '组织生活记录', rows }]);
    expect(wFindings(r).map((f) => f.rule)).toEqual(['W02']);
    expect(r.ledger.meetings!.meetings.filter((m) => m.types.includes('lifeMeeting'))).toEqual([]);
  });

  it('月 and 日 in columns of their own, the month merged down over its meetings or written on the first only, the year in the title', async () => {
    for (const merged of [true, false]) {
      const rows: (string | number | null)[][] = [['2025年度三会一课登记表'], ['月', '日', '会议类型', '会议主题', '主持人', '记录人']];
      const merges: string[] = ['A1:F1'];
      for (let m = 1; m <= 12; m++) {
        const list = meetingList().filter(([d]) => Number(d.slice(5, 7)) === m);
        const top = rows.length + 1;
        list.forEach(([d, t], i) => rows.push([i === 0 ? `${m}月` : null, m % 2 ? `${Number(d.slice(8))}日` : Number(d.slice(8)), t, '学习', '张三', '李四']));
        if (merged && list.length > 1) merges.push(`A${top}:A${top + list.length - 1}`);
      }
      const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows, merges }]);
      expect(wFindings(r)).toEqual([]);
      expect(stats(r)).toEqual(EXPECTED);
      expect(r.findings.filter((f) => f.rule.startsWith('C'))).toEqual([]);
    }
  });

  it('a plan-and-outcome ledger (计划时间, 实际召开时间, 完成情况): a planned 支委会 marked 未召开 is no meeting', async () => {
    const rows: (string | number | null)[][] = [['序号', '计划时间', '会议类型', '计划内容', '实际召开时间', '主持人', '应到人数', '实到人数', '记录人', '完成情况']];
    for (const [d, t] of meetingList()) {
      const skipped = t === '支委会' && d.startsWith('2025-08');
      rows.push([rows.length, d.slice(0, 7), t, '学习', skipped ? null : d, skipped ? null : '张三', 4, skipped ? null : 4, skipped ? null : '李四', skipped ? '未召开（工作冲突，顺延）' : '已完成']);
    }
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课计划落实台账', rows }]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual({ ...EXPECTED, meetings: { ...EXPECTED.meetings, committee: 11 } });
    expect(r.findings.filter((f) => f.rule.startsWith('C')).map((f) => `${f.rule} ${f.period}`)).toEqual(['C02 2025-08']);
  });
  it('民主评议 kept as a sheet of grades (姓名 | 评定等次), dated above the table (评议时间：2025年12月26日): it was held', async () => {
    const meetings = plainMeetings();
    const withoutReview = { ...meetings, rows: meetings.rows.filter((r) => r[1] !== '民主评议党员') };
    const grades = (dated: boolean): SheetIn => ({
      name: '民主评议党员情况表',
      rows: [['2025年度民主评议党员情况表'], [dated ? '评议时间：2025年12月26日' : '填表人：李四', null, '参评人数：4'],
        ['序号', '姓名', '自我评价', '党员互评', '评定等次'], ...['张三', '李四', '王五', '赵六'].map((n, i) => [i + 1, n, '合格', '合格', i === 0 ? '优秀' : '合格'])],
    });
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), withoutReview, grades(true)]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings.filter((f) => f.rule.startsWith('C'))).toEqual([]);
    // without the day it was held, the sheet proves nothing: C07 stays
    const undated = await checkLayout([infoVertical(), plainRoster(), plainDues(), withoutReview, grades(false)]);
    expect(undated.findings.filter((f) => f.rule.startsWith('C')).map((f) => f.rule)).toEqual(['C07']);
  });
  it('应到 and 实到 in one 参会情况 cell (应到4人，实到4人), absentees with ASCII brackets or 缺席：无: counted, and a missed quorum found', async () => {
    const committee = (t: string) => t === '支委会';
    const rows = [['日期', '会议类型', '主题', '主持人', '参会情况', '缺席人员及原因', '记录人'], ...meetingList().map(([d, t]) => {
      const n = committee(t) ? 3 : 4;
      const short = t === '支部党员大会' && d.startsWith('2025-09');
      return [d, t, '学习', '张三', short ? `应到${n}人，实到1人` : `应到${n}人实到${n}人`, short ? '李四(出差)、王五(病假)、赵六(事假)' : '缺席：无', '李四'];
    })];
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '组织生活记录', rows }]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    const ms = r.ledger.meetings!.meetings;
    expect(ms.filter((m) => m.expected.value == null || m.present.value == null)).toEqual([]);
    expect(ms.filter((m) => m.absentees.length > 0).map((m) => m.absentees)).toEqual([['李四', '王五', '赵六']]);
    expect(r.findings.filter((f) => f.rule.startsWith('C')).map((f) => `${f.rule} ${f.cell}`)).toEqual(['C09 E24']);
  });
  it('参会情况 written "应到：4 实到：3" (a colon, a space between), 请假人员及原因 and 列席人员 columns: counted, a missed quorum found', async () => {
    const rows = [['会议时间', '会议类型', '会议内容', '主持人', '参会情况', '请假人员及原因', '列席人员', '记录人'], ...meetingList().map(([d, t]) => {
      const n = t === '支委会' ? 3 : 4;
      const short = t === '支部党员大会' && d.startsWith('2025-09');
      const general = t === '支部党员大会';
      return [d, t, '学习', '张三', `应到：${n} 实到：${short ? 1 : general ? n - 1 : n}`, short ? '李四（出差）、王五（病假）、赵六（事假）' : general ? '赵六（外出学习）' : '无',
        general ? '区直机关工委组织部 陈晓明' : '', '李四'];
    })];
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows }]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    const ms = r.ledger.meetings!.meetings;
    expect(ms.filter((m) => m.expected.value == null || m.present.value == null)).toEqual([]);
    expect(ms.filter((m) => m.typeText.value === '支部党员大会').map((m) => m.present.value)).toEqual([3, 3, 1, 3]);
    expect(r.findings.filter((f) => f.rule.startsWith('C')).map((f) => `${f.rule} ${f.cell}`)).toEqual(['C09 E24']);
  });
  it('党课 rows with 会议主题 empty and their subject under 授课题目 (授课人 beside it): no C10, and a row with neither is still one', async () => {
    const rows: (string | null)[][] = [['日期', '会议类型', '会议主题', '授课人', '授课题目', '主持人', '记录人'], ...meetingList().map(([d, t]) => (t === '党课'
      ? [d, t, null, '张三', d.startsWith('2025-12') ? null : '学习贯彻党的二十届三中全会精神', '张三', '李四']
      : [d, t, '学习', null, null, '张三', '李四']))];
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows }]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    // the December 党课 names no subject in either column: C10 at its 会议主题 cell
    const december = rows.findIndex((row) => row[1] === '党课' && String(row[0]).startsWith('2025-12')) + 1;
    expect(r.findings.filter((f) => f.rule.startsWith('C')).map((f) => `${f.rule} ${f.cell}`)).toEqual([`C10 C${december}`]);
  });
  it('a year summary under the records: a merged sentence (全年共召开支委会12次…) and a tally row of type | count pairs: no record, no W03', async () => {
    const plain = plainMeetings();
    const end = plain.rows.length + 2;
    const rows = [...plain.rows, [], ['全年共召开支委会12次，支部党员大会4次，党课4次，主题党日12次，组织生活会1次，民主评议党员1次'],
      ['支委会', 12, '党员大会', 4, '党课', 4, '主题党日', 12], ['支委会', '12次', '党员大会', '4次']];
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { ...plain, rows, merges: [`A${end}:E${end}`] }]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings.filter((f) => f.rule.startsWith('C'))).toEqual([]);
  });
  it('a row only saying a 支委会 was put off (7月支委会因防汛工作推迟至8月2日召开, no 主持人 or 记录人): no meeting, no C10; July has no 支委会', async () => {
    const plain = plainMeetings();
    const rows = plain.rows.flatMap((row) => {
      if (row[1] !== '支委会' || row[0] !== '2025-07-05') return [row];
      return [['2025年7月', '支委会', '7月支委会因防汛工作推迟至8月2日召开', null, null], ['2025-08-02', '支委会', '研究7月份支部工作（推迟召开）', '张三', '李四']];
    });
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { ...plain, rows }]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual({ ...EXPECTED, meetings: { ...EXPECTED.meetings, committee: 12 } });
    const c = r.findings.filter((f) => f.rule.startsWith('C'));
    expect(c.map((f) => f.rule)).toEqual(['C02']);
    expect(c[0].message).toContain('2025年7月没有支委会记录');
    // a topic that merely mentions 取消 is a meeting's, even written without its host and recorder
    const withRevoke = { ...plain, rows: [...rows, ['2025-11-20', '支部党员大会', '讨论取消赵六预备党员资格', null, null]] };
    const revoke = await checkLayout([infoVertical(), plainRoster(), plainDues(), withRevoke]);
    expect(revoke.ledger.meetings!.meetings.filter((m) => m.topic.value === '讨论取消赵六预备党员资格')).toHaveLength(1);
  });
  it('应到 written 全体党员（4人）, 实到 written 3人（1人请假）: the counts are read, no W03, a missed quorum found', async () => {
    const rows = [['日期', '会议类型', '主题', '主持人', '应到人数', '实到人数', '记录人'], ...meetingList().map(([d, t]) => {
      if (t === '支委会') return [d, t, '学习', '张三', '3人', '3人', '李四'];
      const short = t === '支部党员大会' && d.startsWith('2025-09');
      return [d, t, '学习', '张三', '全体党员（4人）', short ? '1人（3人出差）' : '3人（1人请假）', '李四'];
    })];
    const r = await checkLayout([infoVertical(), plainRoster(), plainDues(), { name: '三会一课', rows }]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.ledger.meetings!.meetings.filter((m) => m.expected.value == null)).toEqual([]);
    expect(r.findings.filter((f) => f.rule.startsWith('C')).map((f) => `${f.rule} ${f.cell}`)).toEqual(['C09 F24']);
  });
});

describe('info sheet layouts', () => {
  it('no info sheet, the roster titled with the formal name (中共XX局机关支部委员会党员名册（支部类型：机关 …）): that is the branch', async () => {
    const roster = plainRoster();
    const titled: SheetIn = { ...roster, rows: [['中共XX市XX区审计局机关支部委员会党员名册（支部类型：机关  上级党组织：中共XX区直属机关工作委员会  统计年度：2025年）'], ...roster.rows], merges: ['A1:I1'] };
    const r = await checkLayout([titled, plainDues(), plainMeetings()]);
    expect(wFindings(r)).toEqual([]);
    expect(r.ledger.branch.name.value).toBe('中共XX市XX区审计局机关支部委员会');
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('horizontal: labels as a header row, values below', async () => {
    const info: SheetIn = {
      name: '基本情况',
      rows: [['支部名称', '上级党组织', '支部类型', '统计年度', '上次换届时间'], ['XX局第一党支部', 'XX局机关党委', '机关', '2025年', '2024.06.30']],
    };
    const r = await checkLayout([info, plainRoster(), plainDues(), plainMeetings()]);
    expect(wFindings(r)).toEqual([]);
    expect(r.ledger.branch.name.value).toBe('XX局第一党支部');
    expect(r.ledger.branch.year.value).toBe(2025);
    expect(r.ledger.branch.lastElection.value).toEqual({ date: '2024-06-30', precision: 'day' });
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('vertical with a title row and inline "label：value" cells', async () => {
    const info: SheetIn = {
      name: 'Sheet1',
      rows: [['党支部基本情况表'], ['支部名称：XX局第一党支部'], ['统计年度：２０２５'], ['上级党组织', 'XX局机关党委'], ['换届时间', '2024-06-30']],
    };
    const r = await checkLayout([info, plainRoster(), plainDues(), plainMeetings()]);
    expect(wFindings(r)).toEqual([]);
    expect(r.ledger.branch.name.value).toBe('XX局第一党支部');
    expect(r.ledger.year).toBe(2025);
    expect(stats(r)).toEqual(EXPECTED);
  });
});

describe('workbook layouts', () => {
  it('ledgers in sheets named 1, 2, 3 in an unusual order', async () => {
    const r = await checkLayout([
      { ...plainMeetings(), name: '1' }, { ...plainRoster(), name: '2' }, { ...infoVertical(), name: '3' }, { ...plainDues(), name: '4' },
    ]);
    expect(wFindings(r)).toEqual([]);
    expect([r.ledger.members!.sheet, r.ledger.dues!.sheet, r.ledger.meetings!.sheet]).toEqual(['2', '4', '1']);
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('a file saved again by LibreOffice (as WPS and Excel users re-save) reads the same', async () => {
    const roster = plainRoster();
    const withTitle: SheetIn = { ...roster, rows: [['党员名册'], ...roster.rows], merges: ['A1:I1'] };
    const r = await checkLayout([infoVertical(), withTitle, plainDues(), plainMeetings()], { soffice: true });
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
  }, 120_000);
});
