/**
 * Placeholders are names in braces: {支部数}. Full-width braces ｛｝ are read the same way,
 * since staff typing Chinese often switch input method mid-word.
 */

export type PlaceholderScan =
  | { ok: true; names: string[] }
  | { ok: false; problem: string };

const OPEN = new Set(['{', '｛']);
const CLOSE = new Set(['}', '｝']);

export function scanPlaceholders(text: string): PlaceholderScan {
  const names: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPEN.has(c)) {
      if (start >= 0) return { ok: false, problem: `占位符括号不成对：“${excerpt(text, start)}”中“{”之后缺少“}”` };
      start = i;
    } else if (CLOSE.has(c)) {
      if (start < 0) return { ok: false, problem: `占位符括号不成对：“${excerpt(text, i)}”中多了一个“}”` };
      const name = text.slice(start + 1, i).trim();
      if (!name) return { ok: false, problem: '占位符“{}”中没有名称' };
      names.push(name);
      start = -1;
    }
  }
  if (start >= 0) return { ok: false, problem: `占位符括号不成对：“${excerpt(text, start)}”中“{”之后缺少“}”` };
  return { ok: true, names };
}

function excerpt(text: string, at: number): string {
  return text.slice(Math.max(0, at - 6), at + 12).replace(/\s+/g, ' ');
}

/** Replace every placeholder; `missing` is called for a name without a value (a programmer error upstream). */
export function fillPlaceholders(text: string, values: Record<string, string>, missing: (name: string) => never): string {
  return text.replace(/[{｛]\s*([^{}｛｝]+?)\s*[}｝]/g, (_m, name: string) => {
    const v = values[name];
    return v === undefined ? missing(name) : v;
  });
}
