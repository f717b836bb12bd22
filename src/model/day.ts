import type { Day } from './types.js';

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Builds a Day from parts; returns undefined for impossible dates (Feb 30). */
export function makeDay(year: number, month: number, date: number): Day | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(date)) return undefined;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || date < 1 || date > 31) return undefined;
  const d = new Date(Date.UTC(year, month - 1, date));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== date) return undefined;
  return d.toISOString().slice(0, 10);
}

export function isDay(s: string): boolean {
  const m = DAY_RE.exec(s);
  return !!m && makeDay(+m[1], +m[2], +m[3]) === s;
}

function ms(day: Day): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function fromMs(t: number): Day {
  return new Date(t).toISOString().slice(0, 10);
}

export function addDays(day: Day, n: number): Day {
  return fromMs(ms(day) + n * 86_400_000);
}

/** Whole days from `a` to `b` (b − a). */
export function diffDays(a: Day, b: Day): number {
  return Math.round((ms(b) - ms(a)) / 86_400_000);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function daysInMonth(year: number, month0: number): number {
  if (month0 !== 1) return month0 === 3 || month0 === 5 || month0 === 8 || month0 === 10 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/**
 * Calendar months later, clamped to the month's end (Jan 31 + 1 month = Feb 28); a fraction of a
 * month is cut off the month reached, as Date's setUTCMonth does (what dayjs's `add` did here).
 */
export function addMonths(day: Day, n: number): Day {
  const months = Math.trunc(+day.slice(5, 7) - 1 + n) + 12 * +day.slice(0, 4);
  const year = Math.floor(months / 12);
  const month0 = months - 12 * year;
  const date = Math.min(+day.slice(8, 10), daysInMonth(year, month0));
  return `${String(year).padStart(4, '0')}-${pad2(month0 + 1)}-${pad2(date)}`;
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(day: Day): number {
  const w = new Date(ms(day)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function isoWeekMonday(day: Day): Day {
  return addDays(day, 1 - isoWeekday(day));
}

/** ISO week number and week-year, e.g. { year: 2026, week: 48 }. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const year = +thursday.slice(0, 4);
  const week = Math.floor(diffDays(`${year}-01-01`, thursday) / 7) + 1;
  return { year, week };
}

/** `2026-W48` */
export function isoWeekLabel(day: Day): string {
  const { year, week } = isoWeek(day);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function monthStart(day: Day): Day {
  return `${day.slice(0, 8)}01`;
}

export function monthEnd(day: Day): Day {
  return addDays(addMonths(monthStart(day), 1), -1);
}

export function yearOf(day: Day): number {
  return +day.slice(0, 4);
}

export function maxDay(a: Day | undefined, b: Day | undefined): Day | undefined {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

/** Converts an Excel serial day number (1900 date system) to a Day. */
export function excelSerialToDay(serial: number): Day | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 150_000) return undefined;
  // Excel's day 60 is the fictitious 1900-02-29; serials from 61 on are shifted by it.
  const whole = Math.floor(serial);
  const offset = whole < 60 ? whole : whole - 1;
  return addDays('1899-12-31', offset);
}

export function dayToExcelSerial(day: Day): number {
  const n = diffDays('1899-12-31', day);
  return n < 60 ? n : n + 1;
}

/** A JS Date whose UTC calendar day is `day` (what exceljs writes as that date). */
export function dayToUtcDate(day: Day): Date {
  return new Date(ms(day));
}

export function utcDateToDay(d: Date): Day {
  return d.toISOString().slice(0, 10);
}
