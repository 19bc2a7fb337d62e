import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSheet, type SheetContext } from './stream-sheet.js';
import { parseStyles } from './stream-parts.js';
import { emptyPlainCell, readPlainCell, VALUE_DECIMAL, VALUE_INDEX, VALUE_NONE, VALUE_NUMBER } from './plain-cell.js';

const STYLES = `<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
const ctx: SheetContext = {
  strings: ['姓名', '张三', '', '  2025年3月 '],
  styles: parseStyles(STYLES),
  sys: { is1904: false, exceljsSaw1904: false },
};

function sheet(cells: string[]): string {
  return `<worksheet><sheetData><row r="2">${cells.join('')}</row></sheetData></worksheet>`;
}

/** The same cell in a form the fast path turns down (white space before </c>), read by the general path. */
function slow(cell: string): string {
  return cell.replace('</v></c>', '</v> </c>').replace(/\/>$/, '></c>');
}

const ref = fc.oneof(
  fc.constant(''),
  fc.tuple(fc.constantFrom('A', 'B', 'c', 'AB', 'XFD', '7'), fc.constantFrom('', '2', '12')).map(([c, r]) => c + r),
  fc.constantFrom('A1 ', 'B&amp;2', ' C2'),
);
const style = fc.constantFrom(undefined, '', '0', '1', '2', '3.5', '12');
const type = fc.constantFrom(undefined, 's', 'n', 'str', 'b', 'e', '', 'inlineStr', 'd');
const value = fc.oneof(
  fc.constantFrom('0', '1', '3', '4', '007', '-12', '-', '-0', '12.50', '1E5', '45658', '45658.5', '1234567890123456',
    '123456789012345', '&#49;2', 'TRUE', '#N/A', ' 2', 'abc', '3\r\n'),
  fc.integer({ min: -1e9, max: 1e9 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
);

function cellXml(r: string | null, s: string | undefined, t: string | undefined, v: string | null): string {
  const attrs = (r === null ? '' : ` r="${r}"`) + (s === undefined ? '' : ` s="${s}"`) + (t === undefined ? '' : ` t="${t}"`);
  return v === null ? `<c${attrs}/>` : `<c${attrs}><v>${v}</v></c>`;
}

function read(xml: string): unknown {
  try {
    return parseSheet(xml, 'S', false, ctx);
  } catch (e) {
    return { threw: (e as Error).constructor.name };
  }
}

describe('plain cells read straight from the characters', () => {
  it('give what the general path gives for the same cell', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.option(ref, { nil: null }), style, type, fc.option(value, { nil: null })), { minLength: 1, maxLength: 4 }),
        (cells) => {
          const fast = cells.map(([r, s, t, v]) => cellXml(r, s, t, v));
          expect(read(sheet(fast))).toStrictEqual(read(sheet(fast.map(slow))));
        },
      ),
      { numRuns: 3000, seed: 20261124 },
    );
  });

  it('take the common forms and leave the rest to the general path', () => {
    const at = (xml: string) => {
      const out = emptyPlainCell();
      const a1 = xml.indexOf('>') - (xml[xml.indexOf('>') - 1] === '/' ? 1 : 0);
      return readPlainCell(xml, 2, a1, xml[a1] === '/', xml.indexOf('>') + 1, out) ? out : null;
    };
    expect(at('<c r="B7" s="2" t="s"><v>12</v></c>')).toMatchObject({ col: 2, style: 2, kind: VALUE_INDEX, num: 12 });
    expect(at('<c r="AB3"><v>-45</v></c>')).toMatchObject({ col: 28, style: 0, kind: VALUE_NUMBER, num: -45 });
    expect(at('<c r="C3"><v>12.5</v></c>')).toMatchObject({ col: 3, kind: VALUE_DECIMAL });
    expect(at('<c s="1"/>')).toMatchObject({ col: -1, style: 1, kind: VALUE_NONE });
    // text types, references, formulas: not plain
    expect(at('<c r="A1" t="str"><v>x</v></c>')).toBeNull();
    expect(at('<c r="A1"><v>&#49;</v></c>')).toBeNull();
    expect(at('<c r="A1"><f>1+1</f><v>2</v></c>')).toBeNull();
    expect(at('<c r="A1" t="s"><v>1.5</v></c>')).toBeNull();
  });
});
