/**
 * Property: every value parser of ledger/values, on any raw cell value and any number format,
 * returns (never throws) and returns something of its declared shape: Parsed ok/empty/bad with a
 * value in range (real calendar dates within 1900–2100, finite amounts, 1–12 months, masked IDs
 * never longer than written). The per-parser fast-check tests beside the code check meanings;
 * this file checks that nothing escapes, on inputs built to be awkward.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawValue } from '../../ledger/grid/grid.js';
import { parseAbsentees } from '../../ledger/values/absentees.js';
import { numberFromText, parseAmount } from '../../ledger/values/amount.js';
import { compact, displayText, isBlankMark, isEmptyCell, rawText } from '../../ledger/values/cell-text.js';
import { parseCount } from '../../ledger/values/count.js';
import { MAX_YEAR, MIN_YEAR, parseDate, parseDateText } from '../../ledger/values/date.js';
import { matchEnum } from '../../ledger/values/enum-match.js';
import { isDateFormat, isMonthFormat, isoToSerial, serialToIso } from '../../ledger/values/excel-serial.js';
import { toHalfWidth } from '../../ledger/values/half-width.js';
import { parseIdNumber } from '../../ledger/values/id-number.js';
import { maskId, maskIdsInText } from '../../ledger/values/mask.js';
import { isElectionText, parseMeetingTypes } from '../../ledger/values/meeting-types.js';
import { parseMonthKey, parseMonthRange, parseMonthText, resolveMonth } from '../../ledger/values/month.js';
import { cleanName, nameKey } from '../../ledger/values/name.js';
import { parsePartyRoles } from '../../ledger/values/party-roles.js';
import { parseRate } from '../../ledger/values/rate.js';
import { anyYearInTitle, parseYear, yearInTitle } from '../../ledger/values/year.js';
import type { Parsed } from '../../ledger/values/parsed.js';
import { BRANCH_TYPE, GENDER, MEETING_TYPE, MEMBER_CATEGORY, PARTY_ROLE, WORK_STATUS } from '../../ledger/schema/enums.js';

const fw = (s: string): string => s.replace(/[0-9A-Za-z.\-/:]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Texts near the formats the parsers know, and far from them. */
const text: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.stringMatching(/^[0-9]{1,4}[年.\-/][0-9]{1,3}([月.\-/][0-9]{1,3}日?)?$/),
  fc.stringMatching(/^[0-9]{4}年?[0-9]{1,2}[-~至到][0-9]{4}?年?[0-9]{1,2}月?$/),
  fc.stringMatching(/^[¥￥]?-?[0-9]{0,9}([.,][0-9]{0,4})*(元|角|分|块)?$/),
  fc.stringMatching(/^[0-9]{1,3}(\.[0-9]+)?%?$/),
  // day/month/year (15/03/2025, 03/04/2025) and amounts in Chinese numerals (伍拾元整, 壹万零伍佰元)
  fc.stringMatching(/^[0-9]{1,2}[.\-/][0-9]{1,2}[.\-/][0-9]{4}$/),
  fc.stringMatching(/^(人民币)?[零壹贰叁肆伍陆柒捌玖拾佰仟万一二两三五十百千]{1,8}[元圆]?([零壹贰伍]?[角分]){0,2}整?$/),
  fc.stringMatching(/^[0-9xX]{15,20}$/),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '-1e-999', '0x10', '0b1', '1_000', '٣', '〇', '二〇二五年三月', '二零二五年',
    '壹佰元', '2025-02-29', '2024-02-29', '1900-02-29', '0000-01-01', '99999-01-01', '2025年13月', '2025年0月', '12月-1月',
    '#REF!', '#N/A', 'TRUE', '无', '/', '——', '\u3000', '\uD800', '\u0000', ' 1 2 3 ', '1.2.3', '--1', '+-1', '1e5', '1E-7'),
).chain((s) => fc.oneof(fc.constant(s), fc.constant(fw(s)), fc.constant(` ${s}\u3000`)));

const raw: fc.Arbitrary<RawValue> = fc.oneof(
  text,
  fc.double(),
  fc.integer({ min: -3_000_000, max: 3_000_000 }),
  fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity, 1e308, 5e-324, 2_958_465, 2_958_466, 60, 61, 110101199001011234),
  fc.boolean(),
  fc.constant(null),
);

const fmt: fc.Arbitrary<string | undefined> = fc.option(fc.oneof(
  fc.constantFrom('General', '@', '0.00', 'yyyy-mm-dd', 'yyyy"年"m"月"', 'm月', 'mmm', '[$-804]yyyy"年"m"月"d"日"', 'h:mm', '[h]:mm:ss', ';;;', 'yyyy-mm', '0%', '"年"'),
  fc.string({ maxLength: 12 }),
), { nil: undefined });

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const realIso = (s: string): boolean => {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
};

function shape<T>(p: Parsed<T>, valid: (v: T) => boolean): void {
  expect(['ok', 'empty', 'bad']).toContain(p.kind);
  if (p.kind === 'ok' && !valid(p.value)) throw new Error(`invalid value ${JSON.stringify(p.value)}`);
}

