import { describe, expect, it } from 'vitest';
import { workingDaysIn } from '../../src/calendar/days.js';
import { cnCalendar } from '../../src/calendar/cn.js';
import { layered, parseCalendarDate, parseCalendarRows, type CalendarRow } from '../../src/calendar/user.js';
import { weekdaysCalendar } from '../../src/calendar/weekdays.js';
import { TalksError } from '../../src/errors.js';

const loc = { file: 'calendar.xlsx', sheet: 'Days' };

function rows(...cells: CalendarRow['cells'][]): CalendarRow[] {
  return cells.map((c, i) => ({ row: i + 1, cells: c }));
}

describe('parseCalendarDate', () => {
  it.each([
    ['2026-11-28', '2026-11-28'],
    ['2026/11/8', '2026-11-08'],
    ['2026/1/2', '2026-01-02'],
    ['2026-1-2', '2026-01-02'],
    ['2026年10月1日', '2026-10-01'],
    [' 2026-11-28 ', '2026-11-28'],
    ['2026-11-28 00:00:00', '2026-11-28'],
    ['2026-11-28T08:00', '2026-11-28'],
    ['46354.25', '2026-11-28'],
    ['x2026-11-28', undefined],
    ['2026-11-289', undefined],
    ['2026-11-28x', undefined],
    ['46354x', undefined],
    ['x46354', undefined],
    [new Date(Date.UTC(2026, 10, 28)), '2026-11-28'],
    [46354, '2026-11-28'],
    ['46354', '2026-11-28'],
    [45658, '2025-01-01'],
    ['2026-02-30', undefined],
    ['28/11/2026', undefined],
    ['tomorrow', undefined],
    ['', undefined],
    [true, undefined],
    [null, undefined],
    [new Date(Number.NaN), undefined],
  ])('%j → %s', (cell, expected) => {
    expect(parseCalendarDate(cell)).toBe(expected);
  });
});

