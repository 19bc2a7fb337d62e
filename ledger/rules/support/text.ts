/** Small text helpers shared by the rules. */

/** Identity key of a name: whitespace removed (张 三 is 张三). */
export function nameKey(name: string | null | undefined): string {
  return (name ?? '').replace(/[\s\u3000]+/g, '');
}

/** True when a text field holds something. */
export function filled(v: string | null | undefined): v is string {
  return v != null && String(v).trim() !== '';
}

/** A 减免/免交 note: dues reduced or waived with the approval of the committee above (中组发〔2008〕3号). */
export function waiverNote(...notes: (string | null | undefined)[]): boolean {
  return notes.some((n) => n != null && /减免|免交|免缴|减交|减缴|免收|少交/.test(n));
}

/** A dues row waived: its own note, or 免交 written in its 月应交 cell (a number there waives nothing). */
export function rowWaived(r: { note: { value: string | null }; due: { raw: { v: unknown } | null } }, ...more: (string | null | undefined)[]): boolean {
  const due = r.due.raw?.v;
  return waiverNote(r.note.value, typeof due === 'string' ? due : null, ...more);
}

export function yuan(x: number): string {
  return `${Number(x.toFixed(2))}元`;
}
