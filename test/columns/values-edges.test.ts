import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/columns/cell.js';
import { dayOrder, parseDay } from '../../src/columns/values-day.js';
import { fromDayFraction, parseDuration } from '../../src/columns/values-duration.js';
import { parseShiftRange, parseTimeOfDay } from '../../src/columns/values-shift.js';
import { isPlaceholder, parseText } from '../../src/columns/values-base.js';
import { isNoFlag, parseYesNo, ratingToPercent } from '../../src/columns/values-words.js';

const value = <T>(p: { ok: true; value: T } | { ok: false }) => (p.ok ? p.value : 'refused');

describe('parseYesNo: the yes/no cells of call logs', () => {
  it.each<[CellValue, boolean]>([
    [true, true], [false, false], ['Y', true], ['yes', true], ['TRUE', true], ['1', true], ['是', true], ['已', true], ['已解决', true],
    ['已接通', true], ['接通', true], ['解决', true], ['AGENT', true], ['Answered', true], ['handled', true], ['Connected', true], ['completed', true],
    ['N', false], ['No', false], ['false', false], ['0', false], ['否', false], ['未', false], ['未解决', false], ['未接通', false], ['HANG', false],
    ['Hang-up', false], ['PHANTOM', false], ['Abandoned', false], ['abandon', false], ['Missed', false], ['unanswered', false], ['No answer', false],
    ['放弃', false], ['挂断', false],
  ])('%j → %s', (cell, yes) => {
    expect(parseYesNo(cell)).toEqual({ ok: true, value: yes });
  });

  it.each<CellValue>(['', 'maybe', 2, null])('refuses %j, naming the value', (cell) => {
    const p = parseYesNo(cell);
    expect(p).toMatchObject({ ok: false, why: { code: 'not-yes-no', args: { value: parseText(cell) } } });
  });
});

describe('isNoFlag: a lead-flag cell with nothing to report', () => {
  it.each(['No', 'NONE', 'Normal', 'OK', 'N/A', '无', '否', '没有', '正常', '', null])('%j says nothing', (cell) => {
    expect(isNoFlag(cell)).toBe(true);
  });

  it.each(['Mood', 'resign', 'not ok'])('%j says something', (cell) => {
    expect(isNoFlag(cell)).toBe(false);
  });
});

describe('ratingToPercent: a 1–5 rating as CSAT', () => {
  it.each<[number, number | undefined]>([[0, undefined], [1, 20], [3, 60], [4.5, 90], [5, 100], [4.2, 84]])('%d → %s', (n, pct) => {
    expect(ratingToPercent(n)).toEqual({ ok: true, value: pct });
  });

  it.each([0.5, 5.5, 6, -1])('refuses %d', (n) => {
    expect(ratingToPercent(n)).toMatchObject({ ok: false, why: { code: 'not-rating', args: { value: n } } });
  });
});

describe('dayOrder: how a date cell was read', () => {
  it.each<[CellValue, string | undefined]>([
    [new Date(Date.UTC(2026, 10, 23)), 'spreadsheet date'],
    [20261123, 'yyyymmdd'],
    [261123, 'yymmdd'],
    [100000, 'yymmdd'],
    [99999, 'Excel serial'],
    [46354, 'Excel serial'],
    [261123.5, 'Excel serial'],
    ['2026-11-23', 'year-month-day'],
    ['11/23/2026', 'month-day-year'],
    ['2026-W48', 'ISO week'],
    ['Nov 2026', 'month name-year'],
    ['46354', 'Excel serial'],
    ['soon', undefined],
    [true, undefined],
    [null, undefined],
  ])('%j → %s', (cell, order) => {
    expect(dayOrder(cell)).toBe(order);
  });
});

