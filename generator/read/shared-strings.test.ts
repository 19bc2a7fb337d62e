import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSharedStrings } from './stream-parts.js';

/** The same items in a form the fast path turns down (white space before </si>), read by the general path. */
function slow(xml: string): string {
  return xml.replaceAll('</t></si>', '</t> </si>');
}

const text = fc.oneof(
  fc.constantFrom('', '姓名', ' 张三 ', 'a&amp;b', '&lt;1&gt;', '&#x4E00;', '_x000D_换行', 'x\r\ny', '2025年3月'),
  fc.string({ maxLength: 8 }).map((s) => s.replace(/[<&]/g, '')),
);
const item = fc.oneof(
  text.map((t) => `<si><t>${t}</t></si>`),
  text.map((t) => `<si><t xml:space="preserve">${t}</t></si>`),
  fc.tuple(text, text).map(([a, b]) => `<si><r><t>${a}</t></r><r><rPr><b/></rPr><t>${b}</t></r></si>`),
  fc.tuple(text, text).map(([a, b]) => `<si><t>${a}</t><rPh sb="0" eb="1"><t>${b}</t></rPh></si>`),
  fc.constantFrom('<si/>', '<si></si>', '<si><t/></si>', '<si><t><![CDATA[<x>]]></t></si>'),
);

describe('shared strings', () => {
  it('read the plain items as the general path reads them', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 6 }), (items) => {
        const xml = `<sst count="${items.length}">${items.join('')}</sst>`;
        expect(parseSharedStrings(xml)).toStrictEqual(parseSharedStrings(slow(xml)));
      }),
      { numRuns: 2000, seed: 20261124 },
    );
  });

  it('decode references and _xHHHH_ escapes, keep runs and drop phonetic text', () => {
    const xml = '<sst><si><t>a&amp;b_x000D_</t></si><si><t xml:space="preserve"> 张三 </t></si>'
      + '<si><r><t>党</t></r><r><t>员</t></r></si><si><t>王</t><rPh><t>wang</t></rPh></si><si/></sst>';
    expect(parseSharedStrings(xml)).toStrictEqual(['a&b\r', ' 张三 ', '党员', '王', null]);
  });
});
