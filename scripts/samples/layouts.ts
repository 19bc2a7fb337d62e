/**
 * Ways real branches lay the same data out: header wordings, date styles, wide or long
 * dues. Each function turns SampleBranch data into a sheet for write-workbook.ts.
 */
import type { SampleBranch, SampleDues, SampleMeeting, SampleMember } from './branch-data.js';
import { xlDate, type CellInput, type PairSheet, type TableSheet } from './write-workbook.js';

export type DateStyle = 'date' | 'dash' | 'dot' | 'slash' | 'cn' | 'compact' | 'dotMonth' | 'mixed';

/** A date as one of the spellings seen in real ledgers. */
export function dateCell(date: string | null, style: DateStyle, i = 0): CellInput {
  if (!date) return null;
  const [y, m, d] = date.split('-');
  const styles: DateStyle[] = ['date', 'dot', 'slash', 'cn', 'compact', 'dash'];
  const s = style === 'mixed' ? styles[i % styles.length] : style;
  switch (s) {
    case 'date': return xlDate(date);
    case 'dash': return date;
    case 'dot': return `${y}.${m}.${d}`;
    case 'slash': return `${y}/${Number(m)}/${Number(d)}`;
    case 'cn': return `${y}年${Number(m)}月${Number(d)}日`;
    case 'compact': return `${y}${m}${d}`;
    case 'dotMonth': return `${y}.${Number(m)}`;
    default: return date;
  }
}

export function infoSheet(b: SampleBranch, name = '支部基本信息', title?: string): PairSheet {
  return {
    kind: 'pairs', name, titleRows: title ? [title] : undefined,
    pairs: [
      ['支部名称', b.name], ['上级党组织', b.parent], ['所在单位', b.unit], ['支部类型', b.type],
      ['成立时间', xlDate(b.founded)], ['上次换届时间', xlDate(b.lastElection)], ['统计年度', b.year],
      ['填报人', b.filler], ['填报日期', xlDate(`${b.year}-12-31`)],
    ],
  };
}

export interface MemberColumn {
  header: string;
  cell: (m: SampleMember, i: number) => CellInput;
  format?: string;
}

/** The columns of a tidy roster; a layout picks, renames and reorders them. */
export function memberColumns(style: DateStyle, idAsNumber = false): Record<string, MemberColumn> {
  return {
    seq: { header: '序号', cell: (_m, i) => i + 1 },
    name: { header: '姓名', cell: (m) => m.name },
    gender: { header: '性别', cell: (m) => m.gender },
    ethnicity: { header: '民族', cell: (m) => m.ethnicity },
    id: { header: '身份证号', cell: (m) => (idAsNumber ? Number(m.id.replace('X', '0')) : m.id), format: idAsNumber ? undefined : '@' },
    birth: { header: '出生日期', cell: (m, i) => dateCell(m.birth, style, i) },
    education: { header: '学历', cell: (m) => m.education },
    join: { header: '入党时间', cell: (m, i) => dateCell(m.join, style, i + 1) },
    full: { header: '转正时间', cell: (m, i) => dateCell(m.full, style, i + 2) },
    category: { header: '党员类别', cell: (m) => m.category || null },
    role: { header: '党内职务', cell: (m) => m.role || null },
    group: { header: '党小组', cell: (m) => m.group || null },
    status: { header: '在职状态', cell: (m) => m.status },
    phone: { header: '联系电话', cell: (m) => m.phone, format: '@' },
  };
}

export function memberSheet(
  members: SampleMember[], name: string,
  cols: (MemberColumn | [MemberColumn, string])[], extra: Partial<TableSheet> = {},
): TableSheet {
  const list = cols.map((c) => (Array.isArray(c) ? { ...c[0], header: c[1] } : c));
  const formats: Record<number, string> = {};
  list.forEach((c, i) => { if (c.format) formats[i] = c.format; });
  return { name, headers: list.map((c) => c.header), rows: members.map((m, i) => list.map((c) => c.cell(m, i))), formats, ...extra };
}

