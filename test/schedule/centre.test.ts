import { describe, expect, it } from 'vitest';
import { weekdaysCalendar } from '../../src/calendar/weekdays.js';
import type { Talk } from '../../src/model/types.js';
import { scheduleCentre, type ManagerWeek } from '../../src/schedule/centre.js';
import { buildShiftTable } from '../../src/schedule/shift-table.js';
import { Availability } from '../../src/schedule/shifts.js';
import { scheduleWeek } from '../../src/schedule/schedule.js';
import { settings, talk } from './helpers.js';

const week = { start: '2026-11-23', end: '2026-11-29' };
const calendar = weekdaysCalendar();
const routine = (ids: string[], extra: Partial<Talk> = {}) => ids.map((id) => talk(id, 'routine', '2026-11-01', extra));

function manager(name: string, ids: string[], over: Partial<ManagerWeek> & { s?: Parameters<typeof settings>[0] } = {}): ManagerWeek {
  const { s, ...rest } = over;
  return { manager: name, candidates: routine(ids), blocked: [], settings: settings(s), sharedRooms: false, ...rest };
}

const at = (t: Talk) => `${t.date} ${t.start} ${t.location}`;

describe('scheduleCentre: one week per manager', () => {
  it("keeps each manager's own capacity and per-day limit", () => {
    const ids = (p: string) => Array.from({ length: 12 }, (_, i) => `${p}${i}`);
    const [a, b] = scheduleCentre({
      managers: [manager('A', ids('A'), { s: { capacity: 4, perDay: 1 } }), manager('B', ids('B'), { s: { capacity: 7 } })],
      today: week.start,
      week,
      calendar,
    });
    expect(a.talks).toHaveLength(4);
    expect(new Set(a.talks.map((t) => t.date)).size).toBe(4);
    expect(a.backlog).toHaveLength(8);
    expect(b.talks).toHaveLength(7);
    expect(b.talks.every((t) => t.agentId.startsWith('B'))).toBe(true);
  });

  it('two managers with their own rooms talk at the same time; sharing one room, never', () => {
    const own = scheduleCentre({
      managers: [manager('A', ['A1'], { s: { rooms: ['Room 1'] } }), manager('B', ['B1'], { s: { rooms: ['Room 1'] } })],
      today: week.start,
      week,
      calendar,
    });
    expect(own.map((r) => at(r.talks[0]))).toEqual(['2026-11-23 10:00 Room 1', '2026-11-23 10:00 Room 1']);

    const shared = scheduleCentre({
      managers: [
        manager('A', ['A1', 'A2'], { sharedRooms: true, s: { rooms: ['Room 1'] } }),
        manager('B', ['B1', 'B2'], { sharedRooms: true, s: { rooms: ['Room 1', 'Room 2'] } }),
      ],
      today: week.start,
      week,
      calendar,
    });
    const all = shared.flatMap((r) => r.talks);
    const room1 = all.filter((t) => t.location === 'Room 1').map((t) => `${t.date} ${t.start}`);
    expect(new Set(room1).size).toBe(room1.length);
    // A takes Room 1 on Monday 10:00; B's first talk then goes to Room 2 at the same time.
    expect(shared[0].talks.map(at)).toContain('2026-11-23 10:00 Room 1');
    expect(shared[1].talks.map(at)).toContain('2026-11-23 10:00 Room 2');
  });

  it('a manager whose only room is taken at every free time gets "rooms busy"', () => {
    const [, b] = scheduleCentre({
      managers: [
        manager('A', Array.from({ length: 25 }, (_, i) => `A${i}`), { sharedRooms: true, s: { rooms: ['Room 1'], capacity: 25, perDay: 5 } }),
        manager('B', ['B1'], { sharedRooms: true, s: { rooms: ['Room 1'] } }),
      ],
      today: week.start,
      week,
      calendar,
    });
    expect(b.talks).toEqual([]);
    expect(b.backlog[0].backlogReason).toBe('rooms-busy');
  });
});

