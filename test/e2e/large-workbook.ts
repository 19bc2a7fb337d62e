/**
 * A large branch for the e2e tests: the bench's 1,000-member workbook grown to 3,000 members, every
 * other ID number with a wrong check digit and every third member without 入党时间, so the pane has
 * thousands of findings to list, mark and write out.
 */
import type { Grid } from '../../ledger/grid/grid.js';
import { benchGrid } from '../../scripts/bench-addin.js';

export function largeGrid(members = 3000): Grid {
  const g = benchGrid();
  const roster = g.sheets.find((s) => s.name === '党员名册')!;
  const dues = g.sheets.find((s) => s.name === '党费收缴台账')!;
  const people = roster.rows.slice(1);
  const paid = dues.rows.slice(1);
  const rows = [roster.rows[0]];
  const duesRows = [dues.rows[0]];
  for (let i = 0; i < members; i++) {
    const m = people[i % people.length].map((c) => (c ? { ...c } : c));
    const d = paid[i % paid.length].map((c) => (c ? { ...c } : c));
    const name = `${m[1]!.v}${i >= people.length ? Math.floor(i / people.length) : ''}`;
    m[0] = { v: i + 1, t: String(i + 1), f: 'General' };
    m[1] = { v: name, t: name, f: '@' };
    d[0] = { v: name, t: name, f: '@' };
    if (i % 2 === 1) {
      const id = String(m[4]!.v);
      const bad = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
      m[4] = { v: bad, t: bad, f: '@' };
    }
    if (i % 3 === 0) m[7] = null;
    rows.push(m);
    duesRows.push(d);
  }
  roster.rows = rows;
  dues.rows = duesRows;
  return g;
}
