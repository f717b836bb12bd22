import { addDays, excelSerialToDay, isoWeek, isoWeekMonday, makeDay, utcDateToDay } from '../model/day.js';
import type { Day, LeadFlag, MetricId, Status } from '../model/types.js';
import type { CellValue } from './cell.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

/** null, the empty string or only white space. */
export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  return typeof v === 'string' && v.trim() === '';
}

const PLACEHOLDERS = new Set(['-', '--', '—', '–', '/', 'n/a', 'na', '#n/a', 'null', 'none', 'nil', '无', '暂无']);
const EXCEL_ERROR = /^#(?:n\/a|div\/0!|value!|ref!|name\?|num!|null!)$/i;

/** Text that stands for "no value": `-`, `N/A`, `无`, or an Excel error such as `#DIV/0!`. */
export function isPlaceholder(v: CellValue | undefined): boolean {
  if (typeof v !== 'string' || v.length > 8) return false;
  const s = v.trim().toLowerCase();
  return PLACEHOLDERS.has(s) || EXCEL_ERROR.test(s);
}

/** Trimmed text; numbers without float noise; dates as YYYY-MM-DD (date-times with the time). */
export function parseText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15)));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return dateText(v);
}

function dateText(d: Date): string {
  const t = d.getTime();
  if (Number.isNaN(t)) return '';
  const iso = new Date(Math.round(t / 1000) * 1000).toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  if (day === '1899-12-30' || day === '1899-12-31') return time;
  return time === '00:00:00' ? day : `${day} ${time}`;
}

const quote = (v: CellValue) => `"${parseText(v)}"`;

/** NFKC folds full-width digits and signs (２０２６－１１－２３, ９２％); skipped for plain ASCII. */
function clean(s: string): string {
  const t = s.trim();
  return /[^\x20-\x7e]/.test(t) ? t.normalize('NFKC').trim() : t;
}

// ---------------------------------------------------------------------------------------------
// Dates

const DATE_HINT = 'write dates as 2026-11-23';
const notDate = (v: CellValue) => fail(`${quote(v)} is not a date; ${DATE_HINT}`);

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
  makeDay(year, +m[2], +m[1]) ? 'dates with the year last are read month first, as 11/23/2026' : undefined;

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

function monthNamed(year: string, month: string, date: string): Day | undefined {
  const mo = MONTHS[month.toLowerCase()];
  return mo ? makeDay(fullYear(year), mo, +date) : undefined;
}

function isoWeekDay(year: number, week: number, weekday: number): Day | undefined {
  if (year < 1900 || year > 2200 || week < 1) return undefined;
  const day = addDays(isoWeekMonday(`${year}-01-04`), (week - 1) * 7 + weekday - 1);
  const w = isoWeek(day);
  return w.year === year && w.week === week ? day : undefined;
}

/**
 * A calendar day from a Date (its UTC day), an Excel serial (1900 system), a YYYYMMDD or yymmdd
 * number, or text in the common formats (see DAY_RULES).
 */
export function parseDay(v: CellValue): Parsed<Day> {
  if (typeof v === 'number') return dayFromNumber(v);
  if (v instanceof Date) return dayFromDate(v);
  if (typeof v !== 'string') return isBlank(v) ? fail(`the date is empty; ${DATE_HINT}`) : notDate(v);
  const s = clean(v);
  if (s === '') return fail(`the date is empty; ${DATE_HINT}`);
  for (const [pattern, build, explain] of DAY_RULES) {
    const m = pattern.exec(s);
    if (!m) continue;
    const day = build(m);
    if (day) return ok(day);
    const why = explain?.(m);
    return why ? fail(`${quote(v)} is not a date (${why}); ${DATE_HINT}`) : notDate(v);
  }
  return notDate(v);
}

function dayFromDate(d: Date): Parsed<Day> {
  let t = d.getTime();
  if (Number.isNaN(t)) return fail(`the cell holds an invalid date; ${DATE_HINT}`);
  // Serial-to-Date conversions can land a few ms before midnight; snap to the nearest second.
  if (t % 1000 !== 0) t = Math.round(t / 1000) * 1000;
  const day = utcDateToDay(new Date(t));
  if (day === '1899-12-30' || day === '1899-12-31') return fail(`${quote(d)} is a time, not a date; ${DATE_HINT}`);
  return day < '1900-01-01' ? notDate(d) : ok(day);
}

