import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseIdNumber } from './id-number.js';
import { cleanName, nameKey } from './name.js';
import { toHalfWidth } from './half-width.js';

describe('parseIdNumber', () => {
  it('trims text, drops spaces and upper-cases x', () => {
    expect(parseIdNumber(' 11010119900101123x ')).toEqual({ kind: 'ok', value: { text: '11010119900101123X', storedAsNumber: false } });
    expect(parseIdNumber('110101 19900101 1234')).toEqual({ kind: 'ok', value: { text: '110101199001011234', storedAsNumber: false } });
    expect(parseIdNumber("'110101199001011234")).toEqual({ kind: 'ok', value: { text: '110101199001011234', storedAsNumber: false } });
    // the text mark as a Chinese input method types it
    for (const mark of ['‘', '’', '＇']) {
      expect(parseIdNumber(`${mark}110101199001011234`)).toEqual({ kind: 'ok', value: { text: '110101199001011234', storedAsNumber: false } });
    }
    expect(parseIdNumber('１１０１０１１９９００１０１１２３Ｘ')).toEqual({ kind: 'ok', value: { text: '11010119900101123X', storedAsNumber: false } });
    for (const label of ['身份证：', '身份证号:', '公民身份号码：', '身份证号码 ：']) {
      expect(parseIdNumber(`${label}110101199001011234`)).toEqual({ kind: 'ok', value: { text: '110101199001011234', storedAsNumber: false } });
    }
  });
  it('marks a number and keeps the digits that survived floating point', () => {
    const r = parseIdNumber(110101199202021234);
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    expect(r.value.storedAsNumber).toBe(true);
    expect(r.value.text).toHaveLength(18);
    expect(r.value.text).not.toBe('110101199202021234');
    expect(parseIdNumber(110101900101123)).toEqual({ kind: 'ok', value: { text: '110101900101123', storedAsNumber: true } });
  });
  it('marks scientific-notation text as stored as a number', () => {
    expect(parseIdNumber('1.10101E+17')).toEqual({ kind: 'ok', value: { text: '110101000000000000', storedAsNumber: true } });
  });
  it('treats blanks as empty', () => {
    expect(parseIdNumber('  ')).toEqual({ kind: 'empty' });
    expect(parseIdNumber(null)).toEqual({ kind: 'empty' });
  });
  it('never throws; text IDs round-trip', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), (v) => { parseIdNumber(v); }));
    fc.assert(fc.property(fc.stringMatching(/^\d{17}[\dX]$/), (id) => {
      const r = parseIdNumber(` ${id.toLowerCase()} `);
      return r.kind === 'ok' && r.value.text === id && !r.value.storedAsNumber;
    }));
  });
});

describe('names', () => {
  it('keeps the name as written but compares without whitespace', () => {
    expect(cleanName('  张 三\u3000')).toBe('张 三');
    expect(nameKey('张 三')).toBe(nameKey('张三'));
    expect(nameKey('张\u3000三 ')).toBe('张三');
    expect(nameKey('张三')).not.toBe(nameKey('张山'));
    for (const dot of ['•', '・', '‧', '･']) expect(nameKey(`阿依古丽${dot}买买提`)).toBe(nameKey('阿依古丽·买买提'));
    // pasted from a web page: zero-width spaces and joiners are invisible, so no part of the name
    for (const zw of ['\u200b', '\u200c', '\u200d', '\u2060']) expect(nameKey(`张${zw}三`)).toBe('张三');
  });
  it('name keys are idempotent and free of whitespace', () => {
    fc.assert(fc.property(fc.string(), (s) => nameKey(nameKey(s)) === nameKey(s) && !/\s/.test(nameKey(s))));
  });
});

describe('toHalfWidth', () => {
  it('turns full-width digits, letters and punctuation into ASCII', () => {
    expect(toHalfWidth('２０１９年７月，ＡＢ（１）：　')).toBe('2019年7月,AB(1): ');
    expect(toHalfWidth('、。“”')).toBe('、。“”');
  });
  it('leaves ASCII alone and keeps the length', () => {
    fc.assert(fc.property(fc.string(), (s) => toHalfWidth(s).length === s.length && toHalfWidth(toHalfWidth(s)) === toHalfWidth(s)));
  });
});
