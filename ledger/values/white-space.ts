/** JavaScript's \s, one UTF-16 unit at a time: lets hot paths skip a regex when nothing would change. */
export function isWhiteSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Does the text hold white space or a full-width form (what compact() would change)? */
export function needsCompacting(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || isWhiteSpace(c)) return true;
  }
  return false;
}
