/**
 * 中组发〔2008〕3号 第二、三、四条: the monthly amount due by status.
 * 在职: base ≤ 3000 → 0.5%, ≤ 5000 → 1%, ≤ 10000 → 1.5%, above → 2%.
 * 离退休: base ≤ 5000 → 0.5%, above → 1%. 农民: 0.2–1 元. 学生、下岗失业、低保: 0.2 元.
 */
import type { WorkStatus } from '../../model/ledger.js';
import type { Settings } from '../../settings.js';

export function employedRate(base: number): number {
  if (base <= 3000) return 0.005;
  if (base <= 5000) return 0.01;
  if (base <= 10000) return 0.015;
  return 0.02;
}

export function retiredRate(base: number): number {
  return base <= 5000 ? 0.005 : 0.01;
}

export type Rounding = Settings['rounding'];
const UNIT: Record<Rounding, number> = { fen: 0.01, jiao: 0.1, yuan: 1 };
const EPS = 1e-6;

/** Amounts a ledger may write for an exact due: rounded half-up or truncated to each accepted unit. */
export function acceptedAmounts(exact: number, roundings: Rounding[]): number[] {
  const out = [exact];
  for (const r of roundings) {
    const u = UNIT[r];
    out.push(Math.round(exact / u + EPS) * u, Math.floor(exact / u + EPS) * u);
  }
  return out;
}

export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.005 + EPS;
}

/** A whole number of the unit (to the fen). */
export function isMultipleOf(x: number, unit: number): boolean {
  const k = Math.round(x / unit);
  return Math.abs(k * unit - x) < 0.001;
}

export type DueVerdict =
  | { ok: true }
  | { ok: false; expected: string; basis: string };

/**
 * Judge a written monthly due against the member's status and base. `status` null: the
 * status is unknown, so either salaried scale is accepted.
 */
export function judgeDue(due: number, base: number | null, status: WorkStatus | null, roundings: Rounding[]): DueVerdict | null {
  if (status === '农民') {
    return due >= 0.2 - EPS && due <= 1 + EPS ? { ok: true }
      : { ok: false, expected: '0.2至1元', basis: '农民党员每月交纳党费0.2元至1元' };
  }
  if (status === '学生' || status === '下岗失业' || status === '低保') {
    return sameAmount(due, 0.2) ? { ok: true }
      : { ok: false, expected: '0.2元', basis: `${status}党员每月交纳党费0.2元` };
  }
  if (base == null || base < 0) return null;
  if (status === '其他') return null;
  const scales: { rate: number; label: string }[] = [];
  if (status === '在职' || status == null) scales.push({ rate: employedRate(base), label: '在职党员' });
  if (status === '离退休' || status == null) scales.push({ rate: retiredRate(base), label: '离退休党员' });
  for (const s of scales) {
    if (acceptedAmounts(base * s.rate, roundings).some((a) => sameAmount(a, due))) return { ok: true };
  }
  const s = scales[0];
  const exact = Math.round(base * s.rate * 100) / 100;
  return {
    ok: false,
    expected: `${exact}元`,
    basis: `${s.label}按缴费基数${base}元的${+(s.rate * 100).toFixed(1)}%交纳`,
  };
}
