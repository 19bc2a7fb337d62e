/**
 * Writes one acceptance branch in a given workbook style (exceljs) and records where every
 * record landed, so truth.json can name sheet/cell/row the way the JSON contract does.
 */
import ExcelJS from 'exceljs';
import type { Branch, Meeting, Member } from './model.js';

export type DateFmt = 'date' | 'iso' | 'dot' | 'slash' | 'cn' | 'compact' | 'fw' | 'mixed' | 'datetime' | 'ym' | 'serial';

export interface Loc { sheet: string; row: number; cols: Record<string, string> }

export interface Style {
  info?: { sheet: string; form: 'kv' | 'table'; title?: string; fields: [string, string][]; dateFmt: DateFmt };
  roster: {
    sheet: string; title?: string; subtitle?: string; cols: [string, string][]; footer?: string[];
    dateFmt: DateFmt; birthFmt?: DateFmt; blankEvery?: number; nameSpaces?: boolean; mergedNoteAfter?: number;
    /** a second header block (sub-title + header again) before this member index */
    splitAt?: number; splitTitle?: string;
    /** a group header row above the header: [label, span] */
    groupHeader?: [string, number][];
  };
  dues?: {
    sheet: string; title?: string; form: 'wide' | 'long' | 'range'; cols: [string, string][];
    monthHeader?: (m: number) => string; totalRow?: boolean; totalCol?: string; dateFmt: DateFmt;
    amount?: 'num' | 'yuan' | 'fw'; rateAs?: 'pct' | 'num'; footer?: string[]; monthAs?: 'iso' | 'cn' | 'dot';
  };
  meetings?: { sheet: string; title?: string; cols: [string, string][]; dateFmt: DateFmt; footer?: string[] };
  /** sheets in this order (default info, roster, dues, meetings) */
  order?: ('info' | 'roster' | 'dues' | 'meetings')[];
}

export interface Layout {
  roster: Map<Member, Loc>;
  dupRow: Map<Member, number>;
  duesRow: Map<Member, Loc>;
  duesMonth: Map<Member, Map<number, Loc>>;
  meetings: Map<Meeting, Loc>;
  info: Loc | null;
  sheets: { info: string | null; roster: string; dues: string | null; meetings: string | null };
}

const FW = '０１２３４５６７８９';
const fw = (s: string): string => s.replace(/[0-9]/g, (d) => FW[Number(d)]!);

function colLetter(n: number): string {
  let s = '';
  while (n > 0) { const r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); }
  return s;
}

export function fmtDate(iso: string | null, f: DateFmt, k = 0): string | number | Date | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  switch (f) {
    case 'date': return new Date(Date.UTC(y, m - 1, d));
    case 'iso': return iso;
    case 'dot': return iso.replace(/-/g, '.');
    case 'slash': return `${y}/${m}/${d}`;
    case 'cn': return `${y}年${m}月${d}日`;
    case 'compact': return Number(iso.replace(/-/g, ''));
    case 'fw': return fw(iso);
    case 'mixed': return k % 2 === 0 ? new Date(Date.UTC(y, m - 1, d)) : Number(iso.replace(/-/g, ''));
    case 'datetime': return `${y}/${m}/${d}  ${k % 2 ? '9:00' : '14:30'}`;
    case 'ym': return `${y}.${String(m).padStart(2, '0')}`;
    case 'serial': return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
  }
}

function amount(x: number | null, f: 'num' | 'yuan' | 'fw' | undefined): string | number | null {
  if (x == null) return null;
  if (f === 'yuan') return `${x}元`;
  if (f === 'fw') return fw(x.toFixed(2));
  return x;
}

const ROLE_TITLE: Record<string, string> = { 书记: '支部书记', 副书记: '支部副书记' };

function memberValue(b: Branch, m: Member, key: string, st: Style['roster'], idx: number): unknown {
  if (m.raw && key in m.raw) return m.raw[key];
  switch (key) {
    case 'seq': return idx + 1;
    case 'name': return st.nameSpaces && m.name.length === 2 ? `${m.name[0]} ${m.name[1]}` : m.name;
    case 'sex': return m.sex;
    case 'nation': return m.nation;
    case 'id': if (!m.id) return null;
      return m.idAs === 'number' ? Number(m.id) : m.idAs === 'trail' ? `${m.id}  ` : m.id;
    case 'birth': return fmtDate(m.birth, st.birthFmt ?? st.dateFmt, idx);
    case 'edu': return m.edu;
    case 'joined': return fmtDate(m.joined, st.dateFmt, idx);
    case 'confirmed': return fmtDate(m.confirmed, st.dateFmt, idx + 1);
    case 'category': return m.category;
    case 'role': return m.role;
    case 'roleLong': return ROLE_TITLE[m.role] ?? m.role;
    case 'group': return m.group;
    case 'status': return m.status;
    case 'post': // national system: 工作岗位 encodes the status
      return { 在职: idx % 2 ? '专业技术人员' : '党政机关工作人员', 离退休: '离退休人员', 农民: '农牧渔民', 学生: '学生', 下岗失业: '下岗失业人员' }[m.status];
    case 'phone': return m.phone;
    case 'note': return m.note;
    case 'branch': return b.name;
    default: return null;
  }
}

