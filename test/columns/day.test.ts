import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/columns/values.js';
import { addDays, dayToExcelSerial, dayToUtcDate } from '../../src/model/day.js';

const HINT = 'write dates as 2026-11-23';

describe('parseDay from text', () => {
  it.each([
    ['2026-11-23', '2026-11-23'],
    [' 2026-11-23 ', '2026-11-23'],
    ['2026-1-5', '2026-01-05'],
    ['2026/11/23', '2026-11-23'],
    ['2026/1/5', '2026-01-05'],
    ['2026.11.23', '2026-11-23'],
    ['2026.1.5', '2026-01-05'],
    ['2026年11月23日', '2026-11-23'],
    ['2026年1月5日', '2026-01-05'],
    ['2026 年 1 月 5 日', '2026-01-05'],
    ['2026年11月23号', '2026-11-23'],
    ['２０２６－１１－２３', '2026-11-23'],
    ['11/23/2026', '2026-11-23'],
    ['1/5/2026', '2026-01-05'],
    ['01/05/2026', '2026-01-05'],
    ['1/5/26', '2026-01-05'],
    ['12/31/99', '1999-12-31'],
    ['11-23-2026', '2026-11-23'],
    ['01-05-2026', '2026-01-05'],
    ['1-Jan-21', '2021-01-01'],
    ['23-Nov-26', '2026-11-23'],
    ['23-nov-2026', '2026-11-23'],
    ['1-Jan-70', '1970-01-01'],
    ['31-Dec-69', '2069-12-31'],
    ['23 Nov 2026', '2026-11-23'],
    ['23 November 2026', '2026-11-23'],
    ['5 Sept 2026', '2026-09-05'],
    ['Nov 23, 2026', '2026-11-23'],
    ['November 23 2026', '2026-11-23'],
    ['Nov 1st, 2026', '2026-11-01'],
    ['20261123', '2026-11-23'],
    ['19990201', '1999-02-01'],
    ['990201', '1999-02-01'],
    ['000229', '2000-02-29'],
    ['261123', '2026-11-23'],
    ['691231', '2069-12-31'],
    ['700101', '1970-01-01'],
    ['2026-11-23T08:00:00', '2026-11-23'],
    ['2026-11-23T23:30:00.000Z', '2026-11-23'],
    ['2026-11-23T23:30:00+08:00', '2026-11-23'],
    ['2026-11-23 08:00', '2026-11-23'],
    ['2026-11-23 8:00:00', '2026-11-23'],
    ['2026/11/23 08:00', '2026-11-23'],
    ['2026年11月23日 08:00', '2026-11-23'],
    ['11/23/2026 8:00 AM', '2026-11-23'],
    ['11/23/2026 11:59:59 PM', '2026-11-23'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['46349', '2026-11-23'],
    ['46349.75', '2026-11-23'],
    ['2026-11', '2026-11-01'],
    ['2026/3', '2026-03-01'],
    ['2026年11月', '2026-11-01'],
    ['2026年3月份', '2026-03-01'],
    ['Nov 2026', '2026-11-01'],
    ['November-2026', '2026-11-01'],
    ['2026-W48', '2026-11-23'],
    ['2026W48', '2026-11-23'],
    ['2026-w01', '2025-12-29'],
    ['2026-W48-3', '2026-11-25'],
    ['2020-W53', '2020-12-28'],
    ['2026-W53', '2026-12-28'],
  ])('%j → %s', (text, day) => {
    expect(parseDay(text)).toEqual({ ok: true, value: day });
  });

  it.each([
    ['13/45/2026', '"13/45/2026" is not a date; write dates as 2026-11-23'],
    ['2026-02-30', `"2026-02-30" is not a date; ${HINT}`],
    ['2026-13-01', `"2026-13-01" is not a date; ${HINT}`],
    ['2025-02-29', `"2025-02-29" is not a date; ${HINT}`],
    ['1900-02-29', `"1900-02-29" is not a date; ${HINT}`],
    ['2026-11-31', `"2026-11-31" is not a date; ${HINT}`],
    ['2026-00-10', `"2026-00-10" is not a date; ${HINT}`],
    ['2/30/2026', `"2/30/2026" is not a date; ${HINT}`],
    ['23/11/2026', `"23/11/2026" is not a date (dates with the year last are read month first, as 11/23/2026); ${HINT}`],
    ['23-11-2026', `"23-11-2026" is not a date (dates with the year last are read month first, as 11/23/2026); ${HINT}`],
    ['30-Feb-26', `"30-Feb-26" is not a date; ${HINT}`],
    ['23-Foo-26', `"23-Foo-26" is not a date; ${HINT}`],
    ['20261323', `"20261323" is not a date; ${HINT}`],
    ['990230', `"990230" is not a date; ${HINT}`],
    ['2026-W54', `"2026-W54" is not a date; ${HINT}`],
    ['2025-W53', `"2025-W53" is not a date; ${HINT}`],
    ['2026-11-23 noon', `"2026-11-23 noon" is not a date; ${HINT}`],
    ['2026-11/23', `"2026-11/23" is not a date; ${HINT}`],
    ['tomorrow', `"tomorrow" is not a date; ${HINT}`],
    ['2026', `"2026" is not a date; ${HINT}`],
    ['1234567', `"1234567" is not a date; ${HINT}`],
    ['23.11.2026', `"23.11.2026" is not a date; ${HINT}`],
    ['', `the date is empty; ${HINT}`],
    ['   ', `the date is empty; ${HINT}`],
  ])('%j is refused: %s', (text, reason) => {
    expect(parseDay(text)).toMatchObject({ ok: false, reason });
  });
});

describe('parseDay from cells that are not text', () => {
  it.each([
    ['a Date at UTC midnight', new Date(Date.UTC(2026, 10, 23)), '2026-11-23'],
    ['a date-time late in the UTC day', new Date(Date.UTC(2026, 10, 23, 23, 59, 59)), '2026-11-23'],
    ['a date-time early in the UTC day', new Date(Date.UTC(2026, 10, 23, 0, 0, 1)), '2026-11-23'],
    ['a Date a few ms before midnight (float noise)', new Date(Date.UTC(2026, 10, 24) - 3), '2026-11-24'],
    ['a leap day', new Date(Date.UTC(2024, 1, 29)), '2024-02-29'],
    ['an Excel serial', 46349, '2026-11-23'],
    ['an Excel serial with a time', 46349.99, '2026-11-23'],
    ['serial 1', 1, '1900-01-01'],
    ['serial 61', 61, '1900-03-01'],
    ['serial 25569', 25569, '1970-01-01'],
    ['a YYYYMMDD number', 20261123, '2026-11-23'],
    ['a yymmdd number', 990201, '1999-02-01'],
  ] as const)('%s', (_what, cell, day) => {
    expect(parseDay(cell)).toEqual({ ok: true, value: day });
  });

  it.each([
    ['a time-only Date', new Date(Date.UTC(1899, 11, 30, 0, 2, 23)), '"00:02:23" is a time, not a date; write dates as 2026-11-23'],
    ['a time fraction', 0.5, '"0.5" is a time, not a date; write dates as 2026-11-23'],
    ['zero', 0, '"0" is not a date; write dates as 2026-11-23'],
    ['a negative number', -5, '"-5" is not a date; write dates as 2026-11-23'],
    ['NaN', Number.NaN, '"NaN" is not a date; write dates as 2026-11-23'],
    ['a huge serial', 2_000_000, '"2000000" is not a date; write dates as 2026-11-23'],
    ['a bad YYYYMMDD number', 20261332, '"20261332" is not a date; write dates as 2026-11-23'],
    ['an invalid Date', new Date(Number.NaN), 'the cell holds an invalid date; write dates as 2026-11-23'],
    ['a Date before 1900', new Date(Date.UTC(1850, 0, 1)), '"1850-01-01" is not a date; write dates as 2026-11-23'],
    ['true', true, '"TRUE" is not a date; write dates as 2026-11-23'],
    ['null', null, 'the date is empty; write dates as 2026-11-23'],
  ] as const)('refuses %s', (_what, cell, reason) => {
    expect(parseDay(cell)).toMatchObject({ ok: false, reason });
  });
});

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const dayIn = (from: string, to: string) => {
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return fc.integer({ min: 0, max: span }).map((n) => addDays(from, n));
};

type Format = (y: number, m: number, d: number, day: string) => string | number | Date;

/** Every supported format; those with two-digit years only round-trip up to 2069. */
const FORMATS: [string, Format, boolean][] = [
  ['YYYY-MM-DD', (_y, _m, _d, day) => day, false],
  ['YYYY/M/D', (y, m, d) => `${y}/${m}/${d}`, false],
  ['YYYY.M.D', (y, m, d) => `${y}.${m}.${d}`, false],
  ['YYYY年M月D日', (y, m, d) => `${y}年${m}月${d}日`, false],
  ['M/D/YYYY', (y, m, d) => `${m}/${d}/${y}`, false],
  ['MM-DD-YYYY', (y, m, d) => `${pad(m)}-${pad(d)}-${y}`, false],
  ['d Mon yyyy', (y, m, d) => `${d} ${MONTH_NAMES[m - 1]} ${y}`, false],
  ['Mon d, yyyy', (y, m, d) => `${MONTH_NAMES[m - 1]} ${d}, ${y}`, false],
  ['YYYYMMDD', (y, m, d) => `${y}${pad(m)}${pad(d)}`, false],
  ['YYYYMMDD number', (y, m, d) => Number(`${y}${pad(m)}${pad(d)}`), false],
  ['ISO date-time', (_y, _m, _d, day) => `${day}T08:00:00`, false],
  ['date and time', (_y, _m, _d, day) => `${day} 17:45`, false],
  ['Date at UTC midnight', (_y, _m, _d, day) => dayToUtcDate(day), false],
  ['Excel serial', (_y, _m, _d, day) => dayToExcelSerial(day), false],
  ['Excel serial with time', (_y, _m, _d, day) => dayToExcelSerial(day) + 0.75, false],
  ['d-Mon-yy', (y, m, d) => `${d}-${MONTH_NAMES[m - 1]}-${pad(y % 100)}`, true],
  ['M/D/YY', (y, m, d) => `${m}/${d}/${pad(y % 100)}`, true],
  ['yymmdd', (y, m, d) => `${pad(y % 100)}${pad(m)}${pad(d)}`, true],
];

describe('parseDay round-trips', () => {
  it.each(FORMATS)('%s, any day 1970–2099', (_name, format, twoDigitYear) => {
    const days = twoDigitYear ? dayIn('1970-01-01', '2069-12-31') : dayIn('1970-01-01', '2099-12-31');
    fc.assert(
      fc.property(days, (day) => {
        const [y, m, d] = day.split('-').map(Number);
        expect(parseDay(format(y, m, d, day))).toEqual({ ok: true, value: day });
      }),
      { numRuns: 300 },
    );
  });
});
