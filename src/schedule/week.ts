import { addDays, isoWeekMonday, isoWeekday } from '../model/day.js';
import type { Day } from '../model/types.js';

export interface Week {
  start: Day;
  end: Day;
}

/** The ISO week (Monday–Sunday) containing `weekDate`; by default today's week, or next week on a weekend. */
export function weekFor(today: Day, weekDate?: Day): Week {
  const start = weekDate ? isoWeekMonday(weekDate) : addDays(isoWeekMonday(today), isoWeekday(today) >= 6 ? 7 : 0);
  return { start, end: addDays(start, 6) };
}
