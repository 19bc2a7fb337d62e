/**
 * The workbook-level parts the streaming reader needs, read the way exceljs 4.4.0 reads them
 * (so both readers give the same Grid): sheet list (workbook.xml + rels), number formats
 * (styles.xml cellXfs + numFmts, built-in ids), shared strings (plain and rich text).
 */
import { XmlScanner, OPEN, CLOSE, TEXT, END } from './stream-xml.js';
import { localeFormat } from './builtin-formats.js';

export interface SheetEntry {
  name: string;
  sheetId: number;
  state: string | undefined;
  rId: string | undefined;
}

/** exceljs applies utils.xmlDecode once more to sheet names and "str" values. */
export function xmlDecodeAgain(s: string): string {
  return s.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;': return '<';
      case '&gt;': return '>';
      case '&amp;': return '&';
      case '&apos;': return "'";
      case '&quot;': return '"';
      default: return c;
    }
  });
}

export function parseWorkbookSheets(xml: string): SheetEntry[] {
  const x = new XmlScanner(xml);
  const out: SheetEntry[] = [];
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t === OPEN && x.name === 'sheet') {
      out.push({
        name: xmlDecodeAgain(x.attr('name') ?? ''),
        sheetId: parseInt(x.attr('sheetId') ?? '', 10),
        state: x.attr('state'),
        rId: x.attr('r:id'),
      });
    }
  }
  return out;
}

/** Relationship Id → Target. */
export function parseRels(xml: string): Map<string, string> {
  const x = new XmlScanner(xml);
  const out = new Map<string, string>();
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t === OPEN && x.name === 'Relationship') {
      const id = x.attr('Id');
      const target = x.attr('Target');
      if (id != null && target != null) out.set(id, target);
    }
  }
  return out;
}

/** Built-in number formats exceljs knows (lib/xlsx/defaultnumformats.js, entries with a code). */
const BUILTIN_FMT: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00',
  12: '# ?/?', 13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy',
  18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
  // East Asian ids exceljs leaves empty, filled with zh-CN codes as builtin-formats.ts does
  27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: 'm-d-yy', 31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"', 34: '上午/下午 h"时"mm"分"', 35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"', 50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"',
  54: 'm"月"d"日"', 55: '上午/下午 h"时"mm"分"', 56: '上午/下午 h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

/** exceljs utils.isDateFmt: any of y m d h M s b outside quotes and brackets. */
export function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(f);
}

export interface StyleFormats {
  /** cellXfs index → number format code (undefined: none, as exceljs leaves General id 0 unset) */
  fmt: (string | undefined)[];
  isDate: boolean[];
}

export function parseStyles(xml: string | null): StyleFormats {
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  if (xml) {
    const x = new XmlScanner(xml);
    let inCellXfs = false;
    let inNumFmts = false;
    let depth = 0;
    for (let t = x.next(); t !== END; t = x.next()) {
      if (t === OPEN) {
        if (x.name === 'numFmts') inNumFmts = true;
        else if (x.name === 'numFmt' && inNumFmts) {
          const code = x.attr('formatCode');
          if (code != null) custom.set(parseInt(x.attr('numFmtId') ?? '', 10), code.replace(/[\\](.)/g, '$1'));
        } else if (x.name === 'cellXfs') { inCellXfs = true; depth = 0; }
        else if (inCellXfs) {
          if (depth === 0 && x.name === 'xf') xfIds.push(parseInt(x.attr('numFmtId') ?? '', 10));
          depth++;
        }
      } else if (t === CLOSE) {
        if (x.name === 'numFmts') inNumFmts = false;
        else if (x.name === 'cellXfs') inCellXfs = false;
        else if (inCellXfs) depth--;
      }
    }
  }
  const codes = xfIds.map((id) => (id ? custom.get(id) || BUILTIN_FMT[id] : undefined));
  // dates are told by the code as read; `f` carries what Excel zh-CN shows for the locale ids
  return { fmt: codes.map((c) => (c === undefined ? undefined : localeFormat(c))), isDate: codes.map(isDateFmt) };
}

/** TextXform: _xHHHH_ escapes (ECMA-376 Part 1 §22.4.2.4) decoded as exceljs does. */
function unescapeX(s: string): string {
  return s.indexOf('_x') >= 0 ? s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

/** Shared strings as the raw text a cell shows; null for an <si> with neither text nor runs. */
export function parseSharedStrings(xml: string | null): (string | null)[] {
  const out: (string | null)[] = [];
  if (!xml) return out;
  const x = new XmlScanner(xml);
  let plain: string | null = null;
  let runs: string[] | null = null;
  let run: string | null = null;
  let inT = false;
  let inPhonetic = 0;
  let buf = '';
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t === OPEN) {
      switch (x.name) {
        case 'si': {
          // most items are just <t>text</t>: read at once, without their tokens
          const simple = x.simpleContent('<t>', '</t></si>') ?? x.simpleContent('<t xml:space="preserve">', '</t></si>');
          if (simple !== undefined) { out.push(unescapeX(simple)); break; }
          plain = null; runs = null;
          break;
        }
        case 'r': if (!inPhonetic) { runs ??= []; run = ''; } break;
        case 'rPh': inPhonetic++; break;
        case 't': if (!inPhonetic) { inT = true; buf = ''; } break;
      }
    } else if (t === TEXT) {
      if (inT) buf += x.text();
    } else if (t === CLOSE) {
      switch (x.name) {
        case 't':
          if (inT) {
            inT = false;
            if (run !== null) run = unescapeX(buf); else plain = unescapeX(buf);
          }
          break;
        case 'r': if (!inPhonetic && runs && run !== null) { runs.push(run); run = null; } break;
        case 'rPh': inPhonetic--; break;
        case 'si': out.push(runs ? runs.join('') : plain); break;
      }
    }
  }
  return out;
}
