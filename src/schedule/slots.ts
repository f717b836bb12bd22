import type { ScheduleSettings } from '../model/settings.js';
import { TalksError } from '../errors.js';

export interface Slot {
  start: string;
  end: string;
}

const HHMM = /^(\d{1,2}):([0-5]\d)$/;

function badSetting(message: string, hint: string): TalksError {
  return new TalksError('bad-schedule-setting', message, { hint });
}

export function toMinutes(time: string): number {
  const m = HHMM.exec(time);
  if (!m || +m[1] > 23) throw badSetting(`"${time}" is not a time of day.`, 'Write working hours as HH:MM, e.g. ["10:00", "12:00"].');
  return +m[1] * 60 + +m[2];
}

function toTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function validate(s: ScheduleSettings): void {
  if (!Number.isInteger(s.talkMinutes) || s.talkMinutes < 30 || s.talkMinutes > 60) {
    throw badSetting(`A talk of ${s.talkMinutes} minutes is not allowed.`, 'Set the talk length to 30–60 minutes.');
  }
  if (!Number.isInteger(s.gapMinutes) || s.gapMinutes < 0) {
    throw badSetting(`A gap of ${s.gapMinutes} minutes between talks is not allowed.`, 'Set the gap to 0 or more whole minutes.');
  }
}

/** Ranges sorted by start; overlapping ranges would give overlapping talks. */
function ranges(hours: [string, string][]): [number, number][] {
  const sorted = hours.map(([a, b]): [number, number] => [toMinutes(a), toMinutes(b)]).sort((x, y) => x[0] - y[0]);
  sorted.forEach(([a, b], i) => {
    const label = `${toTime(a)}–${toTime(b)}`;
    if (b <= a) throw badSetting(`The working hours ${label} end before they start.`, 'Write each range as [start, end].');
    if (i > 0 && a < sorted[i - 1][1]) throw badSetting(`The working hours ${label} overlap another range.`, 'Make the ranges separate.');
  });
  return sorted;
}

/** Back-to-back talks of `talkMinutes` with `gapMinutes` between them, inside each range of working hours. */
export function daySlots(s: ScheduleSettings): Slot[] {
  validate(s);
  const slots: Slot[] = [];
  for (const [from, to] of ranges(s.hours)) {
    for (let t = from; t + s.talkMinutes <= to; t += s.talkMinutes + s.gapMinutes) {
      slots.push({ start: toTime(t), end: toTime(t + s.talkMinutes) });
    }
  }
  return slots;
}
