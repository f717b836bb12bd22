import official from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { yearOf } from '../model/day.js';
import type { Day } from '../model/types.js';
import type { Calendar } from './calendar.js';
import { isWeekend } from './weekdays.js';

/** The package's tables: day → "English name,中文名,n", one table per kind of day. */
interface OfficialTables {
  holidays: Record<Day, string>;
  workdays: Record<Day, string>;
}

const tables: OfficialTables = official;
const years = new Set([...Object.keys(tables.holidays), ...Object.keys(tables.workdays)].map(yearOf));

export type CnCalendar = Calendar & { hasYear(year: number): boolean };

/**
 * Mainland China's official holidays and make-up working days (调休), from `chinese-days`.
 * A year the package has no data for is plain Monday–Friday; buildCalendar warns about it.
 */
export function cnCalendar(): CnCalendar {
  return {
    name: 'cn',
    hasYear: (year) => years.has(year),
    isWorkingDay(day) {
      if (Object.hasOwn(tables.workdays, day)) return true;
      if (Object.hasOwn(tables.holidays, day)) return false;
      return !isWeekend(day);
    },
  };
}