describe('fair spread', () => {
  it("spreads a team lead's agents over the week; another lead's agents fill the same days", () => {
    const north = routine(['N1', 'N2', 'N3'], { lead: 'North' });
    const south = routine(['S1', 'S2'], { lead: 'South' });
    const { talks } = scheduleWeek({ candidates: [...north, ...south], blocked: [], today: week.start, week, calendar, settings: settings() });
    const days = (lead: string) => talks.filter((t) => t.lead === lead).map((t) => t.date);
    expect(new Set(days('North')).size).toBe(3);
    expect(new Set(days('South')).size).toBe(2);
    // Five talks, five days: one a day rather than three on Monday and two on Tuesday.
    expect(new Set(talks.map((t) => t.date)).size).toBe(5);
  });

  it('puts two agents of one lead on one day only when no other day is left', () => {
    const tight = routine(['N1', 'N2', 'N3'], { lead: 'North', due: '2026-11-24' });
    const { talks } = scheduleWeek({ candidates: tight, blocked: [], today: '2026-11-26', week, calendar, settings: settings({ perDay: 2 }) });
    expect(talks.map((t) => t.date)).toEqual(['2026-11-26', '2026-11-26', '2026-11-27']);
  });

  it('a lead flag still takes the earliest slot', () => {
    const { talks } = scheduleWeek({
      candidates: [...routine(['R1', 'R2']), talk('L', 'lead-flag', '2026-11-25')],
      blocked: [],
      today: week.start,
      week,
      calendar,
      settings: settings(),
    });
    expect(talks.find((t) => t.agentId === 'L')).toMatchObject({ date: '2026-11-23', start: '10:00' });
  });
});

describe('shifts', () => {
  const agents = ['NIGHT', 'SUNDAY', 'OFF', 'WED', 'LATE'].map((id) => ({ id, name: id, team: '', lead: '', hireDate: '2020-01-01', status: 'active' as const, source: { file: 'r.csv', row: 2 } }));
  const entry = (agentId: string, day: string, name: string) => ({ agentId, day, name, source: { file: 'wfm.csv', row: 2 } });
  // Built in each test, not at collection time, so that mutants of the shift table are seen.
  const built = () => buildShiftTable({
    agents: agents.map((a) => (a.id === 'NIGHT' ? { ...a, shift: '夜班' } : a.id === 'LATE' ? { ...a, shift: '18:00-22:00' } : a)),
    entries: [entry('SUNDAY', '2026-11-22', '22:00-07:00'), entry('WED', '2026-11-25', '09:00-13:00'), entry('WED', '2026-12-02', '09:00-18:00')],
    names: { 夜班: ['22:00', '07:00'] },
    rosterColumn: true,
    calendar,
    week,
  });
  const night = settings({ hours: [['06:00', '08:00'], ['22:00', '23:45']] });
  const run = (s = settings()) =>
    scheduleWeek({ candidates: routine(agents.map((a) => a.id)), blocked: [], today: week.start, week, calendar, settings: s, availability: new Availability(built().table) });

  it('maps shift names from the config and reads time ranges', () => {
    const { table, warnings } = built();
    expect(warnings).toEqual([]);
    expect(table!.get('NIGHT')!.get('2026-11-23')).toEqual([{ start: 22 * 60, end: 7 * 60 }]);
    expect(table!.get('NIGHT')!.has('2026-11-28')).toBe(false);
  });

  it('a night shift: the talk is at night, or in the morning after a shift that began the evening before', () => {
    const { talks } = run(night);
    expect(talks.find((t) => t.agentId === 'NIGHT')).toMatchObject({ date: '2026-11-23', start: '22:00' });
    // Sunday's 22:00–07:00 shift runs into Monday: 06:00 on Monday is inside it.
    expect(talks.find((t) => t.agentId === 'SUNDAY')).toMatchObject({ date: '2026-11-23', start: '06:00', end: '06:45' });
  });

  it('an agent without a shift all week goes to the backlog saying so; a shift outside the hours too', () => {
    const { talks, backlog } = run();
    expect(talks.find((t) => t.agentId === 'WED')).toMatchObject({ date: '2026-11-25' });
    expect(Object.fromEntries(backlog.map((t) => [t.agentId, t.backlogReason]))).toEqual({ OFF: 'no-shift', NIGHT: 'outside-shift', SUNDAY: 'outside-shift', LATE: 'outside-shift' });
  });

  it('names a shift it cannot read once', () => {
    const r = buildShiftTable({ agents: [{ ...agents[0], shift: '早班' }, { ...agents[1], shift: '早班' }], names: {}, rosterColumn: true, calendar, week });
    expect(r.warnings.map((w) => [w.code, w.args?.name, w.row])).toEqual([['unknown-shift', '早班', 2]]);
  });
});
