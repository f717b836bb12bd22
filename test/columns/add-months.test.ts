import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, monthEnd } from '../../src/model/day.js';

dayjs.extend(utc);

/** What addMonths computed before it read the day's parts itself: dayjs in UTC. */
const byDayjs = (day: string, n: number) => dayjs.utc(day).add(n, 'month').format('YYYY-MM-DD');

const day = fc.integer({ min: 0, max: 109_572 }).map((n) => addDays('1900-01-01', n));
/** Month ends and the 29th–31st, where the clamping decides. */
const lateDay = fc
  .tuple(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 28, max: 31 }))
  .map(([y, m, d]) => addDays(`${y}-${String(m).padStart(2, '0')}-01`, d - 1));

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2100-01-31', 1, '2100-02-28'],
    ['2000-01-31', 1, '2000-02-29'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-15', -17, '2024-12-15'],
    ['2026-12-01', 0, '2026-12-01'],
    ['2026-05-31', 1.5, '2026-06-30'],
    ['2026-12-31', -0.5, '2026-11-30'],
  ])('%s + %s months is %s', (from, n, to) => {
    expect(addMonths(from, n)).toBe(to);
    expect(byDayjs(from, n)).toBe(to);
  });

  it('agrees with dayjs for any day from 1900 to 2200 and any whole number of months', () => {
    fc.assert(
      fc.property(fc.oneof(day, lateDay), fc.integer({ min: -1200, max: 3650 }), (d, n) => {
        expect(addMonths(d, n)).toBe(byDayjs(d, n));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with dayjs for fractions of a month', () => {
    fc.assert(
      fc.property(fc.oneof(day, lateDay), fc.double({ min: -60, max: 120, noNaN: true }), (d, n) => {
        expect(addMonths(d, n)).toBe(byDayjs(d, n));
      }),
      { numRuns: 2000 },
    );
  });

  it('monthEnd is the last day of the month', () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(monthEnd(d)).toBe(dayjs.utc(d).endOf('month').format('YYYY-MM-DD'));
      }),
    );
  });
});
