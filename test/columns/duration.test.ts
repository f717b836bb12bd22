import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/columns/values.js';

const HINT = 'write seconds (143), mm:ss (2:23) or hh:mm:ss (0:02:23)';
const timeOnly = (h: number, m: number, s: number, day = 30) => new Date(Date.UTC(1899, 11, day, h, m, s));

describe('parseDuration', () => {
  it.each([
    ['seconds as a number', 143, 143],
    ['zero', 0, 0],
    ['one second (not a day fraction)', 1, 1],
    ['fractional seconds, rounded', 143.6, 144],
    ['a large number of seconds', 5400, 5400],
    ['an Excel time fraction for 0:02:23', 143 / 86_400, 143],
    ['the fraction 0.00165509', 0.00165509, 143],
    ['half a day as a fraction', 0.5, 43_200],
    ['text seconds', '143', 143],
    ['text seconds with spaces', ' 143 ', 143],
    ['text fractional seconds', '143.4', 143],
    ['a day fraction as text', '0.00165509', 143],
    ['m:ss', '2:23', 143],
    ['mm:ss', '02:23', 143],
    ['mm:ss over an hour of minutes', '75:05', 4505],
    ['mm:ss with fractions', '2:23.6', 144],
    ['h:mm:ss', '0:02:23', 143],
    ['hh:mm:ss', '01:02:03', 3723],
    ['H:MM:SS beyond a day', '25:00:00', 90_000],
    ['full-width digits', '２:２３', 143],
    ['143s', '143s', 143],
    ['143 s', '143 s', 143],
    ['143 sec', '143 sec', 143],
    ['143 seconds', '143 seconds', 143],
    ['143 秒', '143 秒', 143],
    ['143秒', '143秒', 143],
    ['2m 23s', '2m 23s', 143],
    ['2 min 23 sec', '2 min 23 sec', 143],
    ['2分23秒', '2分23秒', 143],
    ['2分钟', '2分钟', 120],
    ['1h 2m 3s', '1h 2m 3s', 3723],
    ['1小时2分3秒', '1小时2分3秒', 3723],
    ['a time-only Date on 1899-12-30', timeOnly(0, 2, 23), 143],
    ['a time-only Date with hours', timeOnly(1, 2, 3), 3723],
    ['a time-only Date on 1899-12-31', timeOnly(0, 2, 23, 31), 143],
    ['a time-only Date with milliseconds of float noise', new Date(Date.UTC(1899, 11, 30, 0, 2, 23) - 2), 143],
    ['a zero time a few ms before its day (float noise)', new Date(Date.UTC(1899, 11, 30) - 3), 0],
  ] as const)('%s', (_what, cell, seconds) => {
    expect(parseDuration(cell)).toEqual({ ok: true, value: seconds });
  });

  it.each([
    ['abc', `"abc" is not a duration; ${HINT}`],
    ['2:75', `"2:75" is not a duration; ${HINT}`],
    ['1:60:00', `"1:60:00" is not a duration; ${HINT}`],
    ['1:02:60', `"1:02:60" is not a duration; ${HINT}`],
    ['2:23:', `"2:23:" is not a duration; ${HINT}`],
    ['-143', `"-143" is not a duration; ${HINT}`],
    [-5, `"-5" is not a duration; ${HINT}`],
    [Number.POSITIVE_INFINITY, `"Infinity" is not a duration; ${HINT}`],
    ['143 ms', `"143 ms" is not a duration; ${HINT}`],
    [true, `"TRUE" is not a duration; ${HINT}`],
    [new Date(Date.UTC(2026, 10, 23)), '"2026-11-23" is a date, not a duration; write seconds (143) or mm:ss (2:23)'],
    [null, 'the duration is empty'],
    ['', 'the duration is empty'],
  ] as const)('refuses %j', (cell, reason) => {
    expect(parseDuration(cell)).toMatchObject({ ok: false, reason });
  });

  it('round-trips mm:ss', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 59 }), fc.boolean(), (m, s, padded) => {
        const text = `${padded ? String(m).padStart(2, '0') : m}:${String(s).padStart(2, '0')}`;
        expect(parseDuration(text)).toEqual({ ok: true, value: m * 60 + s });
      }),
    );
  });

  it('round-trips hh:mm:ss', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), (h, m, s) => {
        const text = `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
        expect(parseDuration(text)).toEqual({ ok: true, value: h * 3600 + m * 60 + s });
      }),
    );
  });

  it('round-trips Excel times, as fractions and as time-only Dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 86_399 }), (seconds) => {
        expect(parseDuration(seconds / 86_400)).toEqual({ ok: true, value: seconds });
        expect(parseDuration(new Date(Date.UTC(1899, 11, 30) + seconds * 1000))).toEqual({ ok: true, value: seconds });
      }),
    );
  });
});
