/**
 * Resolves expectations to the truth-file entries (sheet/cell/row as written) and computes the
 * contract stats from what was written: members by category, dues due/paid for the months up to
 * the as-of date, meetings by type dated within the ledger year up to the as-of date.
 */
import type { ExpectedFinding, TruthStats } from './contract.js';
import { AS_OF, YEAR } from './contract.js';
import type { Expectation, GenBranch } from './model.js';
import type { Locator } from './write-workbook.js';
import { a1 } from '../../ledger/grid/address.js';

export function resolve(e: Expectation, loc: Locator, form: 'wide' | 'long' | 'range'): ExpectedFinding {
  const out: ExpectedFinding = { rule: e.rule, sheet: null, cell: null, row: null, period: e.period, member: e.member };
  const t = e.target;
  switch (t.kind) {
    case 'member': {
      out.sheet = loc.sheets.members;
      out.row = loc.memberRow.get(t.member) ?? null;
      if (t.field && out.row != null && loc.memberCol[t.field]) out.cell = a1(out.row, loc.memberCol[t.field]);
      break;
    }
    case 'duesMember': {
      out.sheet = loc.sheets.dues;
      if (form === 'wide') {
        out.row = loc.duesRow.get(t.member) ?? null;
        const col = t.month != null ? loc.duesCol[`m${t.month}`] : t.field === 'due' ? loc.duesCol.due : undefined;
        if (out.row != null && col) out.cell = a1(out.row, col);
      } else if (form === 'long' && t.month != null) {
        out.row = loc.duesMonthRow.get(t.member)?.get(t.month) ?? null;
        if (out.row != null) out.cell = a1(out.row, loc.duesCol.paid);
      }
      break;
    }
    case 'duesStranger': {
      out.sheet = loc.sheets.dues;
      if (form === 'wide') out.row = loc.duesRow.get(t.stranger) ?? null;
      break;
    }
    case 'meeting': {
      out.sheet = loc.sheets.meetings;
      out.row = loc.meetingRow.get(t.meeting) ?? null;
      if (t.field && out.row != null && loc.meetingCol[t.field]) out.cell = a1(out.row, loc.meetingCol[t.field]);
      break;
    }
    case 'branchInfo': out.sheet = loc.sheets.info; out.cell = loc.infoCell[t.field] ?? null; break;
    case 'sheet': out.sheet = loc.sheets[t.ledger]; break;
    case 'meetingsSheet': out.sheet = loc.sheets.meetings; break;
    case 'none': break;
  }
  return out;
}

export function truthStats(b: GenBranch): TruthStats {
  const lastMonth = Number(AS_OF.slice(0, 4)) > YEAR ? 12 : Number(AS_OF.slice(5, 7));
  let dueFen = 0;
  let paidFen = 0;
  const recs = [...b.members.filter((m) => m.hasDuesRow), ...b.strangers];
  for (const r of recs) {
    // every month the dues ledger keeps counts as written (a 入党时间 typo in 2026 does not erase 2025's rows)
    for (let m = 1; m <= lastMonth; m++) {
      dueFen += r.dueFen;
      paidFen += r.paidFen[m - 1] ?? 0;
    }
  }
  const meetings = { general: 0, committee: 0, group: 0, lecture: 0, themeDay: 0, lifeMeeting: 0, review: 0 };
  for (const m of b.meetings) if (m.date.startsWith(`${YEAR}-`) && m.date <= AS_OF) meetings[m.type]++;
  const full = b.members.filter((m) => m.category === '正式党员').length;
  return {
    members: { total: b.members.length, full, probationary: b.members.length - full },
    dues: { due: dueFen / 100, paid: paidFen / 100 },
    meetings,
  };
}
