import { describe, expect, it } from 'vitest';
import { cnCalendar } from '../../src/calendar/cn.js';
import { weekdaysCalendar } from '../../src/calendar/weekdays.js';

const cn = cnCalendar();

describe('cnCalendar', () => {
  it.each([
    ['2026-02-13', true, 'Friday before the Spring Festival'],
    ['2026-02-14', true, 'Saturday made a working day (调休)'],
    ['2026-02-15', false, 'Spring Festival, first day (Sunday)'],
    ['2026-02-16', false, 'Spring Festival, Monday'],
    ['2026-02-17', false, 'Spring Festival, New Year day'],
    ['2026-02-20', false, 'Spring Festival, Friday'],
    ['2026-02-23', false, 'Spring Festival, last day (Monday)'],
    ['2026-02-24', true, 'first working day after the Spring Festival'],
    ['2026-02-28', true, 'Saturday made a working day (调休)'],
    ['2026-03-01', false, 'ordinary Sunday'],
  ])('Spring Festival 2026: %s working = %s (%s)', (day, working) => {
    expect(cn.isWorkingDay(day)).toBe(working);
  });

  it('2026 Spring Festival holidays are exactly Feb 15–23', () => {
    const february = Array.from({ length: 28 }, (_, i) => `2026-02-${String(i + 1).padStart(2, '0')}`);
    const offOnWeekdays = february.filter((d) => weekdaysCalendar().isWorkingDay(d) && !cn.isWorkingDay(d));
    const workOnWeekends = february.filter((d) => !weekdaysCalendar().isWorkingDay(d) && cn.isWorkingDay(d));
    expect(offOnWeekdays).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23']);
    expect(workOnWeekends).toEqual(['2026-02-14', '2026-02-28']);
  });

  it.each([
    ['2026-09-30', true],
    ['2026-10-01', false],
    ['2026-10-02', false],
    ['2026-10-03', false],
    ['2026-10-04', false],
    ['2026-10-05', false],
    ['2026-10-06', false],
    ['2026-10-07', false],
    ['2026-10-08', true],
    ['2026-10-09', true],
    ['2026-10-10', true],
    ['2026-10-11', false],
    ['2026-10-12', true],
  ])('National Day 2026: %s working = %s', (day, working) => {
    expect(cn.isWorkingDay(day)).toBe(working);
  });

  it.each([
    [2004, true],
    [2026, true],
    [2003, false],
    [2099, false],
  ])('hasYear(%i) = %s', (year, has) => {
    expect(cn.hasYear(year)).toBe(has);
  });

  it.each([
    ['2099-10-01', true, 'Thursday'],
    ['2099-10-03', false, 'Saturday'],
    ['2099-01-01', true, 'Thursday (New Year, but no data)'],
  ])('a year without data is Monday–Friday: %s working = %s (%s)', (day, working) => {
    expect(cn.isWorkingDay(day)).toBe(working);
  });
});

describe('weekdaysCalendar', () => {
  it.each([
    ['2026-11-23', true],
    ['2026-11-27', true],
    ['2026-11-28', false],
    ['2026-11-29', false],
    ['2026-10-01', true],
  ])('%s working = %s', (day, working) => {
    expect(weekdaysCalendar().isWorkingDay(day)).toBe(working);
  });
});
