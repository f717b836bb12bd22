import type { Calendar } from '../calendar/calendar.js';
import { workingDaysIn } from '../calendar/days.js';
import type { ScheduleSettings } from '../model/settings.js';
import { addDays } from '../model/day.js';
import type { BacklogReason, Day, Talk, Warning } from '../model/types.js';
import { urgentLateWarning } from './late.js';
import { compareTalks } from './order.js';
import { freeRoom, RoomBookings, type Rooms } from './rooms.js';
import { Availability } from './shifts.js';
import { daySlots, toMinutes } from './slots.js';
import { choosePlace, type Place } from './spread.js';
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
  /** The agents' shifts; without them every slot suits every agent. */
  availability?: Availability;
  /** Which of the settings' rooms other managers share (keys parallel to `settings.rooms`). */
  roomKeys?: string[];
}

export interface ScheduleResult {
  /** Sorted by date, then start. */
  talks: Talk[];
  /** Sorted like the candidates: urgency, due date, core first. */
  backlog: Talk[];
  warnings: Warning[];
}

/** The week's places at the manager's hours, days in order and slots within a day in order. */
function places(days: Day[], settings: ScheduleSettings, today: Day, now: string | undefined): Place[] {
  const slots = daySlots(settings);
  return days.flatMap((date) =>
    slots
      .filter((slot) => date !== today || now === undefined || slot.start >= now)
      .map((slot) => ({ date, ...slot, from: toMinutes(slot.start), to: toMinutes(slot.end) })),
  );
}

function copy(talk: Talk, changes: Partial<Talk>): Talk {
  return { ...talk, rules: [...talk.rules], findings: [...talk.findings], ...changes };
}

const UNPLACED = { date: null, start: null, end: null, location: null };

/** Talks due by the week's end first, then those due within `pullForwardDays` after it. */
function queueOf(candidates: Talk[], week: Week, settings: ScheduleSettings): Talk[] {
  const horizon = addDays(week.end, settings.pullForwardDays);
  const pulled = (t: Talk) => Number(t.due > week.end);
  return candidates.filter((t) => t.due <= horizon).sort((a, b) => pulled(a) - pulled(b) || compareTalks(a, b));
}

/**
 * Plans one manager's week. Talks are taken in urgency order; each gets a free place inside the
 * agent's shift with a free room, spread over the week (see choosePlace). What is due by the
 * horizon but finds no place goes to the backlog with the reason. `bookings` carries the rooms
 * taken by managers planned before this one in the same run.
 */
export function scheduleWeek(input: ScheduleInput, bookings = new RoomBookings()): ScheduleResult {
  const { week, settings } = input;
  const availability = input.availability ?? new Availability();
  // The week's working days from today on: planning mid-week, the days gone by are not offered.
  const days = workingDaysIn(input.calendar, week.start, week.end).filter((d) => d >= input.today);
  const all = places(days, settings, input.today, input.now);
  const full: BacklogReason = all.length || days.some((d) => d !== input.today) ? 'capacity' : 'no-days-left';
  const rooms: Rooms = { names: settings.rooms, keys: input.roomKeys };
  const perDay = Math.max(0, settings.perDay);
  const capacity = Math.max(0, settings.capacity);
  const used = new Set<Place>();
  const onDay = new Map<Day, Talk[]>();

  const talks: Talk[] = [];
  const backlog = input.blocked.map((t) => copy(t, { ...UNPLACED, backlogReason: t.backlogReason ?? 'on-leave' }));
  const seen = new Set<string>();
  const toBacklog = (talk: Talk, backlogReason: BacklogReason) => backlog.push(copy(talk, { ...UNPLACED, backlogReason }));
  for (const talk of queueOf(input.candidates, week, settings)) {
    if (seen.has(talk.agentId)) continue;
    seen.add(talk.agentId);
    const open = talks.length < capacity ? all.filter((p) => !used.has(p) && (onDay.get(p.date)?.length ?? 0) < perDay) : [];
    if (open.length === 0) {
      toBacklog(talk, full);
      continue;
    }
    if (!availability.worksDuring(talk.agentId, days)) {
      toBacklog(talk, 'no-shift');
      continue;
    }
    const inShift = open.filter((p) => availability.fits(talk.agentId, p.date, p.from, p.to));
    const withRoom = inShift.flatMap((p) => {
      const room = freeRoom(rooms, talks.length, bookings, p.date, p.from, p.to);
      return room === undefined ? [] : [{ ...p, room }];
    });
    const place = choosePlace(talk, withRoom, onDay);
    if (!place) {
      toBacklog(talk, inShift.length ? 'rooms-busy' : 'outside-shift');
      continue;
    }
    used.add(all.find((p) => p.date === place.date && p.start === place.start)!);
    if (place.room) bookings.book(place.room.key, place.date, place.from, place.to);
    const placed = copy(talk, { date: place.date, start: place.start, end: place.end, location: place.room?.name ?? null });
    onDay.set(place.date, [...(onDay.get(place.date) ?? []), placed]);
    talks.push(placed);
  }
  talks.sort((a, b) => a.date!.localeCompare(b.date!) || a.start!.localeCompare(b.start!));
  backlog.sort(compareTalks);

  const warnings = [...talks, ...backlog]
    .sort(compareTalks)
    .flatMap((t) => urgentLateWarning(t, week, input.today) ?? []);
  return { talks, backlog, warnings };
}
