/**
 * The workbook's date system. ECMA-376 Part 1 §18.2.28 workbookPr@date1904 is an xsd:boolean, so
 * "1" and "true" both mean 1904; exceljs 4.4.0 only honours "1" (LibreOffice writes "true").
 */

export interface DateSystem {
  /** the workbook uses the 1904 date system */
  is1904: boolean;
  /** exceljs already converted its Dates for 1904 (it saw date1904="1") */
  exceljsSaw1904: boolean;
}

export function dateSystem(workbookXml: Uint8Array | null): DateSystem {
  if (!workbookXml) return { is1904: false, exceljsSaw1904: false };
  // workbookPr sits near the top; 64 KB is far more than its prefix ever needs
  const head = Buffer.from(workbookXml.buffer, workbookXml.byteOffset, Math.min(workbookXml.byteLength, 65536)).toString('utf8');
  const m = /<(?:[\w.-]+:)?workbookPr\b[^>]*?\bdate1904\s*=\s*["']\s*([^"']*?)\s*["']/.exec(head);
  const v = m ? m[1] : '';
  return { is1904: v === '1' || v.toLowerCase() === 'true', exceljsSaw1904: v === '1' };
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1900_TO_1904 = 1_462;

/**
 * A Date from exceljs → 1900-system serial. exceljs builds Dates at UTC from the serial, so the
 * arithmetic is exact. When the file is 1904 but exceljs did not notice, its Date is 1462 days early.
 */
export function dateToSerial(d: Date, sys: DateSystem): number {
  const serial = d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return sys.is1904 && !sys.exceljsSaw1904 ? serial + DAYS_1900_TO_1904 : serial;
}
