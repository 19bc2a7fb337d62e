/**
 * Full-width → half-width: ＡＢＣ１２３．，（） and the ideographic space become ASCII,
 * so "２０１９年" and "2019年" read alike. Chinese punctuation that has no ASCII twin
 * (、。“”) is left as it is.
 */
export function toHalfWidth(text: string): string {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) break;
  }
  if (i === text.length) return text;
  let out = text.slice(0, i);
  let changed = false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) {
      out += String.fromCharCode(c - 0xfee0);
      changed = true;
    } else if (c === 0x3000) {
      out += ' ';
      changed = true;
    } else {
      out += text[i];
    }
  }
  return changed ? out : text;
}
