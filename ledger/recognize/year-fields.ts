/**
 * Dues field headers with a year in front ("2025年月应交", "2024年月应交", "2025年缴费基数"), as a
 * branch keeping two years on one sheet writes them beside each year's block of months. Only the
 * ledger year's column is read; another year's is neither read nor missing (no W02): its amounts
 * are that year's, not this one's. A sheet keeping no months of that other year, though, keeps its
 * own year under a header not updated ("2024年月应交" over 2025's 1月…12月): that column is read.
 */
import type { HeaderBlock } from './header-match.js';
import { plausibleLedgerYear } from './ledger-year.js';

/** the fields a year's block restates: 缴费基数, 比例, 月应交, 实交, 合计 */
const BY_YEAR = new Set(['base', 'rate', 'due', 'paid', 'total']);

const YEAR_FIRST = /^((?:19|20)\d{2})\s*(?:年度|年)\s*/;

/** "2025年月应交" → 2025 and "月应交"; null when the header starts with no plausible year. */
export function yearAndField(label: string): { year: number; rest: string } | null {
  const m = YEAR_FIRST.exec(label);
  if (!m || !plausibleLedgerYear(Number(m[1]))) return null;
  const rest = label.slice(m[0].length).trim();
  // "2025年1月" is a month, "2025年" a heading
  return rest === '' || /^\d/.test(rest) ? null : { year: Number(m[1]), rest };
}

/** Does the block keep months of `year` (a "2024年" over its own 1月…12月)? */
function keepsMonthsOf(block: HeaderBlock, year: number): boolean {
  return block.months.some((m) => m.key.year === year);
}

/** May a field of this key be written with a year in front? */
export function yearlyField(key: string): boolean {
  return BY_YEAR.has(key);
}

/**
 * The block as `year` reads it: each field written with years in front takes the column of that
 * year, or none when no column is of it. Without a year (none known) the block is as found.
 */
export function columnsForYear(block: HeaderBlock, year: number | null): HeaderBlock {
  const years = block.yearColumns;
  if (!years || year == null) return block;
  const columns = new Map(block.columns);
  const labels = new Map(block.labels);
  const specs = new Map(block.specs);
  for (const [key, byYear] of years) {
    const own = byYear.get(year);
    if (own) {
      columns.set(key, own.col);
      labels.set(key, own.label);
    } else if ([...byYear].some(([y, c]) => c.col === columns.get(key) && keepsMonthsOf(block, y))) {
      // another year's column beside that year's months; a lone "2024年月应交" on a sheet of this
      // year's months only is the sheet's own column under a header not yet updated, and is read
      columns.delete(key);
      labels.delete(key);
      specs.delete(key);
    }
  }
  return { ...block, columns, labels, specs };
}