describe('parseCalendarRows', () => {
  it.each([
    ['holiday', 'holiday'],
    ['Holiday', 'holiday'],
    ['off', 'holiday'],
    ['假日', 'holiday'],
    ['休', 'holiday'],
    ['休息日', 'holiday'],
    ['workday', 'workday'],
    ['Working day', 'workday'],
    ['WORK', 'workday'],
    ['班', 'workday'],
    ['上班', 'workday'],
    ['工作日', 'workday'],
    ['Day off', 'holiday'],
    ['节假日', 'holiday'],
    ['补班', 'workday'],
  ])('type %s → %s', (type, kind) => {
    const { entries, warnings } = parseCalendarRows(rows(['Date', 'Type'], ['2026-11-28', type]), loc);
    expect(entries).toEqual([{ day: '2026-11-28', kind }]);
    expect(warnings).toEqual([]);
  });

  it('skips title rows, finds Chinese headers in any column, and sorts by day', () => {
    const { entries, warnings } = parseCalendarRows(
      rows(['2026 公司日历', null], [], ['说明', '日期', '类型'], ['周六上班', '2026/11/28', '上班'], ['', '2026-11-23', '休']),
      loc,
    );
    expect(entries).toEqual([
      { day: '2026-11-23', kind: 'holiday' },
      { day: '2026-11-28', kind: 'workday' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('a file with only a date column lists holidays', () => {
    const { entries } = parseCalendarRows(rows(['Date'], [46354], [new Date(Date.UTC(2026, 11, 24))]), loc);
    expect(entries).toEqual([
      { day: '2026-11-28', kind: 'holiday' },
      { day: '2026-12-24', kind: 'holiday' },
    ]);
  });

  it('accepts Kind as the type header', () => {
    const { entries } = parseCalendarRows(rows([' KIND ', ' date '], ['work', '2026-11-28']), loc);
    expect(entries).toEqual([{ day: '2026-11-28', kind: 'workday' }]);
  });

  it('warns about unreadable rows with their location and skips them', () => {
    const { entries, warnings } = parseCalendarRows(
      rows(['Date', 'Type'], ['2026-13-01', 'holiday'], ['2026-11-23', 'maybe'], [null, 'holiday'], ['2026-11-24', null], [null, null], ['2026-11-25', 'off']),
      loc,
    );
    expect(entries).toEqual([{ day: '2026-11-25', kind: 'holiday' }]);
    expect(warnings.map((w) => [w.code, w.file, w.sheet, w.row, w.column])).toEqual([
      ['bad-calendar-row', 'calendar.xlsx', 'Days', 2, 'Date'],
      ['bad-calendar-row', 'calendar.xlsx', 'Days', 3, 'Type'],
      ['bad-calendar-row', 'calendar.xlsx', 'Days', 4, 'Date'],
      ['bad-calendar-row', 'calendar.xlsx', 'Days', 5, 'Type'],
    ]);
    expect(warnings.map((w) => w.args)).toEqual([
      { problem: 'not-date', value: '2026-13-01' },
      { problem: 'bad-type', day: '2026-11-23', value: 'maybe' },
      { problem: 'date-empty' },
      { problem: 'bad-type', day: '2026-11-24', value: '' },
    ]);
    expect(warnings[0].message).toMatch(/"2026-13-01" is not a date; write it as YYYY-MM-DD/);
    expect(warnings[1].message).toMatch(/write holiday or workday/);
  });

  it('a later row for the same day wins', () => {
    const { entries } = parseCalendarRows(rows(['Date', 'Type'], ['2026-11-28', 'holiday'], ['2026-11-28', 'workday']), loc);
    expect(entries).toEqual([{ day: '2026-11-28', kind: 'workday' }]);
  });

  it('a file without a date column is an error that says how to fix it', () => {
    const run = () => parseCalendarRows(rows(['When', 'What'], ['2026-11-28', 'holiday']), loc);
    expect(run).toThrow(TalksError);
    expect(run).toThrow(/No Date column/);
    expect(run).toThrow(expect.objectContaining({ code: 'calendar-no-date-column', file: 'calendar.xlsx', sheet: 'Days', args: { file: 'calendar.xlsx' }, hint: expect.stringMatching(/"Date" column.*"Type" column/) }));
  });

  it('a header of other words is not a header: the rows above it are titles', () => {
    const { entries } = parseCalendarRows(rows(['Holidays 2026', 7], ['Day', 'Kind'], ['2026-11-28', 'work']), loc);
    expect(entries).toEqual([{ day: '2026-11-28', kind: 'workday' }]);
  });

  it('cells of spaces are blank: such a row is skipped, such a date is empty; the column is named as its header reads', () => {
    const { entries, warnings } = parseCalendarRows(rows([' Date ', 'Type'], ['  ', ' \t'], [' ', 'holiday'], ['2026-11-25', 'off']), loc);
    expect(entries).toEqual([{ day: '2026-11-25', kind: 'holiday' }]);
    expect(warnings.map((w) => [w.row, w.column, w.args])).toEqual([[3, 'Date', { problem: 'date-empty' }]]);
  });
});

describe('layered', () => {
  it('a Saturday made a workday and a Monday made a holiday', () => {
    const file = parseCalendarRows(rows(['Date', 'Type'], ['2026-11-28', 'workday'], ['2026-11-23', 'holiday']), loc);
    const cal = layered(weekdaysCalendar(), file.entries);
    expect(cal.name).toBe('weekdays+file');
    expect(workingDaysIn(cal, '2026-11-23', '2026-11-29')).toEqual([
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
    ]);
  });

  it('keeps the base for other days', () => {
    const cal = layered(cnCalendar(), [{ day: '2026-10-05', kind: 'workday' }]);
    expect(workingDaysIn(cal, '2026-10-05', '2026-10-11')).toEqual(['2026-10-05', '2026-10-08', '2026-10-09', '2026-10-10']);
  });
});