function put(ws: ExcelJS.Worksheet, row: number, col: number, v: unknown): void {
  const cell = ws.getCell(row, col);
  if (v instanceof Date) { cell.value = v; cell.numFmt = 'yyyy-mm-dd'; return; }
  cell.value = (v ?? null) as ExcelJS.CellValue;
}

function title(ws: ExcelJS.Worksheet, row: number, text: string, width: number): void {
  put(ws, row, 1, text);
  ws.mergeCells(row, 1, row, Math.max(width, 2));
  ws.getCell(row, 1).font = { bold: true, size: 16 };
  ws.getCell(row, 1).alignment = { horizontal: 'center' };
}

export async function writeBranch(b: Branch, s: Style, path: string): Promise<Layout> {
  const wb = new ExcelJS.Workbook();
  const L: Layout = {
    roster: new Map(), dupRow: new Map(), duesRow: new Map(), duesMonth: new Map(), meetings: new Map(), info: null,
    sheets: { info: s.info?.sheet ?? null, roster: s.roster.sheet, dues: s.dues?.sheet ?? null, meetings: s.meetings?.sheet ?? null },
  };
  const order = s.order ?? ['info', 'roster', 'dues', 'meetings'];
  for (const part of order) {
    if (part === 'info' && s.info) writeInfo(wb, b, s.info, L);
    if (part === 'roster') writeRoster(wb, b, s.roster, L);
    if (part === 'dues' && s.dues) writeDues(wb, b, s.dues, L);
    if (part === 'meetings' && s.meetings) writeMeetings(wb, b, s.meetings, L);
  }
  await wb.xlsx.writeFile(path);
  return L;
}

function infoValue(b: Branch, key: string, f: DateFmt): unknown {
  switch (key) {
    case 'name': return b.name;
    case 'parent': return b.parent;
    case 'unit': return b.unit;
    case 'type': return b.type;
    case 'founded': return fmtDate(b.founded, f);
    case 'lastElection': return fmtDate(b.lastElection, f);
    case 'nextElection': return fmtDate(b.nextElection, f);
    case 'year': return b.year;
    case 'yearText': return `${b.year}年`;
    case 'filler': return b.filler;
    case 'fillDate': return fmtDate('2025-12-31', f);
    case 'count': return b.members.filter((m) => m.inRoster).length;
    default: return null;
  }
}

function writeInfo(wb: ExcelJS.Workbook, b: Branch, s: NonNullable<Style['info']>, L: Layout): void {
  const ws = wb.addWorksheet(s.sheet);
  let r = 1;
  if (s.title) { title(ws, r, s.title, s.form === 'kv' ? 2 : s.fields.length); r += 2; }
  const cols: Record<string, string> = {};
  if (s.form === 'kv') {
    for (const [label, key] of s.fields) {
      put(ws, r, 1, label); put(ws, r, 2, infoValue(b, key, s.dateFmt));
      cols[key] = `B${r}`; r++;
    }
    L.info = { sheet: s.sheet, row: 0, cols };
  } else {
    s.fields.forEach(([label, key], c) => { put(ws, r, c + 1, label); put(ws, r + 1, c + 1, infoValue(b, key, s.dateFmt)); cols[key] = `${colLetter(c + 1)}${r + 1}`; });
    L.info = { sheet: s.sheet, row: r + 1, cols };
  }
}