function dayFromNumber(n: number): Parsed<Day> {
  if (!Number.isFinite(n) || n <= 0) return notDate(n);
  if (n < 1) return fail(`${quote(n)} is a time, not a date; ${DATE_HINT}`);
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

// ---------------------------------------------------------------------------------------------
// Durations

const notDuration = (v: CellValue) =>
  fail(`${quote(v)} is not a duration; write seconds (143), mm:ss (2:23) or hh:mm:ss (0:02:23)`);

const CLOCK = /^(\d+):(\d{1,2})(?::(\d{1,2}))?(\.\d+)?$/;
const NUM = String.raw`(\d+(?:\.\d+)?)`;
const WITH_UNITS = new RegExp(
  String.raw`^(?:${NUM}\s*(?:h|hrs?|hours?|小时|时)\s*)?(?:${NUM}\s*(?:m|mins?|minutes?|分钟|分)\s*)?(?:${NUM}\s*(?:s|secs?|seconds?|秒钟?))?$`,
  'i',
);

/** Excel stores a time of day as a fraction of a day. */
const fromDayFraction = (n: number) => (n > 0 && n < 1 ? n * 86_400 : n);

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
  if (isBlank(v)) return fail('the duration is empty');
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
  let t = d.getTime();
  if (Number.isNaN(t)) return notDuration(d);
  if (t % 1000 !== 0) t = Math.round(t / 1000) * 1000;
  const day = utcDateToDay(new Date(t));
  if (day !== '1899-12-30' && day !== '1899-12-31') {
    return fail(`${quote(d)} is a date, not a duration; write seconds (143) or mm:ss (2:23)`);
  }
  return ok(Math.round((t - Date.parse(`${day}T00:00:00Z`)) / 1000));
}

// ---------------------------------------------------------------------------------------------
// Numbers and percentages

const notNumber = (v: CellValue) => fail(`${quote(v)} is not a number`);
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** A number: numeric cells, or text such as ` 12 `, `1,234`, `12.5`. */
export function parseNumber(v: CellValue): Parsed<number> {
  if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : notNumber(v);
  if (isBlank(v)) return fail('the number is empty');
  if (typeof v !== 'string') return notNumber(v);
  const s = clean(v);
  if (PLAIN.test(s)) return ok(+s);
  if (GROUPED.test(s)) return ok(+s.replace(/,/g, ''));
  return notNumber(v);
}

/** Drops float noise from scaling (0.925 × 100 = 92.50000000000001). */
const tidy = (n: number) => Math.round(n * 1e9) / 1e9;

const PERCENT_HINT = 'write 92%, 0.92 or 92';

/**
 * A percentage on a 0–100 scale. `92%` is 92; a bare number up to 1 is a fraction (0.92 → 92,
 * so 1 → 100), a larger one is already a percentage (92 → 92). Outside 0–100 is an error.
 */
export function parsePercent(v: CellValue): Parsed<number> {
  let value: number;
  if (typeof v === 'string' && /[%％]\s*$/.test(v)) {
    const n = parseNumber(v.trim().replace(/[%％]$/, ''));
    if (!n.ok) return fail(`${quote(v)} is not a percentage; ${PERCENT_HINT}`);
    value = n.value;
  } else {
    const n = parseNumber(v);
    if (!n.ok) return fail(isBlank(v) ? 'the percentage is empty' : `${quote(v)} is not a percentage; ${PERCENT_HINT}`);
    value = n.value >= 0 && n.value <= 1 ? n.value * 100 : n.value;
  }
  value = tidy(value);
  if (value < 0 || value > 100) return fail(`${quote(v)} is not a percentage between 0 and 100`);
  return ok(value);
}

function nonNegative(v: CellValue, what: string, example: number): Parsed<number> {
  const n = parseNumber(v);
  if (!n.ok) return fail(isBlank(v) ? `the ${what} is empty` : `${quote(v)} is not a ${what}; write a number such as ${example}`);
  if (n.value < 0) return fail(`${quote(v)} is negative; the ${what} must be 0 or more`);
  return n;
}

/** A QA score as written (not scaled); a trailing `%` is allowed. */
function parseScore(v: CellValue): Parsed<number> {
  return nonNegative(typeof v === 'string' ? v.trim().replace(/[%％]$/, '') : v, 'score', 92);
}

/**
 * The value of a numeric metric cell, or undefined when it is out of range: the allocation-free
 * hot path of KPI reading, with the same results as parseMetric.
 */
