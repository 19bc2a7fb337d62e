/** "B2:D5" / "B2" / "A:A" / "3:3" → 1-based rectangle (ECMA-376 ST_Ref), or null. */
export interface RefRange { top: number; left: number; bottom: number; right: number }

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function corner(s: string): { row: number | null; col: number | null } | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(s.trim());
  if (!m || (!m[1] && !m[2])) return null;
  return { col: m[1] ? colNumber(m[1]) : null, row: m[2] ? Number(m[2]) : null };
}

export function decodeRange(ref: string): RefRange | null {
  const [a, b = a] = ref.split(':');
  const p = corner(a), q = corner(b);
  if (!p || !q) return null;
  const top = Math.min(p.row ?? 1, q.row ?? 1), bottom = Math.max(p.row ?? MAX_ROW, q.row ?? MAX_ROW);
  const left = Math.min(p.col ?? 1, q.col ?? 1), right = Math.max(p.col ?? MAX_COL, q.col ?? MAX_COL);
  return { top, left, bottom, right };
}
