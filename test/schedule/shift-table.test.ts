import { describe, expect, it } from 'vitest';
import { weekdaysCalendar } from '../../src/calendar/weekdays.js';
import type { Calendar } from '../../src/calendar/calendar.js';
import type { Agent } from '../../src/model/types.js';
import type { ShiftEntry } from '../../src/model/shift.js';
import { buildShiftTable, type ShiftSources } from '../../src/schedule/shift-table.js';

const week = { start: '2026-11-23', end: '2026-11-29' };
const everyDay: Calendar = { name: 'every day', isWorkingDay: () => true };

function agent(id: string, shift?: string): Agent {
  return { id, name: id, team: 'T', lead: 'L', hireDate: '2020-01-06', status: 'active', shift, source: { file: 'roster.csv', row: 2 } };
}
const entry = (agentId: string, day: string, name: string, row = 2): ShiftEntry => ({ agentId, day, name, source: { file: 'wfm.csv', row } });
const build = (over: Partial<ShiftSources>) => buildShiftTable({ agents: [], names: {}, rosterColumn: false, calendar: weekdaysCalendar(), week, ...over });
const days = (t: ReturnType<typeof build>, id: string) => Object.fromEntries(t.table?.get(id) ?? []);

describe('buildShiftTable: every agent’s shifts in the week', () => {
  it('no shift data at all: no table; a file with no rows or a roster column: a table', () => {
    expect(build({})).toEqual({ warnings: [] });
    expect(build({ entries: [] }).table).toEqual(new Map());
    expect(build({ rosterColumn: true, agents: [agent('A')] }).table).toEqual(new Map());
  });

  it('rows from the evening before the week to its last day; names from the config, in any case', () => {
    const t = build({
      names: { Early: ['06:30', '15:05'] },
      entries: [entry('A', '2026-11-21', ' early '), entry('A', '2026-11-22', 'EARLY'), entry('A', '2026-11-29', '09:00-18:00'), entry('A', '2026-11-30', '09:00-18:00')],
    });
    expect(days(t, 'A')).toEqual({ '2026-11-22': [{ start: 390, end: 905 }], '2026-11-29': [{ start: 540, end: 1080 }] });
  });

  it('two shifts on one day (a split shift) are both kept', () => {
    const t = build({ entries: [entry('A', '2026-11-24', '08:00-12:00'), entry('A', '2026-11-24', '16:00-20:00')] });
    expect(days(t, 'A')).toEqual({ '2026-11-24': [{ start: 480, end: 720 }, { start: 960, end: 1200 }] });
  });

  it('a shift it cannot read is left out and named once, at its first row', () => {
    const t = build({ entries: [entry('A', '2026-11-24', 'Late', 5), entry('B', '2026-11-25', 'Late', 9)], agents: [agent('C', 'Late')], rosterColumn: true });
    expect(t.table).toEqual(new Map());
    expect(t.warnings.map((w) => [w.code, w.args, w.file, w.row])).toEqual([['unknown-shift', { name: 'Late' }, 'wfm.csv', 5]]);
  });

  it("the roster's shift holds on each working day from the evening before to the week's end; a file row wins for its agent", () => {
    const t = build({ rosterColumn: true, calendar: everyDay, agents: [agent('R', '09:00-18:00'), agent('F', '09:00-18:00'), agent('NONE')], entries: [entry('F', '2026-11-24', '10:00-19:00')] });
    expect(Object.keys(days(t, 'R'))).toEqual(['2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(days(t, 'F')).toEqual({ '2026-11-24': [{ start: 600, end: 1140 }] });
    expect(t.table?.has('NONE')).toBe(false);
    const weekdays = build({ rosterColumn: true, agents: [agent('R', '09:00-18:00')] });
    expect(Object.keys(days(weekdays, 'R'))).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']);
  });
});
