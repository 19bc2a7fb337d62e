import { describe, expect, it } from 'vitest';
import { dateText } from './display-text.js';
import { decodeRange } from './range-ref.js';
import { dateSystem, dateToSerial } from './date-system.js';

const MAR_1_2024 = 45352;

describe('dateText', () => {
  it('formats the common Chinese and ISO date formats', () => {
    expect(dateText(MAR_1_2024, 'yyyy"年"m"月"d"日"')).toBe('2024年3月1日');
    expect(dateText(MAR_1_2024, 'yyyy-mm-dd')).toBe('2024-03-01');
    expect(dateText(MAR_1_2024, 'yyyy/m/d')).toBe('2024/3/1');
    expect(dateText(MAR_1_2024, 'yyyy\\-mm')).toBe('2024-03');
    expect(dateText(MAR_1_2024, '[$-804]yyyy"年"m"月"')).toBe('2024年3月');
    expect(dateText(MAR_1_2024, 'yy.mm.dd')).toBe('24.03.01');
  });

  it('tells minutes from months', () => {
    expect(dateText(MAR_1_2024 + 0.5 + 5 / 1440, 'yyyy-mm-dd hh:mm')).toBe('2024-03-01 12:05');
    expect(dateText(MAR_1_2024 + 0.5 + 5 / 1440 + 7 / 86400, 'h:mm:ss')).toBe('12:05:07');
    expect(dateText(MAR_1_2024, 'mm:ss')).toBe('00:00');
  });

  it('falls back to ISO text for month/day names and missing formats', () => {
    expect(dateText(MAR_1_2024, 'dddd, mmmm dd, yyyy')).toBe('2024-03-01');
    expect(dateText(MAR_1_2024 + 0.25, undefined)).toBe('2024-03-01 06:00:00');
    expect(dateText(1, 'yyyy-mm-dd')).toBe('1900-01-01');
  });
});

describe('decodeRange', () => {
  it('reads cells, ranges, whole columns and rows', () => {
    expect(decodeRange('B2:D5')).toEqual({ top: 2, left: 2, bottom: 5, right: 4 });
    expect(decodeRange('$A$1')).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    expect(decodeRange('A:B')).toEqual({ top: 1, left: 1, bottom: 1_048_576, right: 2 });
    expect(decodeRange('3:4')).toEqual({ top: 3, left: 1, bottom: 4, right: 16_384 });
    expect(decodeRange('XFD1048576')).toEqual({ top: 1_048_576, left: 16_384, bottom: 1_048_576, right: 16_384 });
    expect(decodeRange('not a ref')).toBeNull();
  });
});

describe('dateSystem', () => {
  const wb = (attrs: string): Uint8Array => Buffer.from(`<?xml version="1.0"?><workbook><workbookPr ${attrs}/></workbook>`);
  it('accepts both xsd:boolean spellings and knows which one exceljs honours', () => {
    expect(dateSystem(wb('date1904="1"'))).toEqual({ is1904: true, exceljsSaw1904: true });
    expect(dateSystem(wb('backupFile="false" date1904="true"'))).toEqual({ is1904: true, exceljsSaw1904: false });
    expect(dateSystem(wb('date1904="false"'))).toEqual({ is1904: false, exceljsSaw1904: false });
    expect(dateSystem(wb('defaultThemeVersion="124226"'))).toEqual({ is1904: false, exceljsSaw1904: false });
    expect(dateSystem(null)).toEqual({ is1904: false, exceljsSaw1904: false });
  });

  it('shifts an exceljs Date by 1462 days only when exceljs missed the 1904 system', () => {
    const d = new Date(Date.UTC(2020, 0, 1)); // exceljs builds this from 43831 read as 1900, or from 42369 read as 1904
    expect(dateToSerial(d, { is1904: false, exceljsSaw1904: false })).toBe(43831);
    expect(dateToSerial(d, { is1904: true, exceljsSaw1904: true })).toBe(43831);
    expect(dateToSerial(d, { is1904: true, exceljsSaw1904: false })).toBe(43831 + 1462);
  });
});
