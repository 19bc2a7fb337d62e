import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayInYear, monthDayText, parseDate, parseDateText, writtenOrder } from './date.js';
import { isoToSerial, serialToIso, isDateFormat, isMonthFormat } from './excel-serial.js';

const day = (date: string) => ({ kind: 'ok', value: { date, precision: 'day' } });
const month = (date: string) => ({ kind: 'ok', value: { date, precision: 'month' } });

describe('parseDateText', () => {
  it.each([
    ['2019-07-01', '2019-07-01'], ['2019.07.01', '2019-07-01'], ['2019/7/1', '2019-07-01'],
    ['2019年7月1日', '2019-07-01'], ['2019年7月1号', '2019-07-01'], ['20190701', '2019-07-01'],
    ['2019/2/3  14:30', '2019-02-03'], ['2019-02-03 14:30:00', '2019-02-03'], ['2019-02-03T14:30', '2019-02-03'],
    ['２０１９．０７．０１', '2019-07-01'], [' 2019 年 7 月 1 日 ', '2019-07-01'], ['2020.2.29', '2020-02-29'],
    ['1980年11月16日生', '1980-11-16'], ['1980.11.16出生', '1980-11-16'],
  ])('%s is a day', (text, iso) => expect(parseDateText(text)).toEqual(day(iso)));

  it.each([
    ['2025年1月10日上午', '2025-01-10'], ['2025年1月5日（星期日）', '2025-01-05'], ['2025.1.18晚', '2025-01-18'],
    ['2025年1月10日 9:00', '2025-01-10'], ['2025.01.18 下午3:00', '2025-01-18'], ['2025/3/6 周四 14:30-16:00', '2025-03-06'],
    ['2025年3月6日下午2点半', '2025-03-06'], ['2025年3月6日14时30分', '2025-03-06'], ['2025-03-06 (星期四) 上午9:00至11:30', '2025-03-06'],
    ['2019-02-03T14:30:00.000Z', '2019-02-03'], ['2019年2月3日14时30分15秒', '2019-02-03'],
  ])('%s is a day: weekday and time go', (text, iso) => expect(parseDateText(text)).toEqual(day(iso)));

  it.each([
    ['2025-01-05至2025-01-06', '2025-01-05'], ['2025年1月5日-6日', '2025-01-05'], ['2025.3.18—3.19', '2025-03-18'],
    ['2025年3月18日至19日上午', '2025-03-18'], ['2025/3/18~2025/3/20', '2025-03-18'], ['2025年3月30日-4月1日', '2025-03-30'],
  ])('%s is a span of days: its first day', (text, iso) => expect(parseDateText(text)).toEqual(day(iso)));

  it.each([
    ['2022.06（第五届）', '2022-06-01', 'month'], ['2022年6月换届', '2022-06-01', 'month'], ['2004.07.18（按期转正）', '2004-07-18', 'day'],
    ['2010年8月17日入党', '2010-08-17', 'day'],
  ] as const)('%s: the date before a remark', (text, date, precision) => expect(parseDateText(text)).toEqual({ kind: 'ok', value: { date, precision } }));

  it.each(['2025年1月5日（星期八）', '2025年1月5日 会议', '2025.1.18晚上好', '2025年1月10日 25'])(
    'rejects %s: more than a weekday or a time follows', (text) => expect(parseDateText(text)).toEqual({ kind: 'bad' }));

  it.each([['1980年11月生', '1980-11-01'], ['2019.7', '2019-07-01'], ['2019年7月', '2019-07-01'], ['2019-07', '2019-07-01'], ['201907', '2019-07-01']])(
    '%s is month-precise', (text, iso) => expect(parseDateText(text)).toEqual(month(iso)));

  it.each([
    ['25.1.15', '2025-01-15'], ['25.01.15 上午9:00', '2025-01-15'], ['85-3-12', '1985-03-12'], ['03年7月1日', '2003-07-01'],
    ['29.12.31', '2029-12-31'], ['30.1.1', '1930-01-01'], ['２５．３．６', '2025-03-06'],
  ])('%s has a two-digit year, read as Excel reads it', (text, iso) => expect(parseDateText(text)).toEqual(day(iso)));

  it.each(['25/1/15', '25.2.30', '25.13.1', '125.1.15'])('rejects %s: a two-digit year only with . - 年, and a real day', (text) =>
    expect(parseDateText(text)).toEqual({ kind: 'bad' }));

  it.each([
    ['15/03/2025', '2025-03-15'], ['15-03-2025', '2025-03-15'], ['15.03.2025', '2025-03-15'], ['31/12/2025', '2025-12-31'],
    ['15/3/2025', '2025-03-15'], ['１５／０３／２０２５', '2025-03-15'], ['15/03/2025 星期六', '2025-03-15'], ['15.03.2025 14:30', '2025-03-15'],
    ['03/03/2025', '2025-03-03'],
  ])('%s is day/month/year: the first number cannot be a month (or both orders give one day)', (text, iso) =>
    expect(parseDateText(text)).toEqual(day(iso)));

  it.each([['03/04/2025', 3, 4], ['12.01.2025', 12, 1], ['1-2-2025', 1, 2], ['03/04/2025（周五）', 3, 4]] as const)(
    '%s may be day or month first: not guessed, and the W03 can say why', (text, first, second) =>
      expect(parseDateText(text)).toEqual({ kind: 'bad', why: { kind: 'dayMonthOrder', year: 2025, first, second } }));

  it.each(['03/15/2025', '15/13/2025', '31/02/2025', '15/03-2025', '15/03/25', '32/01/2025', '15/03/1800'])(
    'rejects %s: month first, no such day, mixed separators, or a short or implausible year', (text) =>
      expect(parseDateText(text)).toEqual({ kind: 'bad' }));

  it.each([['03/04/2025', '2025-04-03'], ['12.01.2025', '2025-01-12'], ['1-2-2025', '2025-02-01'], ['03/04/2025（周五）', '2025-04-03'], ['15/03/2025', '2025-03-15'], ['2025/03/04', '2025-03-04']])(
    '%s in a column written day first is %s (a year-first date stays as written)', (text, iso) => {
      expect(parseDateText(text, 'dayFirst')).toEqual(day(iso));
      expect(parseDate(text, undefined, 'dayFirst')).toEqual(day(iso));
    });

  it.each(['03/15/2025', '31/02/2025'])('%s is no date day first either', (text) =>
    expect(parseDateText(text, 'dayFirst').kind).toBe('bad'));

  it.each([
    ['15/03/2025', 'dayFirst'], ['31.12.2025', 'dayFirst'], ['１５／０３／２０２５', 'dayFirst'], ['15/03/2025（补记）', 'dayFirst'],
    ['03/15/2025', 'monthFirst'], ['12-31-2025', 'monthFirst'],
    ['03/04/2025', null], ['03/03/2025', null], ['31/02/2025', null], ['2025/03/15', null], ['15/13/2025', null], ['15/03/25', null], ['会议', null],
    // white space before the date, as trim() drops it; three digits first is no day
    [' 15/03/2025', 'dayFirst'], ['\u3000１５／０３／２０２５', 'dayFirst'], ['\u200315/03/2025', 'dayFirst'], ['115/03/2025', null], ['', null],
  ] as const)('writtenOrder(%s) is %s', (text, order) => expect(writtenOrder(text)).toBe(order));

  it('reads a bare year as year-precise', () => {
    expect(parseDateText('2019')).toEqual({ kind: 'ok', value: { date: '2019-01-01', precision: 'year' } });
    expect(parseDateText('2019年')).toEqual({ kind: 'ok', value: { date: '2019-01-01', precision: 'year' } });
  });

  it.each(['2019.13.01', '2019-02-30', '2019-02-29', '2019.00.10', '20191301', '1019-07-01', 'abc', '2019-7-1-1', '七月一日'])(
    'rejects %s', (text) => expect(parseDateText(text)).toEqual({ kind: 'bad' }));

  it.each(['', '  ', '-', '—', '/', '无'])('%j is empty', (text) => expect(parseDateText(text)).toEqual({ kind: 'empty' }));
});

