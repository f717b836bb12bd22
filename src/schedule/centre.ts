import type { Calendar } from '../calendar/calendar.js';
import type { ScheduleSettings } from '../model/settings.js';
import type { Day, Talk } from '../model/types.js';
import { RoomBookings } from './rooms.js';
import { scheduleWeek, type ScheduleResult } from './schedule.js';
import type { Availability } from './shifts.js';
import type { Week } from './week.js';

/** One manager's share of the week: their agents' talks and their own settings. */
export interface ManagerWeek {
  manager: string;
  candidates: Talk[];
  blocked: Talk[];
  settings: ScheduleSettings;
  /** Rooms named in the config are shared by name; the built-in rooms are each manager's own. */
  sharedRooms: boolean;
}

export interface CentreInput {
  managers: ManagerWeek[];
  today: Day;
  week: Week;
  calendar: Calendar;
  now?: string;
  availability?: Availability;
}

/** The key that tells whose room it is: a shared room by its name, a manager's own by manager and name. */
function roomKeys(m: Pick<ManagerWeek, 'manager' | 'settings' | 'sharedRooms'>): string[] {
  return m.settings.rooms.map((r) => (m.sharedRooms ? r : `${m.manager}\u0000${r}`));
}

/**
 * Plans every manager's week, in the order given: each within their own capacity, per-day
 * limit and hours. A room two managers share is never booked twice at the same time.
 */
export function scheduleCentre(input: CentreInput): (ScheduleResult & { manager: string })[] {
  const bookings = new RoomBookings();
  return input.managers.map((m) => ({
    manager: m.manager,
    ...scheduleWeek(
      {
        candidates: m.candidates,
        blocked: m.blocked,
        today: input.today,
        week: input.week,
        calendar: input.calendar,
        settings: m.settings,
        now: input.now,
        availability: input.availability,
        roomKeys: roomKeys(m),
      },
      bookings,
    ),
  }));
}
