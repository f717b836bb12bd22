import type { Calendar } from '../calendar/calendar.js';
import { workingDaysIn } from '../calendar/days.js';
import type { ScheduleSettings } from '../config.js';
import { addDays } from '../model/day.js';
import type { BacklogReason, Day, Talk, Warning } from '../model/types.js';
import { urgentLateWarning } from './late.js';
import { compareTalks } from './order.js';
import { daySlots } from './slots.js';
import type { Week } from './week.js';

export interface ScheduleInput {
  /** Unscheduled talks, one per agent. */
  candidates: Talk[];
  /** Talks that cannot happen this week (agents on leave): straight to the backlog. */
  blocked: Talk[];
  today: Day;
  week: Week;
  calendar: Calendar;
  settings: ScheduleSettings;
  /** The time of day now (`HH:MM`), when planning for the real today: today's earlier slots are gone. */
  now?: string;
}

export interface ScheduleResult {
  /** Sorted by date, then start. */
  talks: Talk[];
  /** Sorted like the candidates: urgency, due date, core first. */
  backlog: Talk[];
  warnings: Warning[];
}

interface Place {
  date: Day;
  start: string;
  end: string;
}

/** The week's free places in the order they are filled: days in order, slots within a day in order. */
function places(days: Day[], settings: ScheduleSettings, today: Day, now: string | undefined): Place[] {
  const slots = daySlots(settings);
  const perDay = Math.max(0, settings.perDay);
  return days
    .flatMap((date) =>
      slots
        .filter((slot) => date !== today || now === undefined || slot.start >= now)
        .slice(0, perDay)
        .map((slot) => ({ date, ...slot })),
    )
    .slice(0, Math.max(0, settings.capacity));
}

function copy(talk: Talk, changes: Partial<Talk>): Talk {
  return { ...talk, rules: [...talk.rules], findings: [...talk.findings], ...changes };
}

const UNPLACED = { date: null, start: null, end: null, location: null };

/**
 * Plans one week: everything due by the week's end first, then (while room is left) talks due
 * within `pullForwardDays` after it; each in turn takes the earliest free slot. What is due by
 * then but finds no slot goes to the backlog; later talks are left for later weeks.
 */
export function scheduleWeek(input: ScheduleInput): ScheduleResult {
  const { candidates, week, settings } = input;
  const horizon = addDays(week.end, settings.pullForwardDays);
  const queue = [
    ...candidates.filter((t) => t.due <= week.end).sort(compareTalks),
    ...candidates.filter((t) => t.due > week.end && t.due <= horizon).sort(compareTalks),
  ];
  const days = workingDaysIn(input.calendar, input.today > week.start ? input.today : week.start, week.end);
  const free = places(days, settings, input.today, input.now);
  const reason: BacklogReason = free.length || days.some((d) => d !== input.today) ? 'capacity' : 'no-days-left';

  const talks: Talk[] = [];
  const backlog = input.blocked.map((t) => copy(t, { ...UNPLACED, backlogReason: t.backlogReason ?? 'on-leave' }));
  const seen = new Set<string>();
  for (const talk of queue) {
    if (seen.has(talk.agentId)) continue;
    seen.add(talk.agentId);
    const place = free[talks.length];
    if (!place) {
      backlog.push(copy(talk, { ...UNPLACED, backlogReason: reason }));
      continue;
    }
    const location = settings.rooms.length ? settings.rooms[talks.length % settings.rooms.length] : null;
    talks.push(copy(talk, { ...place, location }));
  }
  backlog.sort(compareTalks);

  const warnings = [...talks, ...backlog]
    .sort(compareTalks)
    .flatMap((t) => urgentLateWarning(t, week, input.today) ?? []);
  return { talks, backlog, warnings };
}