describe('parseDate on raw values', () => {
  it('reads a serial with a date format', () => {
    expect(parseDate(43647, 'yyyy-mm-dd')).toEqual(day('2019-07-01'));
    expect(parseDate(43647.6, 'yyyy/m/d h:mm')).toEqual(day('2019-07-01'));
  });
  it('reads a serial with a month format as month-precise', () => {
    expect(parseDate(43647, 'yyyy"年"m"月"')).toEqual(month('2019-07-01'));
  });
  it('reads year.month typed as a number (1980.11), by the format\'s places', () => {
    expect(parseDate(1980.11, '0.00')).toEqual(month('1980-11-01'));
    expect(parseDate(2010.1, '0.00')).toEqual(month('2010-10-01'));
    expect(parseDate(2010.1, 'General')).toEqual(month('2010-01-01'));
    expect(parseDate(2003.07, undefined)).toEqual(month('2003-07-01'));
    expect(parseDate(2019.5, '0.0')).toEqual(month('2019-05-01'));
    expect(parseDate(1999.13, '0.00')).toEqual({ kind: 'bad' });
    expect(parseDate(1980.111, 'General')).toEqual({ kind: 'bad' });
    // a real date format still means a serial, and a large number stays a serial that lost its format
    expect(parseDate(1980.5, 'yyyy-mm-dd')).toEqual(day('1905-06-02'));
    expect(parseDate(43647.25, 'General')).toEqual(day('2019-07-01'));
  });

  it('reads date-shaped integers without a date format', () => {
    expect(parseDate(20190701, 'General')).toEqual(day('2019-07-01'));
    expect(parseDate(20190701)).toEqual(day('2019-07-01'));
    expect(parseDate(2019, 'General')).toEqual({ kind: 'ok', value: { date: '2019-01-01', precision: 'year' } });
  });
  it('reads a serial that lost its format', () => {
    expect(parseDate(43647, 'General')).toEqual(day('2019-07-01'));
  });
  it('rejects impossible date-shaped numbers, booleans and huge numbers', () => {
    expect(parseDate(20191301, 'General')).toEqual({ kind: 'bad' });
    expect(parseDate(true)).toEqual({ kind: 'bad' });
    expect(parseDate(1e12)).toEqual({ kind: 'bad' });
    expect(parseDate(Number.NaN)).toEqual({ kind: 'bad' });
  });
  it('treats null as empty', () => expect(parseDate(null)).toEqual({ kind: 'empty' }));
});

