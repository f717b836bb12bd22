import { addDays, excelSerialToDay, isoWeek, isoWeekMonday, makeDay, utcDateToDay } from '../model/day.js';
import type { Day } from '../model/types.js';
import type { CellValue } from './cell.js';
import { clean, fail, isBlank, ok, parseText, wholeSecond, type Parsed } from './values-base.js';

// ---------------------------------------------------------------------------------------------
// Dates

const notDate = (v: CellValue) => fail('not-date', { value: parseText(v) });

/** Two-digit years: 00–69 → 20xx, 70–99 → 19xx (Excel's pivot). */
function fullYear(y: string): number {
  const n = +y;
  if (y.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const TIME = String.raw`(?:(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:z|[+-]\d{2}(?::?\d{2})?)?)?`;
const re = (body: string) => new RegExp(`^${body}$`, 'i');

/** The optional third element explains a failure better than the generic message. */
type DayRule = [RegExp, (m: RegExpExecArray) => Day | undefined, ((m: RegExpExecArray) => string | undefined)?];

/** 23/11/2026 is a valid day-first date; say why it is refused instead of guessing per row. */
const monthFirst = (year: number, m: RegExpExecArray) =>
  makeDay(year, +m[2], +m[1]) ? 'month-first' : undefined;

/** Text date formats, tried in order. Slash and dash dates with the year last are month first (US). */
const DAY_RULES: DayRule[] = [
  [re(String.raw`(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}`), (m) => makeDay(+m[1], +m[3], +m[4])],
  [re(String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?${TIME}`), (m) => makeDay(+m[1], +m[2], +m[3])],
  [re(String.raw`(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})${TIME}`), (m) => makeDay(fullYear(m[3]), +m[1], +m[2]), (m) => monthFirst(fullYear(m[3]), m)],
  [re(String.raw`(\d{1,2})-(\d{1,2})-(\d{4})${TIME}`), (m) => makeDay(+m[3], +m[1], +m[2]), (m) => monthFirst(+m[3], m)],
  [re(String.raw`(\d{1,2})[-\s]([a-z]{3,9})\.?[-\s,]\s*(\d{4}|\d{2})${TIME}`), (m) => monthNamed(m[3], m[2], m[1])],
  [re(String.raw`([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}`), (m) => monthNamed(m[3], m[1], m[2])],
  [re(String.raw`(\d{4})(\d{2})(\d{2})`), (m) => makeDay(+m[1], +m[2], +m[3])],
  [re(String.raw`(\d{2})(\d{2})(\d{2})`), (m) => makeDay(fullYear(m[1]), +m[2], +m[3])],
  // Whole months and ISO weeks, as KPI exports label their periods: the period's first day.
  [re(String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月份?`), (m) => makeDay(+m[1], +m[2], 1)],
  [re(String.raw`(\d{4})[-/.](\d{1,2})`), (m) => makeDay(+m[1], +m[2], 1)],
  [re(String.raw`([a-z]{3,9})\.?[-\s]+(\d{4})`), (m) => monthNamed(m[2], m[1], '1')],
  [re(String.raw`(\d{4})-?w(\d{1,2})(?:-?([1-7]))?`), (m) => isoWeekDay(+m[1], +m[2], m[3] ? +m[3] : 1)],
  // A serial number written as text (a date column saved as General in a csv).
  [re(String.raw`(\d{5})(?:\.\d+)?`), (m) => excelSerialToDay(+m[1])],
];

/** How each of DAY_RULES orders a date's parts, for `talks check --format json`. */
const DAY_ORDERS = [
  'year-month-day', 'year-month-day', 'month-day-year', 'month-day-year', 'day-month name-year', 'month name-day-year',
  'yyyymmdd', 'yymmdd', 'year-month', 'year-month', 'month name-year', 'ISO week', 'Excel serial',
] as const;

/** The date order a cell was read in: a rule of DAY_RULES, a spreadsheet date or serial; undefined if unread. */
export function dayOrder(v: CellValue): string | undefined {
  if (v instanceof Date) return 'spreadsheet date';
  if (typeof v === 'number') return Number.isInteger(v) && v >= 100_000 ? (String(v).length === 8 ? 'yyyymmdd' : 'yymmdd') : 'Excel serial';
  if (typeof v !== 'string') return undefined;
  const s = clean(v);
  const i = DAY_RULES.findIndex(([pattern]) => pattern.test(s));
  return i < 0 ? undefined : DAY_ORDERS[i];
}

function monthNamed(year: string, month: string, date: string): Day | undefined {
  const mo = MONTHS[month.toLowerCase()];
  return mo ? makeDay(fullYear(year), mo, +date) : undefined;
}

/** Week 0, or a week 53 the year does not have, lands in another year's week of another number. */
function isoWeekDay(year: number, week: number, weekday: number): Day | undefined {
  if (year < 1900 || year > 2200) return undefined;
  const day = addDays(isoWeekMonday(`${year}-01-04`), (week - 1) * 7 + weekday - 1);
  return isoWeek(day).week === week ? day : undefined;
}

/**
 * A calendar day from a Date (its UTC day), an Excel serial (1900 system), a YYYYMMDD or yymmdd
 * number, or text in the common formats (see DAY_RULES).
 */
export function parseDay(v: CellValue): Parsed<Day> {
  if (typeof v === 'number') return dayFromNumber(v);
  if (v instanceof Date) return dayFromDate(v);
  if (typeof v !== 'string') return isBlank(v) ? fail('date-empty') : notDate(v);
  const s = clean(v);
  if (s === '') return fail('date-empty');
  for (const [pattern, build, explain] of DAY_RULES) {
    const m = pattern.exec(s);
    if (!m) continue;
    const day = build(m);
    if (day) return ok(day);
    const why = explain?.(m);
    return why ? fail('not-date', { value: parseText(v), why }) : notDate(v);
  }
  return notDate(v);
}

function dayFromDate(d: Date): Parsed<Day> {
  if (Number.isNaN(d.getTime())) return fail('date-invalid');
  // Serial-to-Date conversions can land a few ms before midnight.
  const t = wholeSecond(d.getTime());
  const day = utcDateToDay(new Date(t));
  if (day === '1899-12-30' || day === '1899-12-31') return fail('time-not-date', { value: parseText(d) });
  return day < '1900-01-01' ? notDate(d) : ok(day);
}

function dayFromNumber(n: number): Parsed<Day> {
  if (!Number.isFinite(n) || n <= 0) return notDate(n);
  if (n < 1) return fail('time-not-date', { value: parseText(n) });
  if (Number.isInteger(n) && n >= 100_000) {
    const digits = String(n);
    const day =
      digits.length === 8 ? makeDay(+digits.slice(0, 4), +digits.slice(4, 6), +digits.slice(6))
      : digits.length === 6 ? makeDay(fullYear(digits.slice(0, 2)), +digits.slice(2, 4), +digits.slice(4))
      : undefined;
    return day ? ok(day) : notDate(n);
  }
  const day = excelSerialToDay(n);
  return day ? ok(day) : notDate(n);
}

