// STUB: replaced by the recognition work (Grid → Ledger).
import type { Grid } from '../grid/grid.js';
import type { Ledger, Field } from '../model/ledger.js';

const empty = <T>(): Field<T> => ({ value: null, raw: null, ref: null });

export function recognize(_grid: Grid): Ledger {
  return {
    branch: {
      sheet: null, name: empty(), parent: empty(), unit: empty(), type: empty(), founded: empty(),
      lastElection: empty(), nextElection: empty(), year: empty(), filler: empty(), fillDate: empty(),
    },
    members: null, dues: null, meetings: null, year: null, issues: [],
  };
}