/** Wide form: one row a member, 1月…12月 with the amount paid, a 合计 column and a 合计 row. */
export function wideDuesSheet(dues: SampleDues[], name: string, o: { seq?: boolean; total?: boolean; dueHeader?: string; baseHeader?: string; title?: string; footer?: string; note?: boolean } = {}): TableSheet {
  const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
  const headers = [...(o.seq ? ['序号'] : []), '姓名', o.baseHeader ?? '缴费基数', o.dueHeader ?? '月应交党费', ...months, ...(o.total ? ['合计'] : []), ...(o.note ? ['备注'] : [])];
  const rows = dues.map((d, i) => {
    const sum = Math.round(d.paid.reduce<number>((a, p) => a + (p ?? 0), 0) * 100) / 100;
    return [...(o.seq ? [i + 1] : []), d.name, d.base, d.due, ...d.paid, ...(o.total ? [sum] : []), ...(o.note ? [d.note || null] : [])];
  });
  const footerRows: CellInput[][] = [];
  if (o.total) {
    const col = (k: number) => Math.round(dues.reduce((a, d) => a + (d.paid[k] ?? 0), 0) * 100) / 100;
    footerRows.push([...(o.seq ? [null] : []), '合计', null, null, ...months.map((_, k) => col(k)),
      Math.round(dues.reduce((a, d) => a + d.paid.reduce<number>((s, p) => s + (p ?? 0), 0), 0) * 100) / 100]);
  }
  if (o.footer) footerRows.push([o.footer]);
  return { name, titleRows: o.title ? [o.title] : undefined, headers, rows, footerRows };
}

/**
 * Long form: one row per payment. `every` months are paid together in one row covering
 * 缴费起止月份 like 2025.01-2025.03 (quarterly with the branch's consent); a member's own
 * `every` wins. `expectFor(name, firstMonth)` gives a fixture's expected rules for a row.
 */
export function longDuesSheet(
  dues: SampleDues[], year: number, name: string, every = 1, expectFor?: (name: string, month: number) => string | null,
): TableSheet {
  const rows: CellInput[][] = [];
  const expect: (string | null)[] = [];
  const p2 = (n: number) => String(n).padStart(2, '0');
  for (const d of dues) {
    const step = d.every ?? every;
    for (let start = 1; start <= 12; start += step) {
      const end = Math.min(12, start + step - 1);
      const amount = Math.round(d.paid.slice(start - 1, end).reduce<number>((a, p) => a + (p ?? 0), 0) * 100) / 100;
      if (amount === 0) continue;
      const range = step === 1 ? `${year}.${p2(start)}` : `${year}.${p2(start)}-${year}.${p2(end)}`;
      rows.push([d.name, range, d.base, d.due, amount, `${year}-${p2(end)}-20`]);
      expect.push(expectFor?.(d.name, start) ?? null);
    }
  }
  return {
    name, headers: ['姓名', '缴费起止月份', '缴费基数', '月应交党费', '实交党费', '交纳日期'], rows,
    ...(expectFor ? { expect } : {}),
  };
}

export interface MeetingColumn {
  header: string;
  cell: (m: SampleMeeting, i: number) => CellInput;
}

export function meetingColumns(style: DateStyle | 'datetime'): Record<string, MeetingColumn> {
  return {
    seq: { header: '序号', cell: (_m, i) => i + 1 },
    date: {
      header: '日期',
      cell: (m, i) => (style === 'datetime' ? `${m.date.replaceAll('-', '/').replace(/\/0/g, '/')}  14:30` : dateCell(m.date, style, i)),
    },
    type: { header: '会议类型', cell: (m) => m.type },
    topic: { header: '主题', cell: (m) => m.topic || null },
    host: { header: '主持人', cell: (m) => m.host || null },
    speaker: { header: '主讲人', cell: (m) => m.speaker || null },
    expected: { header: '应到人数', cell: (m) => m.expected },
    present: { header: '实到人数', cell: (m) => m.present },
    absent: { header: '缺席人员', cell: (m) => m.absent || null },
    recorder: { header: '记录人', cell: (m) => m.recorder || null },
  };
}

export function meetingSheet(
  meetings: SampleMeeting[], name: string,
  cols: (MeetingColumn | [MeetingColumn, string])[], extra: Partial<TableSheet> = {},
): TableSheet {
  const list = cols.map((c) => (Array.isArray(c) ? { ...c[0], header: c[1] } : c));
  return { name, headers: list.map((c) => c.header), rows: meetings.map((m, i) => list.map((c) => c.cell(m, i))), ...extra };
}
