/**
 * Writes a GenBranch into an exceljs workbook with the chosen Layout, and returns a Locator:
 * where every record and field landed, so expectations resolve to sheet/cell/row.
 */
import ExcelJS from 'exceljs';
import type { Rng } from './prng.js';
import type { Layout } from './layout.js';
import type { GenBranch, GenDuesStranger, GenMeeting, GenMember } from './model.js';
import { dateCell, monthCell, rangeCell, yuan, type CellOut } from './write-cells.js';

export interface Locator {
  sheets: { info: string | null; members: string; dues: string; meetings: string };
  memberRow: Map<GenMember, number>;
  memberCol: Record<string, number>;
  /** wide: the member's row; long/range: the first row of the member */
  duesRow: Map<GenMember | GenDuesStranger, number>;
  /** long form: month (1–12) → row */
  duesMonthRow: Map<GenMember, Map<number, number>>;
  duesCol: Record<string, number>;
  meetingRow: Map<GenMeeting, number>;
  meetingCol: Record<string, number>;
  infoCell: Record<string, string>;
  /** header row per ledger */
  headerRow: { members: number; dues: number; meetings: number };
}

type Ws = ExcelJS.Worksheet;

function put(ws: Ws, row: number, col: number, out: CellOut | ExcelJS.CellValue): void {
  const cell = ws.getCell(row, col);
  if (out !== null && typeof out === 'object' && 'value' in (out as object) && !(out instanceof Date)) {
    const o = out as CellOut;
    cell.value = o.value;
    if (o.numFmt) cell.numFmt = o.numFmt;
  } else {
    cell.value = out as ExcelJS.CellValue;
  }
}