describe('Excel serials', () => {
  it('follows the 1900 system including its phantom leap day', () => {
    expect(serialToIso(1)).toBe('1900-01-01');
    expect(serialToIso(59)).toBe('1900-02-28');
    expect(serialToIso(60)).toBeNull();
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(serialToIso(45658)).toBe('2025-01-01');
  });
  it('knows date formats from number formats', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('[$-804]yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat('m/d/yy')).toBe(true);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat('0.00')).toBe(false);
    expect(isDateFormat('@')).toBe(false);
    expect(isDateFormat('"day"0')).toBe(false);
    expect(isMonthFormat('yyyy-mm')).toBe(true);
    expect(isMonthFormat('yyyy-mm-dd')).toBe(false);
  });
});

const isoArb = fc.date({ min: new Date('1900-03-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('properties', () => {
  it('never throws on any value', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null)), fc.option(fc.string(), { nil: undefined }),
      (v, f) => { parseDate(v, f); }));
  });
  it('round-trips serials', () => {
    fc.assert(fc.property(isoArb, (iso) => serialToIso(isoToSerial(iso)) === iso));
  });
  it('reads every written form of a date back to that date', () => {
    fc.assert(fc.property(isoArb, fc.constantFrom('-', '.', '/', '年'), (iso, sep) => {
      const [y, m, d] = iso.split('-');
      const text = sep === '年' ? `${y}年${Number(m)}月${Number(d)}日` : `${y}${sep}${m}${sep}${d}`;
      const r = parseDateText(text);
      return r.kind === 'ok' && r.value.date === iso && r.value.precision === 'day';
    }));
  });
  it('reads day/month/year back where the day cannot be a month, and never guesses where it can', () => {
    fc.assert(fc.property(isoArb, fc.constantFrom('/', '-', '.'), (iso, sep) => {
      const [y, m, d] = iso.split('-');
      const r = parseDateText(`${d}${sep}${m}${sep}${y}`);
      if (Number(d) > 12 || d === m) return r.kind === 'ok' && r.value.date === iso && r.value.precision === 'day';
      return r.kind === 'bad' && r.why?.kind === 'dayMonthOrder';
    }));
  });
  it('reads a date serial with a date format to the same day', () => {
    fc.assert(fc.property(isoArb, (iso) => {
      const r = parseDate(isoToSerial(iso), 'yyyy-mm-dd');
      return r.kind === 'ok' && r.value.date === iso;
    }));
  });
});

describe('a day without its year', () => {
  it.each([['1月5日-6日', 1, 5], ['3.18—3.19', 3, 18], ['1月5日', 1, 5], ['12月31号', 12, 31], ['3.18 下午', 3, 18], ['３月６日（星期四）14:30', 3, 6], ['7/1', 7, 1]])(
    '%s', (text, month, day) => expect(monthDayText(text)).toEqual({ month, day }));
  it.each(['13月1日', '0月5日', '1月32日', '2025年1月5日', '一月五日', '1月', '5日'])('rejects %s', (text) => expect(monthDayText(text)).toBeNull());
  it('is placed in the year given, where that day exists', () => {
    expect(dayInYear(2025, { month: 1, day: 5 })).toEqual(day('2025-01-05'));
    expect(dayInYear(2025, { month: 2, day: 29 })).toEqual({ kind: 'bad' });
    expect(dayInYear(2024, { month: 2, day: 29 })).toEqual(day('2024-02-29'));
  });
});