export function metricOfNumber(metric: MetricId, n: number): number | undefined {
  if (!Number.isFinite(n)) return undefined;
  switch (metric) {
    case 'aht':
      return n >= 0 ? Math.round(fromDayFraction(n)) : undefined;
    case 'calls':
    case 'qa':
      return n >= 0 ? n : undefined;
    default: {
      const pct = tidy(n >= 0 && n <= 1 ? n * 100 : n);
      return pct >= 0 && pct <= 100 ? pct : undefined;
    }
  }
}

/** A metric in its unit: AHT in seconds, rates on 0–100, QA as a score, calls as a count. */
export function parseMetric(metric: MetricId, v: CellValue): Parsed<number> {
  if (typeof v === 'number') {
    const value = metricOfNumber(metric, v);
    if (value !== undefined) return ok(value);
  }
  switch (metric) {
    case 'aht':
      return parseDuration(v);
    case 'calls':
      return nonNegative(v, 'count', 120);
    case 'qa':
      return parseScore(v);
    default:
      return parsePercent(v);
  }
}

// ---------------------------------------------------------------------------------------------
// Words: status and lead flags

/** Case-, width-, space- and punctuation-insensitive form of a word ("On-Leave" → "onleave"). */
const wordKey = (v: CellValue) => parseText(v).normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function wordTable<T extends string>(groups: Record<T, readonly string[]>): Map<string, T> {
  const table = new Map<string, T>();
  for (const [value, words] of Object.entries(groups) as [T, readonly string[]][]) {
    for (const w of words) table.set(wordKey(w), value);
  }
  return table;
}

export const STATUS_WORDS: Record<Status, readonly string[]> = {
  active: ['Active', 'Employed', 'Working', 'Probation', 'Future Start', '在职', '在岗', '正式', '正式员工', '试用', '试用期'],
  leave: [
    'On leave', 'Leave', 'Leave of Absence', 'LOA', 'Maternity Leave', 'Sick Leave', '休假', '休假中', '请假', '产假',
    '病假', '长假', '停薪留职',
  ],
  notice: [
    'Notice', 'Notice given', 'On notice', 'Serving notice', 'Notice period', 'Resigning', '已提离职', '待离职',
    '离职中', '已提出离职', '离职申请中',
  ],
  left: [
    'Left', 'Terminated', 'Voluntarily Terminated', 'Terminated for Cause', 'Resigned', 'Inactive', 'Quit',
    'Separated', 'Dismissed', 'Retired', 'Former', '离职', '已离职', '辞职', '已辞职', '辞退', '开除', '退休',
  ],
};

export const FLAG_WORDS: Record<LeadFlag, readonly string[]> = {
  mood: ['mood', 'Mood change', 'Mood swing', 'Low mood', 'Morale', 'Low morale', '情绪变化', '情绪波动', '情绪低落', '情绪', '情绪问题'],
  resign: [
    'resign', 'Resignation intent', 'Resignation', 'Resignation risk', 'Flight risk', 'Wants to leave',
    '有离职倾向', '离职倾向', '离职意向', '有离职意向', '想离职', '离职风险',
  ],
};

/** Flag cells that say "nothing to report". */
const NO_FLAG_WORDS = ['no', 'none', 'normal', 'ok', 'n/a', '无', '否', '没有', '正常'];

const STATUSES = wordTable(STATUS_WORDS);
const FLAGS = wordTable(FLAG_WORDS);
const NO_FLAGS = new Set(NO_FLAG_WORDS.map(wordKey));

export function parseStatus(v: CellValue): Parsed<Status> {
  const status = STATUSES.get(wordKey(v));
  return status
    ? ok(status)
    : fail(`${quote(v)} is not a known status; use Active, On leave, Notice or Left (在职, 休假, 已提离职, 离职)`);
}

export function parseFlag(v: CellValue): Parsed<LeadFlag> {
  const flag = FLAGS.get(wordKey(v));
  return flag
    ? ok(flag)
    : fail(`${quote(v)} is not a known lead flag; use Mood change or Resignation intent (情绪变化, 有离职倾向)`);
}

/** A flag cell that is blank or says there is nothing to report (`No`, `None`, `无`, `正常`). */
export function isNoFlag(v: CellValue): boolean {
  if (isBlank(v)) return true;
  const key = wordKey(v);
  return key === '' || NO_FLAGS.has(key);
}
