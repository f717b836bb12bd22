import { TalksError } from '../errors.js';
import { excelSerialToDay, makeDay, utcDateToDay } from '../model/day.js';
import type { Day, Warning } from '../model/types.js';
import type { Calendar } from './calendar.js';
import { calendarRowText } from '../text/warnings-more.js';

export type CalendarCell = string | number | boolean | Date | null;
export interface CalendarRow {
  row: number;
  cells: CalendarCell[];
}
type DayKind = 'holiday' | 'workday';
export interface CalendarEntry {
  day: Day;
  kind: DayKind;
}
export interface CalendarFileLocation {
  file: string;
  sheet?: string;
}

/** Header and value aliases, compared lower-case with spaces removed. */
const DATE_HEADERS = ['date', 'day', '日期'];
const TYPE_HEADERS = ['type', 'kind', '类型'];
const KINDS: Record<string, DayKind> = {
  holiday: 'holiday', off: 'holiday', dayoff: 'holiday', 假日: 'holiday', 休: 'holiday', 休息日: 'holiday', 节假日: 'holiday',
  workday: 'workday', workingday: 'workday', work: 'workday', 班: 'workday', 上班: 'workday', 工作日: 'workday', 补班: 'workday',
};

function normalize(cell: CalendarCell): string {
  // Stryker disable next-line Regex: removing each space or each run of spaces leaves the same text
  return typeof cell === 'string' ? cell.replace(/\s+/g, '').toLowerCase() : '';
}

function isBlank(cell: CalendarCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

const TEXT_DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;

/** YYYY-MM-DD, YYYY/M/D (and - . 年月日 variants), a Date (its UTC day) or an Excel serial. */
export function parseCalendarDate(cell: CalendarCell): Day | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : utcDateToDay(cell);
  if (typeof cell === 'number') return excelSerialToDay(cell);
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  if (SERIAL.test(text)) return excelSerialToDay(Number(text));
  const m = TEXT_DATE.exec(text);
  return m ? makeDay(+m[1], +m[2], +m[3]) : undefined;
}

interface Header {
  index: number;
  date: number;
  type: number;
  names: CalendarCell[];
}

function findHeader(rows: CalendarRow[]): Header | undefined {
  for (const [index, { cells }] of rows.entries()) {
    const keys = cells.map(normalize);
    const date = keys.findIndex((k) => DATE_HEADERS.includes(k));
    if (date >= 0) return { index, date, type: keys.findIndex((k) => TYPE_HEADERS.includes(k)), names: cells };
  }
  return undefined;
}

type RowResult = { entry: CalendarEntry } | { problem: Record<string, string>; column: number };

function readRow(cells: CalendarCell[], header: Header): RowResult {
  const dateCell = cells[header.date] ?? null;
  const day = parseCalendarDate(dateCell);
  if (!day) {
    const problem: Record<string, string> = isBlank(dateCell) ? { problem: 'date-empty' } : { problem: 'not-date', value: String(dateCell) };
    return { problem, column: header.date };
  }
  if (header.type < 0) return { entry: { day, kind: 'holiday' } };
  const typeCell = cells[header.type] ?? null;
  const kind = KINDS[normalize(typeCell)];
  if (kind) return { entry: { day, kind } };
  return { problem: { problem: 'bad-type', day, value: isBlank(typeCell) ? '' : String(typeCell) }, column: header.type };
}

/**
 * A user calendar sheet: a header row with a date column and an optional type column
 * (without one, every date is a holiday). Rows above the header are titles and are skipped.
 * An unreadable row becomes a warning and is skipped; a later row for the same day wins.
 */
export function parseCalendarRows(
  rows: CalendarRow[],
  loc: CalendarFileLocation,
): { entries: CalendarEntry[]; warnings: Warning[] } {
  const header = findHeader(rows);
  if (!header) {
    throw new TalksError('calendar-no-date-column', `No Date column found in the calendar file ${loc.file}.`, {
      ...loc,
      args: { file: loc.file },
      hint: 'Add a header row with a "Date" column (日期) and, for working days, a "Type" column (类型) holding holiday or workday.',
    });
  }
  const byDay = new Map<Day, CalendarEntry>();
  const warnings: Warning[] = [];
  for (const { row, cells } of rows.slice(header.index + 1)) {
    if (cells.every(isBlank)) continue;
    const result = readRow(cells, header);
    if ('entry' in result) {
      byDay.set(result.entry.day, result.entry);
    } else {
      const column = String(header.names[result.column]).trim();
      warnings.push({ code: 'bad-calendar-row', message: calendarRowText('en', result.problem), args: result.problem, ...loc, row, column });
    }
  }
  // Stryker disable next-line EqualityOperator: the days are distinct (one entry per day), so < and <= order them alike
  return { entries: [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1)), warnings };
}

/** `base` with the user's entries on top: an entry decides its day, the base decides the rest. */
export function layered(base: Calendar, entries: CalendarEntry[]): Calendar {
  const kinds = new Map(entries.map((e) => [e.day, e.kind]));
  return {
    name: `${base.name}+file`,
    isWorkingDay(day) {
      const kind = kinds.get(day);
      return kind ? kind === 'workday' : base.isWorkingDay(day);
    },
  };
}
