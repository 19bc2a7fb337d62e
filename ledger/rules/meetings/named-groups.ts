/**
 * The 党小组 a branch's 党小组会 records name, for C03 to judge each group by itself. A group counts
 * as existing when the records name it in two months or more, or the roster's 党小组 column names it
 * (when the roster and the records name their groups alike: one group in common). A group is judged
 * from the first month the records name it (one formed mid-year is not missing before); a roster
 * group no record names, the whole year. null when no record names a group: the branch is judged as
 * a whole.
 */
import type { IsoDate, Ledger } from '../../model/ledger.js';
import { groupKey, namesGroup } from '../../values/group-name.js';
import { earliest, ruleYear } from '../support/dates.js';
import { perLedger } from '../support/per-ledger.js';
import { meetingSpans, spanIn } from './held.js';
import { monthsEnded } from '../../time/calendar.js';

export interface NamedGroup {
  key: string;
  /** as first written (records before roster) */
  name: string;
  /** the first month to judge, or null for the whole year */
  from: string | null;
  /** the sheet keeping most of its records, or null when none does */
  sheet: string | null;
}

interface Seen { name: string; months: Set<string>; sheets: Map<string, number> }

function computeNamedGroups(ledger: Ledger): NamedGroup[] | null {
  const seen = new Map<string, Seen>();
  for (const m of ledger.meetings?.meetings ?? []) {
    if (!m.group || !m.types.includes('group')) continue;
    const key = groupKey(m.group);
    if (key === '') continue;
    const s = seen.get(key) ?? { name: m.group, months: new Set<string>(), sheets: new Map<string, number>() };
    if (m.date.value) s.months.add(earliest(m.date.value).slice(0, 7));
    s.sheets.set(m.sheet, (s.sheets.get(m.sheet) ?? 0) + 1);
    seen.set(key, s);
  }
  if (seen.size === 0) return null;
  const roster = new Map<string, string>();
  for (const member of ledger.members?.members ?? []) {
    const g = member.group.value?.trim();
    if (!namesGroup(g)) continue;
    const k = groupKey(g);
    if (!roster.has(k)) roster.set(k, g);
  }
  // a roster naming its groups otherwise ("综合党小组" beside records' "第一党小组") is not matched to them
  const rosterAgrees = [...roster.keys()].some((k) => seen.has(k));
  const out: NamedGroup[] = [];
  for (const [key, s] of seen) {
    const inRoster = rosterAgrees && roster.has(key);
    if (!inRoster && s.months.size < 2) continue;
    const sheet = [...s.sheets].sort((a, b) => b[1] - a[1])[0][0];
    // judged from its first recorded month, roster group or not: one formed in July is not missing
    // before (a group whose records begin in January is judged the whole year all the same)
    out.push({ key, name: s.name, from: [...s.months].sort()[0] ?? null, sheet });
  }
  if (rosterAgrees) for (const [key, name] of roster) if (!seen.has(key)) out.push({ key, name, from: null, sheet: null });
  return out.length > 0 ? out : null;
}

/** The groups to judge one by one, or null to judge the branch as a whole (as C03 always did). */
export const namedGroups = perLedger(computeNamedGroups, () => '');

/** A month `period` ('2025-10') this group is judged for. */
function judgedIn(g: NamedGroup, period: string): boolean {
  return g.from == null || period >= g.from;
}

/**
 * Each ended month of the year with the named groups that held no 党小组会 in it (months every group
 * met are left out); null where the records name no group. A record naming no group covers its month
 * for all: it is the branch's. C03 reports these, the stats count those months as not met.
 */
export const missedGroups = perLedger((ledger: Ledger, asOf: IsoDate): Map<string, NamedGroup[]> | null => {
  const groups = namedGroups(ledger);
  if (!groups) return null;
  const spans = meetingSpans(ledger.meetings?.meetings ?? []).filter((s) => s.meeting.types.includes('group'));
  const out = new Map<string, NamedGroup[]>();
  for (const period of monthsEnded(ruleYear(ledger, asOf), asOf)) {
    const held = spans.filter((s) => spanIn(s, period, asOf));
    if (held.some((s) => !s.meeting.group)) continue;
    const met = new Set(held.map((s) => groupKey(s.meeting.group!)));
    const missed = groups.filter((g) => !met.has(g.key) && judgedIn(g, period));
    if (missed.length > 0) out.set(period, missed);
  }
  return out;
}, (asOf: IsoDate) => asOf);

