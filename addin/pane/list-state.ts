/**
 * The user's place in the findings list, kept across a re-check: the user clicks a finding, fixes the
 * cell in Excel, and the automatic re-check rebuilds the list. Without this the groups they closed
 * opened again, the pages they opened (再显示) folded back to 50, the focus fell to the page and the
 * list scrolled to other findings.
 */

export interface ListState {
  /** 'area:members', 'rule:M02': the groups the user closed */
  closed: string[];
  /** findings shown per rule (more than the first page after 再显示) */
  shown: Record<string, number>;
}

/** The finding button the user was on, and where on screen it was. */
export interface Anchor {
  rule: string;
  sheet: string;
  cell: string;
  /** its position in its rule's list */
  index: number;
  /** its distance from the top of the viewport */
  top: number;
  /** the text of the findings shown after it, in list order (a few): where to go when its whole rule is fixed */
  following: string[];
}

/** How many of the findings after the focused one an anchor remembers. */
const FOLLOWING = 50;

export function listState(root: ParentNode): ListState {
  const closed: string[] = [];
  for (const d of root.querySelectorAll<HTMLDetailsElement>('details.area, details.rule')) {
    if (!d.open) closed.push(d.classList.contains('area') ? `area:${d.dataset.area}` : `rule:${d.dataset.rule}`);
  }
  const shown: Record<string, number> = {};
  for (const d of root.querySelectorAll<HTMLElement>('details.rule')) shown[d.dataset.rule!] = d.querySelectorAll('button.finding').length;
  return { closed, shown };
}

/** The focused finding button under root, if any (it stays the active element while the user types in Excel). */
export function anchorOf(root: ParentNode, active: Element | null): Anchor | null {
  if (!(active instanceof HTMLElement) || !active.matches('button.finding') || !root.contains(active)) return null;
  const list = [...(active.closest('ul')?.querySelectorAll('button.finding') ?? [])];
  const all = [...root.querySelectorAll<HTMLElement>('button.finding')];
  const at = all.indexOf(active);
  return {
    rule: active.dataset.rule ?? '', sheet: active.dataset.sheet ?? '', cell: active.dataset.cell ?? '',
    index: list.indexOf(active), top: active.getBoundingClientRect().top,
    following: all.slice(at + 1, at + 1 + FOLLOWING).map((b) => b.textContent ?? ''),
  };
}

/**
 * Focuses the same finding in the rebuilt list, or, when the fix made it go away, the one that took its
 * place in its rule (else the rule's last); when the fix cleared its whole rule, the next finding that
 * was after it (else the list's last), and scrolls so that it sits where the old one was.
 */
export function restoreAnchor(root: ParentNode, a: Anchor): void {
  const rule = root.querySelector<HTMLElement>(`details.rule[data-rule="${CSS.escape(a.rule)}"]`);
  const list = [...(rule?.querySelectorAll<HTMLElement>('button.finding') ?? [])];
  const same = list.find((b) => b.dataset.sheet === a.sheet && b.dataset.cell === a.cell && a.cell !== '');
  const target = same ?? list[Math.min(a.index, list.length - 1)] ?? nextOf(root, a);
  if (!target) return;
  target.focus({ preventScroll: true });
  window.scrollBy(0, target.getBoundingClientRect().top - a.top);
}

/** The first finding still listed of those that were after the anchor; else the list's last. */
function nextOf(root: ParentNode, a: Anchor): HTMLElement | undefined {
  const all = [...root.querySelectorAll<HTMLElement>('button.finding')];
  const byText = new Map<string, HTMLElement>();
  for (const b of all) if (!byText.has(b.textContent ?? '')) byText.set(b.textContent ?? '', b);
  for (const t of a.following) {
    const b = byText.get(t);
    if (b) return b;
  }
  return all[all.length - 1];
}
