import type { Day } from '../model/types.js';

/** A working-day calendar. Pure: answers from data it was built with. */
export interface Calendar {
  readonly name: string;
  isWorkingDay(day: Day): boolean;
}