const RUNS = { numRuns: 300, seed: 31 };

describe('value parsers never throw and keep their shapes', () => {
  it('dates: real calendar dates within the years parsers accept', () => {
    const validDate = (v: { date: string; precision: string }) =>
      realIso(v.date) && +v.date.slice(0, 4) >= MIN_YEAR && +v.date.slice(0, 4) <= MAX_YEAR && ['day', 'month', 'year'].includes(v.precision);
    fc.assert(fc.property(raw, fmt, (v, f) => shape(parseDate(v, f), validDate)), RUNS);
    fc.assert(fc.property(text, (s) => shape(parseDateText(s), validDate)), RUNS);
  });

  it('amounts, rates, counts, years: finite numbers (counts whole, years plausible)', () => {
    fc.assert(fc.property(raw, (v) => {
      shape(parseAmount(v), Number.isFinite);
      shape(parseRate(v), Number.isFinite);
      shape(parseCount(v), (n) => Number.isInteger(n) && n >= 0);
      shape(parseYear(v), (n) => Number.isInteger(n) && n >= 1900 && n <= 2100);
    }), RUNS);
    fc.assert(fc.property(text, (s) => {
      const n = numberFromText(s, /元|角|分/g);
      expect(n === null || Number.isFinite(n)).toBe(true);
      const y = yearInTitle(s);
      const a = anyYearInTitle(s);
      for (const x of [y, a]) expect(x === null || Number.isInteger(x)).toBe(true);
    }), RUNS);
  });

  it('months: 1–12, ranges of them, resolved to YYYY-MM', () => {
    const validKey = (k: { year: number | null; month: number }) => Number.isInteger(k.month) && k.month >= 1 && k.month <= 12
      && (k.year === null || Number.isInteger(k.year));
    fc.assert(fc.property(raw, fmt, fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }), (v, f, y) => {
      shape(parseMonthKey(v, f), validKey);
      shape(parseMonthRange(v, f), (ks) => Array.isArray(ks) && ks.every(validKey));
      const p = parseMonthKey(v, f);
      if (p.kind === 'ok') {
        const r = resolveMonth(p.value, y);
        expect(r === null || /^\d{4}-(0[1-9]|1[0-2])$/.test(r)).toBe(true);
      }
    }), RUNS);
    fc.assert(fc.property(text, (s) => shape(parseMonthText(s), validKey)), RUNS);
  });

  it('ID numbers: text no longer than written, upper-case X; masks never show more than 10 characters', () => {
    fc.assert(fc.property(raw, (v) => {
      shape(parseIdNumber(v), (id) => typeof id.text === 'string' && !/x/.test(id.text) && typeof id.storedAsNumber === 'boolean');
    }), RUNS);
    fc.assert(fc.property(text, (s) => {
      const m = maskId(s);
      expect(m.replace(/\*/g, '').length).toBeLessThanOrEqual(10);
      expect(maskIdsInText(s)).not.toMatch(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/);
    }), RUNS);
  });

  it('text helpers, enums, names, meeting types, party roles, absentees: total functions', () => {
    const specs = [BRANCH_TYPE, GENDER, MEETING_TYPE, MEMBER_CATEGORY, PARTY_ROLE, WORK_STATUS];
    fc.assert(fc.property(raw, text, fmt, (v, s, f) => {
      expect(typeof rawText(v)).toBe('string');
      expect(typeof displayText({ v, f })).toBe('string');
      expect(typeof isEmptyCell({ v })).toBe('boolean');
      expect(typeof compact(s)).toBe('string');
      expect(typeof isBlankMark(s)).toBe('boolean');
      expect(toHalfWidth(s).length).toBe(s.length);
      expect(typeof cleanName(s)).toBe('string');
      expect(typeof nameKey(s)).toBe('string');
      for (const spec of specs) {
        const m = matchEnum(spec as never, s);
        expect(m === null || (spec.values as { value: string }[]).some((x) => x.value === m)).toBe(true);
      }
      expect(Array.isArray(parseMeetingTypes(s))).toBe(true);
      expect(typeof isElectionText(s)).toBe('boolean');
      expect(parsePartyRoles(s).every((r) => typeof r === 'string')).toBe(true);
      expect(parseAbsentees(s).every((r) => typeof r === 'string' && r.length > 0)).toBe(true);
      expect(typeof isDateFormat(f)).toBe('boolean');
      expect(typeof isMonthFormat(f)).toBe('boolean');
    }), RUNS);
  });

  it('Excel serials: a serial read as a date turns back into the same serial', () => {
    fc.assert(fc.property(raw, (v) => {
      if (typeof v !== 'number') return;
      const iso = serialToIso(v);
      if (iso === null) return;
      expect(realIso(iso)).toBe(true);
      if (Number.isInteger(v) && v !== 60) expect(isoToSerial(iso)).toBe(v);
    }), RUNS);
  });
});
