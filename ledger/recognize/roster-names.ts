/**
 * The roster's names, for the other ledgers to meet them by. Branches add a note in brackets on one
 * side only: "方霞（预备）" in the dues book for the roster's 方霞, or "许娜（女）" in the roster for the
 * dues book's 许娜. A name meets the roster's form when exactly one roster name fits.
 */
import { withoutTrailingNote } from '../values/cell-text.js';

export class RosterNames {
  private readonly keys: ReadonlySet<string>;
  /** bare form → the one roster key with a note that has it (null when two have: 张伟（大）/（小）) */
  private readonly noted = new Map<string, string | null>();

  constructor(keys: Iterable<string>) {
    this.keys = new Set(keys);
    for (const k of this.keys) {
      const bare = withoutTrailingNote(k);
      if (bare === k || bare === '' || this.keys.has(bare)) continue;
      this.noted.set(bare, this.noted.has(bare) ? null : k);
    }
  }

  /** The roster key for a name key as another ledger writes it; the key itself when none fits. */
  match(key: string): string {
    if (key === '' || this.keys.has(key)) return key;
    const bare = withoutTrailingNote(key);
    if (bare !== key && bare !== '' && this.keys.has(bare)) return bare;
    return this.noted.get(bare) ?? key;
  }

  /** The roster names that carry a note of their own (张伟（大）): an absentee written so is that member. */
  withNotes(): string[] {
    return [...this.keys].filter((k) => withoutTrailingNote(k) !== k);
  }
}
