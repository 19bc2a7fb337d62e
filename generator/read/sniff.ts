/**
 * What a file really is, from its first bytes, never from its extension: users rename
 * .xls to .xlsx, systems export HTML or CSV as ".xls", and a password turns an .xlsx into OLE2.
 */
import { cfbNames, containsUtf16 } from './cfb-names.js';

export type SniffedKind =
  | 'empty'
  | 'zip'        // OOXML package (or any zip)
  | 'archive'    // a RAR or 7z archive
  | 'encrypted'  // OLE2 holding EncryptedPackage: an .xlsx with an open password
  | 'xls'        // OLE2 holding a BIFF Workbook stream
  | 'ole'        // some other OLE2 file (.doc, .ppt, …)
  | 'csv'        // delimited text
  | 'html'       // a web page saved as .xls
  | 'xml2003'    // Excel 2003 XML spreadsheet
  | 'text'       // other text
  | 'unknown';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const RAR = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07];
const SEVEN_Z = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  if (buf.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (buf[i] !== sig[i]) return false;
  return true;
}

export function sniff(buf: Uint8Array): SniffedKind {
  if (buf.length === 0) return 'empty';
  if (startsWith(buf, ZIP) || startsWith(buf, ZIP_EMPTY)) return 'zip';
  if (startsWith(buf, OLE)) return sniffOle(buf);
  if (startsWith(buf, RAR) || startsWith(buf, SEVEN_Z)) return 'archive';
  return sniffText(buf);
}

function sniffOle(buf: Uint8Array): SniffedKind {
  const names = cfbNames(buf);
  const has = (n: string): boolean =>
    names ? names.some((x) => x.toLowerCase() === n.toLowerCase()) : containsUtf16(buf, n);
  if (has('EncryptedPackage') || has('EncryptionInfo')) return 'encrypted';
  if (has('Workbook') || has('Book')) return 'xls';
  return 'ole';
}

function sniffText(buf: Uint8Array): SniffedKind {
  const head = buf.subarray(0, 8192);
  let text: string;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    // UTF-16 with BOM (Excel's "Unicode text" export)
    text = Buffer.from(head.subarray(2)).toString(head[0] === 0xff ? 'utf16le' : 'latin1');
    if (head[0] === 0xfe) text = text.replace(/\0/g, '');
  } else {
    let control = 0;
    for (const b of head) {
      if (b === 0) return 'unknown';
      if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
    }
    if (control > head.length / 100) return 'unknown';
    // GBK bytes decode as replacement characters here; the delimiters are ASCII either way
    text = Buffer.from(head).toString('utf8');
  }
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith('<?xml') && start.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml2003';
  if (/^<(!doctype html|html|table|meta|head|body)\b/.test(start) || start.includes('<html')) return 'html';
  if (start.startsWith('<?xml') && text.toLowerCase().includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml2003';
  const lines = text.split(/\r\n|\n|\r/).slice(0, 20).filter((l) => l.length > 0);
  if (lines.some((l) => /[,\t;，]/.test(l))) return 'csv';
  return 'text';
}
