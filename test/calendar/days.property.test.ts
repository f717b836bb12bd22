import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cnCalendar } from '../../src/calendar/cn.js';
import { addWorkingDays, nextWorkingDayOnOrAfter, previousWorkingDay, workingDaysIn } from '../../src/calendar/days.js';
import { layered } from '../../src/calendar/user.js';
import { addDays } from '../../src/model/day.js';

const dayArb = fc.integer({ min: 0, max: 9000 }).map((n) => addDays('2004-01-01', n));
const calendarArb = fc
  .array(fc.record({ day: dayArb, kind: fc.constantFrom('holiday' as const, 'workday' as const) }), { maxLength: 20 })
  .map((entries) => layered(cnCalendar(), entries));

describe('working-day arithmetic', () => {
  it('agrees with counting working days', () => {
    fc.assert(
      fc.property(calendarArb, dayArb, fc.integer({ min: 1, max: 15 }), (cal, day, n) => {
        const target = addWorkingDays(cal, day, n);
        expect(cal.isWorkingDay(target)).toBe(true);
        expect(workingDaysIn(cal, addDays(day, 1), target)).toHaveLength(n);
        expect(previousWorkingDay(cal, target) >= day || n === 1).toBe(true);
        expect(nextWorkingDayOnOrAfter(cal, addDays(previousWorkingDay(cal, target), 1))).toBe(target);
      }),
      { numRuns: 200 },
    );
  });
});
