import type { Calendar } from '../calendar/calendar.js';
import { parseShiftRange } from '../columns/values-shift.js';
import { addDays } from '../model/day.js';
import type { Agent, Day, SourceRef, Warning } from '../model/types.js';
import { CENTRE_TEXT } from '../text/centre.js';
import type { ShiftEntry, ShiftTime } from '../model/shift.js';
import type { ShiftTable } from './shifts.js';
import type { Week } from './week.js';

export interface ShiftSources {
  agents: Agent[];
  /** The shifts file's rows; undefined without --shifts. */
  entries?: ShiftEntry[];
  /** Shift names → times, from the config. */
  names: Record<string, [string, string]>;
  /** Whether the roster has a shift column. */
  rosterColumn: boolean;
  calendar: Calendar;
  week: Week;
}

const minutes = (t: string) => +t.split(':')[0] * 60 + +t.split(':')[1];

/**
 * Every agent's shifts in the week (and the evening before it, for a night shift running into
 * Monday). A shifts-file row wins over the roster's shift for that agent; the roster's shift holds
 * on each working day. Undefined when there is no shift data at all. Pure.
 */
export function buildShiftTable(src: ShiftSources): { table?: ShiftTable; warnings: Warning[] } {
  if (!src.entries && !src.rosterColumn) return { warnings: [] };
  const warnings: Warning[] = [];
  const unknown = new Map<string, SourceRef>();
  const resolve = (text: string, where: SourceRef): ShiftTime | undefined => {
    const range = parseShiftRange(text);
    if (range) return range;
    const named = Object.entries(src.names).find(([n]) => n.trim().toLowerCase() === text.trim().toLowerCase())?.[1];
    if (named) return { start: minutes(named[0]), end: minutes(named[1]) };
    if (!unknown.has(text)) unknown.set(text, where);
    return undefined;
  };
  const table: ShiftTable = new Map();
  const add = (id: string, day: Day, s: ShiftTime) => {
    const days = table.get(id) ?? new Map<Day, ShiftTime[]>();
    days.set(day, [...(days.get(day) ?? []), s]);
    table.set(id, days);
  };
  const first = addDays(src.week.start, -1);
  for (const e of src.entries ?? []) {
    if (e.day < first || e.day > src.week.end) continue;
    const s = e.range ?? (e.name ? resolve(e.name, e.source) : undefined);
    if (s) add(e.agentId, e.day, s);
  }
  const fromFile = new Set(table.keys());
  for (const a of src.agents) {
    if (!a.shift || fromFile.has(a.id)) continue;
    const s = resolve(a.shift, a.source);
    for (let d = first; s && d <= src.week.end; d = addDays(d, 1)) if (src.calendar.isWorkingDay(d)) add(a.id, d, s);
  }
  for (const [name, where] of unknown) {
    warnings.push({ code: 'unknown-shift', args: { name }, message: CENTRE_TEXT.en.unknownShift(name), ...where });
  }
  return { table, warnings };
}
