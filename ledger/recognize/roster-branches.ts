/**
 * The branches a roster's 所在党支部 column names. A national-system export names the branch on
 * every row; a 党总支 or 党委 that exports all its branches at once hands in one roster of several,
 * which this tool must not judge as one branch (members, committee, 应到人数 would all be merged).
 */
import type { Member } from '../model/ledger.js';
import { branchKey } from '../values/branch-key.js';
import type { Found } from './continuation.js';

const ORGANISATION = /支部|总支|党委|党组/;

export interface RosterBranch {
  /** as first written */
  name: string;
  /** member rows naming it */
  count: number;
}

/** The distinct branches the chosen roster sheet's 所在党支部 column names on member rows, most members first. */
export function rosterBranches(found: Found, members: Member[]): RosterBranch[] {
  const col = found.first.columns.get('branchName');
  if (col === undefined) return [];
  const byKey = new Map<string, RosterBranch>();
  for (const m of members) {
    if (m.sheet !== found.view.name) continue;
    const text = found.view.text(m.row, col).replace(/\s+/g, ' ');
    // only what names a party organisation: a stray number or note in the column is no branch
    if (!ORGANISATION.test(text)) continue;
    const key = branchKey(text);
    const b = byKey.get(key);
    if (b) b.count++;
    else byKey.set(key, { name: text, count: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count);
}