function writeRoster(wb: ExcelJS.Workbook, b: Branch, s: Style['roster'], L: Layout): void {
  const ws = wb.addWorksheet(s.sheet);
  let r = 1;
  if (s.title) { title(ws, r, s.title, s.cols.length); r++; }
  if (s.subtitle) { put(ws, r, 1, s.subtitle); ws.mergeCells(r, 1, r, s.cols.length); r++; }
  if (s.groupHeader) {
    let c = 1;
    for (const [label, span] of s.groupHeader) { put(ws, r, c, label); if (span > 1) ws.mergeCells(r, c, r, c + span - 1); c += span; }
    r++;
  }
  s.cols.forEach(([h], c) => put(ws, r, c + 1, h));
  ws.getRow(r).font = { bold: true };
  r++;
  const cols: Record<string, string> = {};
  s.cols.forEach(([, k], c) => (cols[k] = colLetter(c + 1)));
  let idx = 0;
  const rows: { m: Member; dup: boolean }[] = [];
  for (const m of b.members) {
    if (!m.inRoster) continue;
    rows.push({ m, dup: false });
  }
  for (const m of b.members) if (m.duplicate) rows.push({ m, dup: true });
  for (const { m, dup } of rows) {
    if (s.blankEvery && idx > 0 && idx % s.blankEvery === 0) r++; // stray blank row inside the data
    if (s.splitAt != null && idx === s.splitAt) {
      r++; put(ws, r, 1, s.splitTitle ?? '（续表）'); ws.mergeCells(r, 1, r, s.cols.length); r++;
      s.cols.forEach(([h], c) => put(ws, r, c + 1, h)); r++;
    }
    if (s.mergedNoteAfter != null && idx === s.mergedNoteAfter) {
      put(ws, r, 1, '（以下为离退休党员）'); ws.mergeCells(r, 1, r, s.cols.length); r++;
    }
    s.cols.forEach(([, k], c) => put(ws, r, c + 1, memberValue(b, m, k, s, idx)));
    if (dup) L.dupRow.set(m, r); else L.roster.set(m, { sheet: s.sheet, row: r, cols });
    r++; idx++;
  }
  if (s.footer) { r++; for (const f of s.footer) { put(ws, r, 1, f); ws.mergeCells(r, 1, r, s.cols.length); r++; } }
}

function writeDues(wb: ExcelJS.Workbook, b: Branch, s: NonNullable<Style['dues']>, L: Layout): void {
  const ws = wb.addWorksheet(s.sheet);
  let r = 1;
  const mh = s.monthHeader ?? ((m: number) => `${m}月`);
  const width = s.form === 'wide' ? s.cols.length + 12 + (s.totalCol ? 1 : 0) : s.cols.length;
  if (s.title) { title(ws, r, s.title, width); r++; }
  const headerRow = r;
  s.cols.forEach(([h], c) => put(ws, r, c + 1, h));
  const cols: Record<string, string> = {};
  s.cols.forEach(([, k], c) => (cols[k] = colLetter(c + 1)));
  const dues = b.dues.filter((d) => !d.absent);
  if (s.form === 'wide') {
    for (let m = 1; m <= 12; m++) { put(ws, headerRow, s.cols.length + m, mh(m)); cols[`m${m}`] = colLetter(s.cols.length + m); }
    if (s.totalCol) put(ws, headerRow, s.cols.length + 13, s.totalCol);
    r++;
    const first = r;
    dues.forEach((d, i) => {
      s.cols.forEach(([, k], c) => {
        let v: unknown = null;
        if (k === 'seq') v = i + 1;
        else if (k === 'name') v = d.member.name;
        else if (k === 'base') v = d.member.base || null;
        else if (k === 'rate') { const rt = d.member.base ? d.due / d.member.base : null; v = rt == null ? null : s.rateAs === 'pct' ? `${Math.round(rt * 1000) / 10}%` : Math.round(rt * 1000) / 1000; }
        else if (k === 'due') v = amount(d.due, s.amount);
        else if (k === 'status') v = d.member.status;
        put(ws, r, c + 1, v);
      });
      for (let m = 1; m <= 12; m++) put(ws, r, s.cols.length + m, amount(d.paid[m - 1] ?? null, s.amount));
      if (s.totalCol) put(ws, r, s.cols.length + 13, Math.round(d.paid.reduce<number>((a, x) => a + (x ?? 0), 0) * 100) / 100);
      L.duesRow.set(d.member, { sheet: s.sheet, row: r, cols });
      r++;
    });
    if (s.totalRow) {
      put(ws, r, 1, '合计');
      for (let m = 1; m <= 12; m++) put(ws, r, s.cols.length + m, Math.round(dues.reduce((a, d) => a + (d.paid[m - 1] ?? 0), 0) * 100) / 100);
      if (s.totalCol) put(ws, r, s.cols.length + 13, Math.round(dues.reduce((a, d) => a + d.paid.reduce<number>((x, y) => x + (y ?? 0), 0), 0) * 100) / 100);
      void first; r++;
    }
  } else if (s.form === 'long') {
    r++;
    let seq = 0;
    for (let m = 1; m <= 12; m++) {
      for (const d of dues) {
        if (m < d.from) continue;
        const p = d.paid[m - 1] ?? null;
        const monthText = s.monthAs === 'cn' ? `2025年${m}月` : s.monthAs === 'dot' ? `2025.${String(m).padStart(2, '0')}` : `2025-${String(m).padStart(2, '0')}`;
        s.cols.forEach(([, k], c) => {
          let v: unknown = null;
          if (k === 'seq') v = ++seq;
          else if (k === 'name') v = d.member.name;
          else if (k === 'month') v = monthText;
          else if (k === 'base') v = d.member.base || null;
          else if (k === 'due') v = amount(d.due, s.amount);
          else if (k === 'paid') v = amount(p, s.amount);
          else if (k === 'paidDate') v = p == null ? null : fmtDate(`2025-${String(m).padStart(2, '0')}-10`, s.dateFmt, seq);
          put(ws, r, c + 1, v);
        });
        if (!L.duesMonth.has(d.member)) L.duesMonth.set(d.member, new Map());
        L.duesMonth.get(d.member)!.set(m, { sheet: s.sheet, row: r, cols });
        if (!L.duesRow.has(d.member)) L.duesRow.set(d.member, { sheet: s.sheet, row: r, cols });
        r++;
      }
    }
  } else {
    // range: one row per member per quarter paid (with the branch's consent), 缴费起止月份 2025.01-2025.03
    r++;
    let seq = 0;
    for (const d of dues) {
      for (let q = 0; q < 4; q++) {
        const a = Math.max(q * 3 + 1, d.from);
        const z = q * 3 + 3;
        if (a > z) continue;
        const sum = Math.round(d.paid.slice(a - 1, z).reduce<number>((x, y) => x + (y ?? 0), 0) * 100) / 100;
        s.cols.forEach(([, k], c) => {
          let v: unknown = null;
          if (k === 'seq') v = ++seq;
          else if (k === 'name') v = d.member.name;
          else if (k === 'range') v = `2025.${String(a).padStart(2, '0')}-2025.${String(z).padStart(2, '0')}`;
          else if (k === 'base') v = d.member.base || null;
          else if (k === 'due') v = amount(d.due, s.amount);
          else if (k === 'paid') v = amount(sum, s.amount);
          else if (k === 'paidDate') v = fmtDate(`2025-${String(z).padStart(2, '0')}-20`, s.dateFmt, seq);
          put(ws, r, c + 1, v);
        });
        if (!L.duesRow.has(d.member)) L.duesRow.set(d.member, { sheet: s.sheet, row: r, cols });
        r++;
      }
    }
  }
  if (s.footer) { r++; for (const f of s.footer) { put(ws, r, 1, f); r++; } }
}

