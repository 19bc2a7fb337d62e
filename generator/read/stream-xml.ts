/**
 * A small pull scanner over an XML part already decoded to a string: start tags, end tags and
 * text, attributes read on demand. Enough for SpreadsheetML parts (no DTDs, no entity definitions);
 * it is faster than an event parser because it allocates nothing per token but the strings asked for.
 * Element names are compared without their namespace prefix (some writers emit <x:row>).
 */
export const END = 0, OPEN = 1, CLOSE = 2, TEXT = 3;
export type Token = typeof END | typeof OPEN | typeof CLOSE | typeof TEXT;

export class XmlSyntaxError extends Error {}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;

function entity(_m: string, e: string): string {
  switch (e) {
    case 'lt': return '<';
    case 'gt': return '>';
    case 'amp': return '&';
    case 'quot': return '"';
    case 'apos': return "'";
    default: {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return String.fromCodePoint(code);
    }
  }
}

/** XML text → characters: line ends normalised (XML 1.0 §2.11), then references replaced. */
export function decodeText(raw: string): string {
  if (raw.indexOf('\r') >= 0) raw = raw.replace(/\r\n?/g, '\n');
  return raw.indexOf('&') >= 0 ? raw.replace(ENTITY, entity) : raw;
}

/** Attribute value: as text, plus whitespace normalised to spaces (XML 1.0 §3.3.3). */
function decodeAttr(raw: string): string {
  // most values are short and plain ("B7", "3"): one pass over the characters decides
  let plain = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 38 /* & */ || c === 9 || c === 10 || c === 13) { plain = false; break; }
  }
  if (plain) return raw;
  if (/[\t\n\r]/.test(raw)) raw = raw.replace(/\r\n|[\t\n\r]/g, ' ');
  return raw.indexOf('&') >= 0 ? raw.replace(ENTITY, entity) : raw;
}

export class XmlScanner {
  private i = 0;
  private pendingClose = false;
  private a0 = 0;
  private a1 = 0;
  /** local name of the element of the last OPEN/CLOSE token */
  name = '';
  /** the last OPEN token was self-closing (a CLOSE for it follows) */
  selfClosing = false;
  private rawText = '';
  private cdata = false;

  constructor(private readonly s: string) {}

