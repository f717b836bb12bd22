import { isoWeekday } from '../model/day.js';
import type { Day } from '../model/types.js';
import type { Calendar } from './calendar.js';

export function isWeekend(day: Day): boolean {
  return isoWeekday(day) >= 6;
}

/** Monday to Friday, every year. */
export function weekdaysCalendar(): Calendar {
  return { name: 'weekdays', isWorkingDay: (day) => !isWeekend(day) };
}
