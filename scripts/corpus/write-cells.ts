/** Cell value forms the way branches type them: dates in every form, IDs as text, months, ranges. */
import type { Rng } from './prng.js';
import type { DateStyle } from './layout.js';
import { serialOf } from './dates.js';
import type ExcelJS from 'exceljs';

export interface CellOut {
  value: ExcelJS.CellValue;
  numFmt?: string;
}

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** A date 'YYYY-MM-DD' (optionally with a clock time) written in the given style. */
export function dateCell(rng: Rng, iso: string, style: DateStyle, time?: string): CellOut {
  const s: DateStyle = style === 'mixed' ? rng.pick(['date', 'serial', 'dash', 'dot', 'slash', 'cn', 'compact']) : style;
  const [y, m, d] = iso.split('-').map(Number);
  const t = time ? `  ${time}` : '';
  switch (s) {
    case 'date': {
      if (time) {
        const [hh, mm] = time.split(':').map(Number);
        return { value: new Date(Date.UTC(y, m - 1, d, hh, mm)), numFmt: 'yyyy-mm-dd hh:mm' };
      }
      return { value: new Date(Date.UTC(y, m - 1, d)), numFmt: rng.pick(['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', 'yyyy/m/d', 'yyyy-mm-dd']) };
    }
    case 'serial': return { value: serialOf(iso) };
    case 'dash': return { value: iso + t };
    case 'dot': return { value: `${y}.${String(m).padStart(2, '0')}.${String(d).padStart(2, '0')}${t}` };
    case 'slash': return { value: `${y}/${m}/${d}${t}` };
    case 'cn': return { value: (rng.chance(0.1) ? fullWidth(`${y}`) : `${y}`) + `年${m}月${d}日${t}` };
    case 'compact': {
      const c = `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
      return time ? { value: c + t } : { value: rng.chance(0.5) ? Number(c) : c };
    }
    default: return { value: iso };
  }
}

export function monthCell(month: number, year: number, style: 'dash' | 'cn' | 'dot' | 'date'): CellOut {
  const mm = String(month).padStart(2, '0');
  switch (style) {
    case 'dash': return { value: `${year}-${mm}` };
    case 'cn': return { value: `${year}年${month}月` };
    case 'dot': return { value: `${year}.${mm}` };
    case 'date': return { value: new Date(Date.UTC(year, month - 1, 1)), numFmt: 'yyyy"年"m"月"' };
  }
}

export function rangeCell(rng: Rng, year: number, from: number, to: number): CellOut {
  const p = (n: number) => String(n).padStart(2, '0');
  return { value: rng.chance(0.7) ? `${year}.${p(from)}-${year}.${p(to)}` : `${year}.${from}-${year}.${to}` };
}

/** Yuan from fen, as a number with two decimals at most. */
export function yuan(fen: number): number {
  return Math.round(fen) / 100;
}