const colLetter = (c: number) => {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** Title row(s) above a table; returns the next free row. */
function titleRows(ws: Ws, rng: Rng, layout: Layout, has: boolean, title: string, width: number, branch: GenBranch): number {
  let r = 1;
  if (has) {
    ws.getCell(r, 1).value = title;
    ws.getCell(r, 1).font = { bold: true, size: 16 };
    ws.getCell(r, 1).alignment = { horizontal: 'center' };
    if (width > 1) ws.mergeCells(r, 1, r, width);
    r++;
    if (layout.subtitle) {
      ws.getCell(r, 1).value = `填报单位：${branch.name}        统计截止：${branch.year}年12月31日`;
      if (width > 1) ws.mergeCells(r, 1, r, Math.min(width, 6));
      r++;
    }
    if (layout.blankAfterTitle) r++;
  }
  void rng;
  return r;
}

function footer(ws: Ws, row: number, branch: GenBranch, width: number): void {
  const r = row + 1;
  ws.getCell(r, 1).value = `填表人：${branch.filler}        审核人：${branch.members[0].name}        填表日期：${branch.year}年12月31日`;
  if (width > 1) ws.mergeCells(r, 1, r, Math.min(width, 8));
}

function writeInfo(ws: Ws, rng: Rng, layout: Layout, b: GenBranch, loc: Locator): void {
  const items: [string, string, CellOut | string | number][] = [
    ['name', '支部名称', b.name],
    ['parent', '上级党组织', b.parent],
    ['unit', '所在单位', b.unit],
    ['type', '支部类型', b.type],
    ['founded', '成立时间', dateCell(rng, b.founded, layout.dates.info)],
    ['lastElection', rng.pick(['上次换届时间', '换届时间', '本届任期起', '实际换届时间']), dateCell(rng, b.lastElection, layout.dates.info)],
    ...(b.nextElection ? [['nextElection', '应换届时间', dateCell(rng, b.nextElection, layout.dates.info)] as [string, string, CellOut]] : []),
    ['year', rng.pick(['统计年度', '年度']), b.year],
    ['filler', '填报人', b.filler],
    ['fillDate', '填报日期', dateCell(rng, b.fillDate, layout.dates.info)],
  ];
  if (layout.infoForm === 'kv') {
    let r = 1;
    if (rng.chance(0.6)) {
      ws.getCell(1, 1).value = '党支部基本情况';
      ws.mergeCells(1, 1, 1, 2);
      r = 2;
    }
    for (const [key, label, value] of items) {
      ws.getCell(r, 1).value = label;
      put(ws, r, 2, value as CellOut);
      loc.infoCell[key] = `B${r}`;
      r++;
    }
    ws.getColumn(1).width = 16;
    ws.getColumn(2).width = 36;
  } else {
    items.forEach(([key, label, value], i) => {
      ws.getCell(1, i + 1).value = label;
      put(ws, 2, i + 1, value as CellOut);
      loc.infoCell[key] = `${colLetter(i + 1)}2`;
    });
  }
}

function writeMembers(ws: Ws, rng: Rng, layout: Layout, b: GenBranch, loc: Locator): void {
  const H = layout.memberHeaders;
  const o = layout.memberOptional;
  const dropped = new Set(b.dropColumns.filter((d) => d.ledger === 'members').map((d) => d.field));
  const fields = [
    ...(layout.serial.members ? ['seq'] : []), 'name', 'gender', ...(o.ethnicity ? ['ethnicity'] : []), 'id',
    ...(o.birth ? ['birth'] : []), ...(o.education ? ['education'] : []), 'join', 'full',
    ...(o.category ? ['category'] : []), 'role', ...(b.hasGroups ? ['group'] : []), 'status',
    ...(o.phone ? ['phone'] : []), ...(o.note ? ['note'] : []),
  ].filter((f) => !dropped.has(f));
  fields.forEach((f, i) => { loc.memberCol[f] = i + 1; });
  let r = titleRows(ws, rng, layout, layout.titles.members, `${b.name}党员名册`, fields.length, b);
  loc.headerRow.members = r;
  fields.forEach((f, i) => { ws.getCell(r, i + 1).value = f === 'seq' ? '序号' : H[f]; ws.getCell(r, i + 1).font = { bold: true }; });
  r++;
  b.members.forEach((m, idx) => {
    loc.memberRow.set(m, r);
    for (const f of fields) {
      const c = loc.memberCol[f];
      switch (f) {
        case 'seq': put(ws, r, c, idx + 1); break;
        case 'name': put(ws, r, c, m.rosterName); break;
        case 'gender': put(ws, r, c, m.genderWritten ?? m.gender); break;
        case 'ethnicity': put(ws, r, c, m.ethnicity); break;
        case 'id':
          if (m.idForm === 'number') put(ws, r, c, Number(m.idWritten));
          else if (m.idForm === 'empty') put(ws, r, c, null);
          else put(ws, r, c, { value: m.idForm === 'textSpace' ? `${m.idWritten}  ` : m.idWritten, numFmt: '@' });
          break;
        case 'birth': put(ws, r, c, m.birthWritten ?? dateCell(rng, m.birth, layout.dates.birth)); break;
        case 'education': put(ws, r, c, m.education); break;
        case 'join': put(ws, r, c, dateCell(rng, m.join, layout.dates.join)); break;
        case 'full': if (m.full) put(ws, r, c, dateCell(rng, m.full, layout.dates.full)); break;
        case 'category': put(ws, r, c, m.category); break;
        case 'role': if (m.roles.length) put(ws, r, c, m.roles.map((x) => (x === '书记' && rng.chance(0.3) ? '支部书记' : x)).join('、')); break;
        case 'group': if (m.group) put(ws, r, c, m.group); break;
        case 'status': put(ws, r, c, m.status); break;
        case 'phone': put(ws, r, c, /^\d{11}$/.test(m.phone) && rng.chance(0.3) ? Number(m.phone) : m.phone); break;
        case 'note': if (m.note) put(ws, r, c, m.note); break;
      }
    }
    r++;
  });
  if (layout.footer.members) footer(ws, r, b, fields.length);
  fields.forEach((f, i) => { ws.getColumn(i + 1).width = f === 'id' ? 22 : 12; });
}

function duesRecords(b: GenBranch): { who: GenMember | GenDuesStranger; name: string; base: number | null; dueFen: number; paidFen: (number | null)[]; status?: string }[] {
  return [
    ...b.members.filter((m) => m.hasDuesRow).map((m) => ({ who: m, name: m.duesName, base: m.base, dueFen: m.dueFen, paidFen: m.paidFen })),
    ...b.strangers.map((s) => ({ who: s, name: s.name, base: s.base as number | null, dueFen: s.dueFen, paidFen: s.paidFen })),
  ];
}

function ratioOf(base: number | null, dueFen: number): number | null {
  if (base == null || base === 0) return null;
  return Math.round((dueFen / 100 / base) * 10000) / 10000;
}

function writeDuesWide(ws: Ws, rng: Rng, layout: Layout, b: GenBranch, loc: Locator): void {
  const H = layout.duesHeaders;
  const fields = [...(layout.serial.dues ? ['seq'] : []), 'name', 'base', ...(layout.duesRatio ? ['ratio'] : []), 'due',
    ...Array.from({ length: 12 }, (_, i) => `m${i + 1}`), ...(layout.duesTotalCol ? ['total'] : [])];
  fields.forEach((f, i) => { loc.duesCol[f] = i + 1; });
  let r = titleRows(ws, rng, layout, layout.titles.dues, `${b.name}${b.year}年度党费收缴台账`, fields.length, b);
  loc.headerRow.dues = r;
  fields.forEach((f, i) => {
    ws.getCell(r, i + 1).value = f === 'seq' ? '序号' : f === 'total' ? '合计' : f.startsWith('m') ? `${f.slice(1)}月` : H[f];
  });
  r++;
  const sums = new Map<string, number>();
  const add = (f: string, fen: number) => sums.set(f, (sums.get(f) ?? 0) + fen);
  duesRecords(b).forEach((rec, idx) => {
    loc.duesRow.set(rec.who, r);
    for (const f of fields) {
      const c = loc.duesCol[f];
      if (f === 'seq') put(ws, r, c, idx + 1);
      else if (f === 'name') put(ws, r, c, rec.name);
      else if (f === 'base') { if (rec.base != null) put(ws, r, c, rec.base); }
      else if (f === 'ratio') { const x = ratioOf(rec.base, rec.dueFen); if (x != null) put(ws, r, c, { value: x, numFmt: '0.0%' }); }
      else if (f === 'due') { put(ws, r, c, { value: yuan(rec.dueFen), numFmt: '0.00' }); add(f, rec.dueFen); }
      else if (f === 'total') { const t = rec.paidFen.reduce<number>((a, x) => a + (x ?? 0), 0); put(ws, r, c, { value: yuan(t), numFmt: '0.00' }); add(f, t); }
      else {
        const p = rec.paidFen[Number(f.slice(1)) - 1];
        if (p != null) { put(ws, r, c, { value: yuan(p), numFmt: '0.00' }); add(f, p); }
      }
    }
    r++;
  });
  if (layout.duesTotalRow) {
    put(ws, r, loc.duesCol.name, '合计');
    for (const [f, fen] of sums) put(ws, r, loc.duesCol[f], { value: yuan(fen), numFmt: '0.00' });
    r++;
  }
  if (layout.footer.dues) footer(ws, r, b, fields.length);
}

function writeDuesLong(ws: Ws, rng: Rng, layout: Layout, b: GenBranch, loc: Locator): void {
  const H = layout.duesHeaders;
  const range = layout.duesForm === 'range';
  const fields = [...(layout.serial.dues ? ['seq'] : []), 'name', range ? 'range' : 'month', 'base', range ? 'due' : 'longDue', 'paid', ...(layout.duesPaidOn ? ['paidOn'] : [])];
  fields.forEach((f, i) => { loc.duesCol[f] = i + 1; });
  let r = titleRows(ws, rng, layout, layout.titles.dues, `${b.name}党费收缴明细`, fields.length, b);
  loc.headerRow.dues = r;
  // a range row's amount is the month's due times the months, so its header says 月应交 (monthly)
  fields.forEach((f, i) => { ws.getCell(r, i + 1).value = f === 'seq' ? '序号' : f === 'due' ? '月应交党费' : H[f]; });
  r++;
  const recs = duesRecords(b);
  type Row = { rec: (typeof recs)[number]; from: number; to: number };
  const rows: Row[] = [];
  for (const rec of recs) {
    if (!range) for (let m = 1; m <= 12; m++) rows.push({ rec, from: m, to: m });
    else {
      const span = rng.pick([1, 3, 3, 6, 12]);
      for (let m = 1; m <= 12; m += span) rows.push({ rec, from: m, to: m + span - 1 });
    }
  }
  if (layout.longOrder === 'month') rows.sort((a, c) => a.from - c.from);
  let seq = 1;
  for (const row of rows) {
    const { rec } = row;
    if (!loc.duesRow.has(rec.who)) loc.duesRow.set(rec.who, r);
    if (!range && 'rosterName' in rec.who) {
      let mm = loc.duesMonthRow.get(rec.who);
      if (!mm) loc.duesMonthRow.set(rec.who, (mm = new Map()));
      mm.set(row.from, r);
    }
    const paid = rec.paidFen.slice(row.from - 1, row.to);
    const anyPaid = paid.some((p) => p != null);
    const paidFen = paid.reduce<number>((a, x) => a + (x ?? 0), 0);
    for (const f of fields) {
      const c = loc.duesCol[f];
      if (f === 'seq') put(ws, r, c, seq++);
      else if (f === 'name') put(ws, r, c, rec.name);
      else if (f === 'month') put(ws, r, c, monthCell(row.from, b.year, layout.monthStyle));
      else if (f === 'range') put(ws, r, c, row.from === row.to ? monthCell(row.from, b.year, 'dot') : rangeCell(rng, b.year, row.from, row.to));
      else if (f === 'base') { if (rec.base != null) put(ws, r, c, rec.base); }
      else if (f === 'due' || f === 'longDue') put(ws, r, c, { value: yuan(rec.dueFen), numFmt: '0.00' });
      else if (f === 'paid') { if (anyPaid) put(ws, r, c, { value: yuan(paidFen), numFmt: '0.00' }); }
      else if (f === 'paidOn') { if (anyPaid) put(ws, r, c, dateCell(rng, `${b.year}-${String(row.from).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`, layout.dates.paidOn)); }
    }
    r++;
  }
  if (layout.footer.dues) footer(ws, r, b, fields.length);
}

export function absentText(layout: Layout, m: GenMeeting): string {
  if (!m.absentees.length) return layout.absentNone;
  const [o, c] = layout.absentParen === 'full' ? ['（', '）'] : ['(', ')'];
  return m.absentees.map((a) => `${a.name}${o}${a.reason}${c}`).join(layout.absentSep);
}

function writeMeetings(ws: Ws, rng: Rng, layout: Layout, b: GenBranch, loc: Locator): void {
  const H = layout.meetingHeaders;
  const o = layout.meetingOptional;
  const fields = [...(layout.serial.meetings ? ['seq'] : []), 'date', 'type', 'topic', 'host', ...(o.speaker ? ['speaker'] : []),
    'expected', 'present', ...(o.leave ? ['leave'] : []), ...(o.absent ? ['absent'] : []), 'recorder'];
  fields.forEach((f, i) => { loc.meetingCol[f] = i + 1; });
  let r = titleRows(ws, rng, layout, layout.titles.meetings, `${b.name}${b.year}年“三会一课”记录`, fields.length, b);
  loc.headerRow.meetings = r;
  fields.forEach((f, i) => { ws.getCell(r, i + 1).value = f === 'seq' ? '序号' : H[f]; });
  r++;
  b.meetings.forEach((m, idx) => {
    loc.meetingRow.set(m, r);
    for (const f of fields) {
      const c = loc.meetingCol[f];
      switch (f) {
        case 'seq': put(ws, r, c, idx + 1); break;
        case 'date': put(ws, r, c, dateCell(rng, m.date, layout.dates.meeting === 'serial' && m.time ? 'date' : layout.dates.meeting, m.time)); break;
        case 'type': put(ws, r, c, m.typeText); break;
        case 'topic': if (m.topic) put(ws, r, c, m.topic); break;
        case 'host': if (m.host) put(ws, r, c, m.host); break;
        case 'speaker': if (m.speaker) put(ws, r, c, m.speaker); break;
        case 'expected': put(ws, r, c, m.expected); break;
        case 'present': put(ws, r, c, m.present); break;
        case 'leave': put(ws, r, c, m.absentees.length); break;
        case 'absent': { const t = absentText(layout, m); if (t) put(ws, r, c, t); break; }
        case 'recorder': if (m.recorder) put(ws, r, c, m.recorder); break;
      }
    }
    r++;
  });
  if (layout.footer.meetings) footer(ws, r, b, fields.length);
}

export function writeWorkbook(rng: Rng, b: GenBranch, layout: Layout): { wb: ExcelJS.Workbook; loc: Locator } {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'dangjian corpus';
  wb.created = new Date(Date.UTC(2025, 11, 31));
  wb.modified = wb.created;
  const loc: Locator = {
    sheets: { ...layout.names },
    memberRow: new Map(), memberCol: {}, duesRow: new Map(), duesMonthRow: new Map(), duesCol: {},
    meetingRow: new Map(), meetingCol: {}, infoCell: {}, headerRow: { members: 0, dues: 0, meetings: 0 },
  };
  for (const key of layout.sheetOrder) {
    if (key === 'info') { if (layout.names.info) writeInfo(wb.addWorksheet(layout.names.info), rng, layout, b, loc); }
    else if (key === 'members') writeMembers(wb.addWorksheet(layout.names.members), rng, layout, b, loc);
    else if (key === 'dues') {
      const ws = wb.addWorksheet(layout.names.dues);
      if (layout.duesForm === 'wide') writeDuesWide(ws, rng, layout, b, loc); else writeDuesLong(ws, rng, layout, b, loc);
    } else if (key === 'meetings') writeMeetings(wb.addWorksheet(layout.names.meetings), rng, layout, b, loc);
    else {
      const ws = wb.addWorksheet('填表说明', { state: rng.chance(0.5) ? 'hidden' : 'visible' });
      ws.getCell('A1').value = '填表说明：';
      ws.getCell('A2').value = '1. 日期请按“2025-01-01”格式填写；';
      ws.getCell('A3').value = '2. 身份证号请设置为文本格式。';
    }
  }
  return { wb, loc };
}
