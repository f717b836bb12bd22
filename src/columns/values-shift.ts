import type { CellValue } from './cell.js';
import { clean, fail, isBlank, ok, parseText, type Parsed } from './values-base.js';

/** A shift in minutes from the midnight of its day; `end <= start` ends the next day. */
export interface ShiftRange {
  start: number;
  end: number;
}

const CLOCK = /^(\d{1,2})[:：.]?(\d{2})(?::\d{2})?\s*(am|pm|上午|下午)?$/i;

/** `9:00`, `09:00:00`, `0900`, `10:00 PM` → minutes of the day. */
function clockMinutes(text: string): number | undefined {
  const m = CLOCK.exec(text.trim());
  if (!m) return undefined;
  let h = +m[1];
  const min = +m[2];
  const half = m[3]?.toLowerCase();
  if (half === 'pm' || half === '下午') h = h === 12 ? 12 : h + 12;
  else if ((half === 'am' || half === '上午') && h === 12) h = 0;
  if (h === 24 && min === 0) return 24 * 60;
  return h < 24 && min < 60 ? h * 60 + min : undefined;
}

const notTime = (v: CellValue) => fail('not-time', { value: parseText(v) });

/**
 * A time of day in minutes: an Excel time (a fraction of a day, or a Date on 1899-12-30), the
 * time part of a date-time, or text such as `22:00`, `9:30 PM`, `2026-11-23 22:00`.
 */
export function parseTimeOfDay(v: CellValue): Parsed<number> {
  if (isBlank(v)) return fail('time-empty');
  if (typeof v === 'number') return v >= 0 && v <= 1 ? ok(Math.round(v * 1440)) : notTime(v);
  if (v instanceof Date) {
    const t = v.getTime();
    return Number.isNaN(t) ? notTime(v) : ok(Math.round((((t / 60_000) % 1440) + 1440) % 1440));
  }
  const s = clean(parseText(v));
  const time = clockMinutes(s.replace(/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]/, ''));
  return time === undefined ? notTime(v) : ok(time % 1440);
}

const SEPARATOR = /\s*(?:-|–|—|~|～|至|到|to)\s*/i;

/** `09:00-18:00`, `22:00–07:00`, `9:00 ~ 18:00`; undefined when the text is not a time range (a shift name). */
export function parseShiftRange(text: string): ShiftRange | undefined {
  const parts = clean(text).split(SEPARATOR);
  if (parts.length !== 2) return undefined;
  const [start, end] = parts.map(clockMinutes);
  if (start === undefined || end === undefined || start === end % 1440) return undefined;
  return { start: start % 1440, end: end % 1440 };
}
