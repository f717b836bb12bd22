import { TalksError } from '../errors.js';
import { addDays } from '../model/day.js';
import type { Day } from '../model/types.js';
import type { Calendar } from './calendar.js';

/** No real calendar has this many non-working days in a row; more means a broken calendar file. */
const MAX_SEARCH_DAYS = 400;

function noWorkingDay(cal: Calendar, from: Day): TalksError {
  return new TalksError(
    'calendar-no-working-day',
    `The ${cal.name} calendar has no working day within ${MAX_SEARCH_DAYS} days of ${from}.`,
    { args: { name: cal.name, days: MAX_SEARCH_DAYS, from }, hint: 'Check the calendar file: it marks too many days as holidays.' },
  );
}

/** The first working day reached by stepping from `day` (exclusive) in direction `step`. */
function step(cal: Calendar, day: Day, direction: 1 | -1): Day {
  let d = day;
  for (let i = 0; i < MAX_SEARCH_DAYS; i++) {
    d = addDays(d, direction);
    if (cal.isWorkingDay(d)) return d;
  }
  throw noWorkingDay(cal, day);
}

/** The n-th working day after `day` (before it for negative n); n = 0 returns `day`. */
export function addWorkingDays(cal: Calendar, day: Day, n: number): Day {
  // Stryker disable next-line EqualityOperator: for n = 0 no step is taken, whatever the direction
  const direction = n < 0 ? -1 : 1;
  let d = day;
  for (let i = 0; i < Math.abs(n); i++) d = step(cal, d, direction);
  return d;
}

/** The last working day strictly before `day`. */
export function previousWorkingDay(cal: Calendar, day: Day): Day {
  return step(cal, day, -1);
}

export function nextWorkingDayOnOrAfter(cal: Calendar, day: Day): Day {
  return cal.isWorkingDay(day) ? day : step(cal, day, 1);
}

/** The working days from `start` to `end`, both included; empty when end < start. */
export function workingDaysIn(cal: Calendar, start: Day, end: Day): Day[] {
  const days: Day[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) {
    if (cal.isWorkingDay(d)) days.push(d);
  }
  return days;
}