  next(): Token {
    if (this.pendingClose) {
      this.pendingClose = false;
      return CLOSE;
    }
    const s = this.s;
    for (;;) {
      const i = this.i;
      if (i >= s.length) return END;
      if (s.charCodeAt(i) !== 60 /* < */) {
        let lt = s.indexOf('<', i);
        if (lt < 0) lt = s.length;
        this.rawText = s.slice(i, lt);
        this.cdata = false;
        this.i = lt;
        return TEXT;
      }
      const c = s.charCodeAt(i + 1);
      if (c === 63 /* ? */) {
        const e = s.indexOf('?>', i + 2);
        if (e < 0) throw new XmlSyntaxError('unterminated processing instruction');
        this.i = e + 2;
        continue;
      }
      if (c === 33 /* ! */) {
        if (s.startsWith('<!--', i)) {
          const e = s.indexOf('-->', i + 4);
          if (e < 0) throw new XmlSyntaxError('unterminated comment');
          this.i = e + 3;
          continue;
        }
        if (s.startsWith('<![CDATA[', i)) {
          const e = s.indexOf(']]>', i + 9);
          if (e < 0) throw new XmlSyntaxError('unterminated CDATA');
          this.rawText = s.slice(i + 9, e);
          this.cdata = true;
          this.i = e + 3;
          return TEXT;
        }
        // <!DOCTYPE …>: skipped; its entities are never expanded (no billion laughs)
        const e = s.indexOf('>', i);
        if (e < 0) throw new XmlSyntaxError('unterminated declaration');
        this.i = e + 1;
        continue;
      }
      if (c === 47 /* / */) {
        const e = s.indexOf('>', i + 2);
        if (e < 0) throw new XmlSyntaxError('unterminated end tag');
        // the name without prefix and surrounding white space, sliced once
        let n0 = i + 2, n1 = e;
        while (n0 < n1 && isSpace(s.charCodeAt(n0))) n0++;
        while (n1 > n0 && isSpace(s.charCodeAt(n1 - 1))) n1--;
        for (let k = n0; k < n1; k++) if (s.charCodeAt(k) === 58 /* : */) { n0 = k + 1; break; }
        this.name = s.slice(n0, n1);
        this.i = e + 1;
        return CLOSE;
      }
      // start tag: find its end outside quoted attribute values ('>' may appear inside them)
      let j = i + 1;
      let n0 = j;
      while (j < s.length) {
        const ch = s.charCodeAt(j);
        if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13) break;
        if (ch === 58 /* : */) n0 = j + 1;
        j++;
      }
      this.name = s.slice(n0, j);
      const k = tagEnd(s, j);
      if (k < 0) throw new XmlSyntaxError('unterminated start tag');
      this.selfClosing = s.charCodeAt(k - 1) === 47;
      this.a0 = j;
      this.a1 = this.selfClosing ? k - 1 : k;
      this.i = k + 1;
      if (this.selfClosing) this.pendingClose = true;
      return OPEN;
    }
  }

  /**
   * Right after a (not self-closing) OPEN token: when the part goes on with exactly `open` text `close`
   * (e.g. `<v>` 12 `</v></c>`), the text non-empty and free of markup, its decoded text, and the scanner
   * stands after `close` as if it had read those tokens; else undefined and nothing is read.
   * Most cells of a sheet are just that: four tokens fewer each.
   */
  simpleContent(open: string, close: string): string | undefined {
    if (this.pendingClose) return undefined;
    const s = this.s;
    const t0 = this.i + open.length;
    if (!s.startsWith(open, this.i)) return undefined;
    const t1 = s.indexOf('<', t0);
    if (t1 <= t0 || !s.startsWith(close, t1)) return undefined;
    this.i = t1 + close.length;
    return decodeText(s.slice(t0, t1));
  }

  /** The part being scanned, and the span of the last OPEN token's attributes in it. */
  get source(): string { return this.s; }
  get attrStart(): number { return this.a0; }
  get attrEnd(): number { return this.a1; }
  /** Offset just after the last token. */
  get position(): number { return this.i; }

  /** Go on at `pos`, after content the caller read itself (from within the last OPEN token's element). */
  skipTo(pos: number): void {
    this.pendingClose = false;
    this.i = pos;
  }

  /** Decoded text of the last TEXT token. */
  text(): string {
    if (this.cdata) return this.rawText;
    return decodeText(this.rawText);
  }

  /** Value of attribute `qname` (as written, prefix included) of the last OPEN token. */
  attr(qname: string): string | undefined {
    this.attrs3(qname, '\0', '\0');
    return this.found0;
  }

  /** values of up to three attributes, read in one pass: found0, found1, found2 */
  found0: string | undefined;
  found1: string | undefined;
  found2: string | undefined;

  /** One pass over the attributes of the last OPEN token (a cell asks for r, s and t at once). */
  attrs3(q0: string, q1: string, q2: string): void {
    this.found0 = this.found1 = this.found2 = undefined;
    const s = this.s;
    let p = this.a0;
    const end = this.a1;
    // one-letter names (a cell's r, s, t) compared by code, not by a startsWith call each
    const c0 = q0.length === 1 ? q0.charCodeAt(0) : -1;
    const c1 = q1.length === 1 ? q1.charCodeAt(0) : -1;
    const c2 = q2.length === 1 ? q2.charCodeAt(0) : -1;
    while (p < end) {
      let ch = s.charCodeAt(p);
      while (p < end && (ch === 32 || ch === 9 || ch === 10 || ch === 13)) ch = s.charCodeAt(++p);
      if (p >= end) break;
      const n0 = p;
      while (p < end && (ch = s.charCodeAt(p)) !== 61 && ch !== 32 && ch !== 9 && ch !== 10 && ch !== 13) p++;
      const len = p - n0;
      while (p < end && s.charCodeAt(p) !== 61) p++;
      p++;
      while (p < end && (ch = s.charCodeAt(p)) !== 34 && ch !== 39) p++;
      if (p >= end) throw new XmlSyntaxError('bad attribute');
      const quote = ch;
      const v0 = p + 1;
      let v1 = v0;
      while (v1 < end && s.charCodeAt(v1) !== quote) v1++;
      if (v1 >= end) throw new XmlSyntaxError('bad attribute');
      p = v1 + 1;
      if (len === 1) {
        const n = s.charCodeAt(n0);
        if (n === c0) this.found0 = decodeAttr(s.slice(v0, v1));
        else if (n === c1) this.found1 = decodeAttr(s.slice(v0, v1));
        else if (n === c2) this.found2 = decodeAttr(s.slice(v0, v1));
      } else if (len === q0.length && s.startsWith(q0, n0)) this.found0 = decodeAttr(s.slice(v0, v1));
      else if (len === q1.length && s.startsWith(q1, n0)) this.found1 = decodeAttr(s.slice(v0, v1));
      else if (len === q2.length && s.startsWith(q2, n0)) this.found2 = decodeAttr(s.slice(v0, v1));
    }
  }
}

/** Offset of the '>' ending the start tag whose attributes begin at `from` ('>' may appear inside quoted values), or -1. */
export function tagEnd(s: string, from: number): number {
  let q = 0;
  for (let k = from; k < s.length; k++) {
    const ch = s.charCodeAt(k);
    if (q) { if (ch === q) q = 0; }
    else if (ch === 34 || ch === 39) q = ch;
    else if (ch === 62) return k;
  }
  return -1;
}

/** String.prototype.trim's white space as far as XML names go (XML 1.0 §2.3 S, plus what trim also drops) */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff
    || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
