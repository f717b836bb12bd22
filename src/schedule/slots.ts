import type { ScheduleSettings } from '../model/settings.js';
import { textError, type TalksError } from '../errors.js';

export interface Slot {
  start: string;
  end: string;
}

const HHMM = /^(\d{1,2}):([0-5]\d)$/;

function badSetting(kind: 'time' | 'talk' | 'gap' | 'reversed' | 'overlap', value: string | number): TalksError {
  return textError('bad-schedule-setting', { kind, value });
}

export function toMinutes(time: string): number {
  const m = HHMM.exec(time);
  if (!m || +m[1] > 23) throw badSetting('time', time);
  return +m[1] * 60 + +m[2];
}

function toTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function validate(s: ScheduleSettings): void {
  if (!Number.isInteger(s.talkMinutes) || s.talkMinutes < 30 || s.talkMinutes > 60) {
    throw badSetting('talk', s.talkMinutes);
  }
  if (!Number.isInteger(s.gapMinutes) || s.gapMinutes < 0) {
    throw badSetting('gap', s.gapMinutes);
  }
}

/** Ranges sorted by start; overlapping ranges would give overlapping talks. */
function ranges(hours: [string, string][]): [number, number][] {
  const sorted = hours.map(([a, b]): [number, number] => [toMinutes(a), toMinutes(b)]).sort((x, y) => x[0] - y[0]);
  sorted.forEach(([a, b], i) => {
    const label = `${toTime(a)}–${toTime(b)}`;
    if (b <= a) throw badSetting('reversed', label);
    if (i > 0 && a < sorted[i - 1][1]) throw badSetting('overlap', label);
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
