import { describe, expect, it } from 'vitest';
import type { Calendar } from '../../src/calendar/calendar.js';
import { cnCalendar } from '../../src/calendar/cn.js';
import { addWorkingDays, nextWorkingDayOnOrAfter, previousWorkingDay, workingDaysIn } from '../../src/calendar/days.js';
import { weekdaysCalendar } from '../../src/calendar/weekdays.js';
import { TalksError } from '../../src/errors.js';
import { addDays } from '../../src/model/day.js';

const cn = cnCalendar();
const weekdays = weekdaysCalendar();

describe('addWorkingDays', () => {
  it.each([
    ['weekdays', weekdays, '2026-02-13', 2, '2026-02-17'],
    ['cn: Friday before the Spring Festival, Saturday is a working day', cn, '2026-02-13', 2, '2026-02-24'],
    ['cn: Friday before the Spring Festival, 1 day', cn, '2026-02-13', 1, '2026-02-14'],
    ['cn: Friday, the Sunday after is a working day', cn, '2026-09-18', 2, '2026-09-21'],
    ['cn: flag on Friday 09-25 (a holiday)', cn, '2026-09-25', 2, '2026-09-29'],
    ['cn: last day before National Day', cn, '2026-09-30', 2, '2026-10-09'],
    ['cn: into the Saturday working day', cn, '2026-10-08', 2, '2026-10-10'],
    ['weekdays: a Friday', weekdays, '2026-11-20', 2, '2026-11-24'],
    ['weekdays: n = 0', weekdays, '2026-11-21', 0, '2026-11-21'],
    ['weekdays: backwards', weekdays, '2026-11-23', -1, '2026-11-20'],
    ['weekdays: across a year end', weekdays, '2026-12-31', 5, '2027-01-07'],
  ])('%s: %s + %i = %s', (_label, cal, day, n, expected) => {
    expect(addWorkingDays(cal, day, n)).toBe(expected);
  });
});

describe('previousWorkingDay', () => {
  it.each([
    [weekdays, '2026-11-23', '2026-11-20'],
    [weekdays, '2026-11-24', '2026-11-23'],
    [cn, '2026-10-08', '2026-09-30'],
    [cn, '2026-10-12', '2026-10-10'],
    [cn, '2026-02-24', '2026-02-14'],
  ])('before %#: %s → %s', (cal, day, expected) => {
    expect(previousWorkingDay(cal, day)).toBe(expected);
  });
});

describe('nextWorkingDayOnOrAfter', () => {
  it.each([
    [weekdays, '2026-11-23', '2026-11-23'],
    [weekdays, '2026-11-28', '2026-11-30'],
    [cn, '2026-10-01', '2026-10-08'],
    [cn, '2026-10-10', '2026-10-10'],
    [cn, '2026-02-15', '2026-02-24'],
  ])('case %#: %s → %s', (cal, day, expected) => {
    expect(nextWorkingDayOnOrAfter(cal, day)).toBe(expected);
  });
});

describe('workingDaysIn', () => {
  it.each([
    [weekdays, '2026-11-23', '2026-11-29', ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']],
    [cn, '2026-10-05', '2026-10-11', ['2026-10-08', '2026-10-09', '2026-10-10']],
    [cn, '2026-09-28', '2026-10-04', ['2026-09-28', '2026-09-29', '2026-09-30']],
    [weekdays, '2026-11-25', '2026-11-25', ['2026-11-25']],
    [weekdays, '2026-11-28', '2026-11-29', []],
    [weekdays, '2026-11-27', '2026-11-23', []],
  ])('case %#: %s..%s', (cal, start, end, expected) => {
    expect(workingDaysIn(cal, start, end)).toEqual(expected);
  });
});

describe('a calendar with no working days', () => {
  const never: Calendar = { name: 'never', isWorkingDay: () => false };

  it.each([
    ['addWorkingDays', () => addWorkingDays(never, '2026-01-01', 1)],
    ['previousWorkingDay', () => previousWorkingDay(never, '2026-01-01')],
    ['nextWorkingDayOnOrAfter', () => nextWorkingDayOnOrAfter(never, '2026-01-01')],
  ])('%s gives up with an error', (_name, run) => {
    expect(run).toThrow(TalksError);
    expect(run).toThrow(/no working day within 400 days/);
    expect(run).toThrow(
      expect.objectContaining({ code: 'calendar-no-working-day', args: { name: 'never', days: 400, from: '2026-01-01' }, hint: expect.stringMatching(/too many days as holidays/) }),
    );
  });

  it('searches 400 days and no further', () => {
    const only = (day: string): Calendar => ({ name: 'one day', isWorkingDay: (d) => d === day });
    expect(addWorkingDays(only(addDays('2026-01-01', 400)), '2026-01-01', 1)).toBe(addDays('2026-01-01', 400));
    expect(() => addWorkingDays(only(addDays('2026-01-01', 401)), '2026-01-01', 1)).toThrow(TalksError);
  });

  it('the weekdays calendar says its name', () => {
    expect(weekdaysCalendar().name).toBe('weekdays');
  });
});