describe('parseDay: the edges', () => {
  it.each<[CellValue, string]>([
    ['1900-W01', '1900-01-01'],
    ['2200-W01', '2199-12-30'],
    ['2026-W53', '2026-12-28'],
    ['2026-W48-7', '2026-11-29'],
    ['1899-W52', 'refused'],
    ['2201-W01', 'refused'],
    ['2026-W00', 'refused'],
    ['2025-W53', 'refused'],
    [new Date(Date.UTC(1900, 0, 1)), '1900-01-01'],
    [new Date(Date.UTC(1899, 11, 29)), 'refused'],
    [100000, 'refused'],
    [2611010, 'refused'],
  ])('%j → %s', (cell, day) => {
    expect(value(parseDay(cell))).toBe(day);
  });

  it('a Date on 1899-12-30 or 12-31 is a time, not a date', () => {
    for (const d of [new Date(Date.UTC(1899, 11, 30, 9)), new Date(Date.UTC(1899, 11, 31, 9))]) expect(parseDay(d)).toMatchObject({ ok: false, why: { code: 'time-not-date' } });
  });
});

describe('times of day and shifts: the edges', () => {
  it.each<[CellValue, number | string]>([
    ['  9:30 PM ', 21 * 60 + 30], ['12:00 PM', 720], ['12:30 am', 30], ['3:00 下午', 900], ['12:00 上午', 0], ['11:00 上午', 660],
    ['24:00', 0], ['24:30', 'refused'], ['23:60', 'refused'], ['23:59', 1439], ['0930', 570], ['x09:30', 'refused'], ['09:30x', 'refused'],
    [0, 0], [1, 1440], [0.75, 1080], [-0.1, 'refused'], [1.5, 'refused'], ['2026-11-23 22:00', 1320], ['2026-11-23T  22:00', 1320], ['x2026-11-23 22:00', 'refused'],
    [new Date(Date.UTC(1899, 11, 30, 7, 15)), 435], [new Date(Number.NaN), 'refused'], ['', 'refused'],
  ])('%j → %s', (cell, minutes) => {
    expect(value(parseTimeOfDay(cell))).toBe(minutes);
  });

  it('a blank time says it is empty; a bad one names its value', () => {
    expect(parseTimeOfDay('  ')).toMatchObject({ ok: false, why: { code: 'time-empty' } });
    expect(parseTimeOfDay('late')).toMatchObject({ ok: false, why: { code: 'not-time', args: { value: 'late' } } });
  });

  it.each<[string, { start: number; end: number } | undefined]>([
    ['09:00-18:00', { start: 540, end: 1080 }],
    ['22:00 ~ 24:00', { start: 1320, end: 0 }],
    ['09:00-09:00', undefined],
    ['00:00-24:00', undefined],
    ['09:00-12:00-18:00', undefined],
    ['Early', undefined],
    ['09:00-late', undefined],
  ])('shift %j → %j', (text, range) => {
    expect(parseShiftRange(text)).toEqual(range);
  });
});

describe('durations and placeholders: the edges', () => {
  it.each<[CellValue, number | string]>([
    ['5:59', 359], ['5:60', 'refused'], ['1:02:03.6', 3724], ['1:02:03.25', 3723], ['x5:02', 'refused'], ['5:02x', 'refused'], ['2 Min 3 S', 123],
    [new Date(Number.NaN), 'refused'],
  ])('%j → %s', (cell, seconds) => {
    expect(value(parseDuration(cell))).toBe(seconds);
  });

  it('a fraction of a day is seconds; 0 and whole numbers are as they are', () => {
    expect([fromDayFraction(0.5), fromDayFraction(0), fromDayFraction(1), fromDayFraction(90)]).toEqual([43_200, 0, 1, 90]);
  });

  it.each<[CellValue, boolean]>([['#N/A', true], ['#DIV/0!', true], ['x#N/A', false], ['#N/A!x', false], [' #DIV/0!', true], [' #DIV/0! ', false], ['  暂无  ', true], ['#value!', true]])('placeholder %j: %s', (cell, yes) => {
    expect(isPlaceholder(cell)).toBe(yes);
  });
});
