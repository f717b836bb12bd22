import type { Warning } from '../model/types.js';
import { yearOf } from '../model/day.js';
import type { Calendar } from './calendar.js';
import { cnCalendar } from './cn.js';
import { layered, type CalendarEntry } from './user.js';
import { weekdaysCalendar } from './weekdays.js';

type BaseCalendarName = 'weekdays' | 'cn';
export type CalendarSpec = BaseCalendarName | { entries: CalendarEntry[]; base?: BaseCalendarName; file: string };

function missingYear(year: number): Warning {
  return {
    code: 'calendar-year-missing',
    args: { year },
    message:
      `The cn calendar has no official holidays for ${year}, so Monday–Friday is used for ${year}. ` +
      `To plan with that year's holidays and make-up working days, pass a calendar file ` +
      `(--calendar FILE with a Date column and a Type column of holiday or workday) or update talks.`,
  };
}

/**
 * The calendar to plan with. For `cn`, each needed year without official data is a warning,
 * unless the user's file lists days of that year.
 */
export function buildCalendar(spec: CalendarSpec, yearsNeeded: number[]): { calendar: Calendar; warnings: Warning[] } {
  if (typeof spec === 'string') return fromBase(spec, [], yearsNeeded);
  const { calendar, warnings } = fromBase(spec.base ?? 'weekdays', spec.entries, yearsNeeded);
  return { calendar: { ...layered(calendar, spec.entries), name: `${calendar.name}+${spec.file}` }, warnings };
}

function fromBase(name: BaseCalendarName, entries: CalendarEntry[], yearsNeeded: number[]): { calendar: Calendar; warnings: Warning[] } {
  if (name === 'weekdays') return { calendar: weekdaysCalendar(), warnings: [] };
  const cn = cnCalendar();
  const covered = new Set(entries.map((e) => yearOf(e.day)));
  const missing = [...new Set(yearsNeeded)].filter((y) => !cn.hasYear(y) && !covered.has(y)).sort((a, b) => a - b);
  return { calendar: cn, warnings: missing.map(missingYear) };
}
