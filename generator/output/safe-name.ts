/**
 * Output file names made safe from branch names: a branch may call itself "../../etc", "CON" or "a:b*?",
 * and none of that may escape the output folder or fail on Windows (Microsoft, "Naming Files, Paths,
 * and Namespaces": reserved characters <>:"/\|?* and control characters; reserved device names).
 */

const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** leaves room for a suffix such as "（2）_问题标注.xlsx" within the 255-byte limit of most file systems */
const MAX_BYTES = 160;

/** A single path segment, without extension, that is valid on Windows, macOS and Linux. */
export function safeFileStem(name: string, fallback = '未命名支部'): string {
  let s = name.normalize('NFC').replace(/\s+/g, ' ').replace(FORBIDDEN, '_').trim();
  // Windows drops trailing dots and spaces; leading dots would hide the file or mean "..".
  s = s.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (s === '') s = fallback;
  if (RESERVED.test(s)) s = `_${s}`;
  return truncateBytes(s, MAX_BYTES);
}

function truncateBytes(s: string, max: number): string {
  if (Buffer.byteLength(s, 'utf8') <= max) return s;
  let out = '';
  for (const ch of s) {
    if (Buffer.byteLength(out + ch, 'utf8') > max) break;
    out += ch;
  }
  // a bracket left open reads as a broken name ("…（第二"): cut before it, where something is left
  const open = Math.max(out.lastIndexOf('（'), out.lastIndexOf('('));
  if (open > 0 && open > Math.max(out.lastIndexOf('）'), out.lastIndexOf(')'))) out = out.slice(0, open);
  return out.replace(/[.\s]+$/, '');
}

/**
 * Hands out distinct stems in the order asked: two branches called the same get "名称" and "名称（2）".
 * Comparison ignores case, as Windows and macOS file systems do.
 */
export class StemAllocator {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.taken.add(r.toLowerCase());
  }

  allocate(name: string): string {
    const stem = safeFileStem(name);
    let candidate = stem;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) candidate = `${stem}（${n}）`;
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}
