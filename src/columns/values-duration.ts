import { utcDateToDay } from '../model/day.js';
import type { CellValue } from './cell.js';
import { clean, fail, isBlank, ok, parseText, wholeSecond, type Parsed } from './values-base.js';

// ---------------------------------------------------------------------------------------------
// Durations

const notDuration = (v: CellValue) =>
  fail('not-duration', { value: parseText(v) });

const CLOCK = /^(\d+):(\d{1,2})(?::(\d{1,2}))?(\.\d+)?$/;
const NUM = String.raw`(\d+(?:\.\d+)?)`;
const WITH_UNITS = new RegExp(
  String.raw`^(?:${NUM}\s*(?:h|hrs?|hours?|小时|时)\s*)?(?:${NUM}\s*(?:m|mins?|minutes?|分钟|分)\s*)?(?:${NUM}\s*(?:s|secs?|seconds?|秒钟?))?$`,
  'i',
);

/** Excel stores a time of day as a fraction of a day. */
export const fromDayFraction = (n: number) => (n > 0 && n < 1 ? n * 86_400 : n);

/**
 * Seconds, rounded. Numbers are seconds, except that a number strictly between 0 and 1 is an
 * Excel time (a fraction of a day); `m:ss`, `h:mm:ss`, `143s`, `2m 23s`, `143 秒`; a time-only
 * Date (on 1899-12-30 or 1899-12-31) counts from that day's midnight.
 */
export function parseDuration(v: CellValue): Parsed<number> {
  if (typeof v === 'number') {
    return Number.isFinite(v) && v >= 0 ? ok(Math.round(fromDayFraction(v))) : notDuration(v);
  }
  if (v instanceof Date) return durationFromDate(v);
  if (isBlank(v)) return fail('duration-empty');
  if (typeof v !== 'string') return notDuration(v);
  const s = clean(v);
  if (/^\d+(?:\.\d+)?$/.test(s)) return ok(Math.round(fromDayFraction(+s)));
  const clock = CLOCK.exec(s);
  if (clock) return fromClock(clock) ?? notDuration(v);
  const units = WITH_UNITS.exec(s);
  if (units) {
    const [h, m, sec] = [units[1], units[2], units[3]].map((x) => (x ? +x : 0));
    return ok(Math.round(h * 3600 + m * 60 + sec));
  }
  return notDuration(v);
}

function fromClock(m: RegExpExecArray): Parsed<number> | undefined {
  const frac = m[4] ? +m[4] : 0;
  if (m[3] === undefined) {
    const [min, sec] = [+m[1], +m[2]];
    return sec < 60 ? ok(Math.round(min * 60 + sec + frac)) : undefined;
  }
  const [h, min, sec] = [+m[1], +m[2], +m[3]];
  return min < 60 && sec < 60 ? ok(Math.round(h * 3600 + min * 60 + sec + frac)) : undefined;
}

function durationFromDate(d: Date): Parsed<number> {
  if (Number.isNaN(d.getTime())) return notDuration(d);
  const t = wholeSecond(d.getTime());
  const day = utcDateToDay(new Date(t));
  if (day !== '1899-12-30' && day !== '1899-12-31') {
    return fail('date-not-duration', { value: parseText(d) });
  }
  return ok(Math.round((t - Date.parse(`${day}T00:00:00Z`)) / 1000));
}