function meetingValue(m: Meeting, key: string, f: DateFmt, i: number): unknown {
  if (m.raw && key in m.raw) return m.raw[key];
  switch (key) {
    case 'seq': return i + 1;
    case 'date': return fmtDate(m.date, f, i);
    case 'type': return m.label;
    case 'topic': return m.topic;
    case 'host': return m.host;
    case 'speaker': return m.speaker || null;
    case 'expected': return m.expected;
    case 'present': return m.present;
    case 'leave': return m.expected != null && m.present != null ? m.expected - m.present : null;
    case 'absent': return m.absent.length ? m.absent.join('、') : '无';
    case 'absentWhy': return m.absent.length ? m.absent.map((n, k) => `${n}（${k % 2 ? '病假' : '出差'}）`).join('、') : '无';
    case 'recorder': return m.recorder;
    case 'place': return '党员活动室';
    default: return null;
  }
}

function writeMeetings(wb: ExcelJS.Workbook, b: Branch, s: NonNullable<Style['meetings']>, L: Layout): void {
  const ws = wb.addWorksheet(s.sheet);
  let r = 1;
  if (s.title) { title(ws, r, s.title, s.cols.length); r++; }
  s.cols.forEach(([h], c) => put(ws, r, c + 1, h));
  r++;
  const cols: Record<string, string> = {};
  s.cols.forEach(([, k], c) => (cols[k] = colLetter(c + 1)));
  const sorted = [...b.meetings].sort((a, z) => (a.date < z.date ? -1 : a.date > z.date ? 1 : 0));
  sorted.forEach((m, i) => {
    s.cols.forEach(([, k], c) => put(ws, r, c + 1, meetingValue(m, k, s.dateFmt, i)));
    L.meetings.set(m, { sheet: s.sheet, row: r, cols });
    r++;
  });
  if (s.footer) { r++; for (const f of s.footer) { put(ws, r, 1, f); r++; } }
}
