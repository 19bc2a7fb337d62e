/**
 * Which sheet a missing meeting (C01–C07) is reported on. Most ledgers keep one meetings sheet.
 * One split by time (a sheet a quarter or a half-year: each sheet's dates after the previous
 * sheet's) is told the sheet its period falls in; one split otherwise (a sheet a meeting type)
 * the sheet that keeps most meetings of that type.
 */
import type { IsoDate, MeetingsLedger, MeetingType } from '../../model/ledger.js';
import { earliest } from '../support/dates.js';
import { periodBounds } from './held.js';

interface SheetSpan {
  sheet: string;
  from: IsoDate | null;
  to: IsoDate | null;
  ofType: number;
}

function spans(meetings: MeetingsLedger, type: MeetingType): SheetSpan[] {
  const bySheet = new Map<string, SheetSpan>((meetings.sheets ?? []).map((sheet) => [sheet, { sheet, from: null, to: null, ofType: 0 }]));
  for (const m of meetings.meetings) {
    const s = bySheet.get(m.sheet);
    if (!s) continue;
    if (m.types.includes(type)) s.ofType++;
    if (!m.date.value) continue;
    const d = earliest(m.date.value);
    if (s.from == null || d < s.from) s.from = d;
    if (s.to == null || d > s.to) s.to = d;
  }
  return [...bySheet.values()];
}

export function periodSheet(meetings: MeetingsLedger, type: MeetingType, period: string): string {
  if (!meetings.sheets) return meetings.sheet;
  const all = spans(meetings, type);
  const dated = all.filter((s) => s.from != null);
  const byTime = dated.every((s, i) => i === 0 || dated[i - 1].to! <= s.from!);
  if (byTime) {
    const end = periodBounds(period).to;
    return dated.filter((s) => s.from! <= end).pop()?.sheet ?? dated[0]?.sheet ?? meetings.sheet;
  }
  const most = all.reduce<SheetSpan | null>((best, s) => (s.ofType > (best?.ofType ?? 0) ? s : best), null);
  return most?.sheet ?? meetings.sheet;
}
