import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdaysCalendar } from '../../src/calendar/weekdays.js';
import { addDays } from '../../src/model/day.js';
import { RULE_IDS } from '../../src/model/types.js';
import { scheduleCentre, type ManagerWeek } from '../../src/schedule/centre.js';
import { Availability, type ShiftTable } from '../../src/schedule/shifts.js';
import { settings, talk } from './helpers.js';

const MONDAY = '2026-11-23';
const week = { start: MONDAY, end: addDays(MONDAY, 6) };
const ROOMS = ['Room A', 'Room B', 'Room C'];

/** A shift per agent on some days of the week (from the Sunday before): start hour, length, night or day. */
const shiftArb = fc.record({
  days: fc.subarray([-1, 0, 1, 2, 3, 4, 5, 6]),
  start: fc.integer({ min: 0, max: 47 }).map((h) => h * 30),
  hours: fc.integer({ min: 2, max: 12 }),
});

const managerArb = fc.record({
  agents: fc.array(fc.record({ rule: fc.constantFrom(...RULE_IDS), due: fc.integer({ min: -20, max: 20 }), lead: fc.constantFrom('L1', 'L2', 'L3'), shift: fc.option(shiftArb) }), { maxLength: 15 }),
  capacity: fc.integer({ min: 1, max: 12 }),
  perDay: fc.integer({ min: 1, max: 5 }),
  rooms: fc.subarray(ROOMS, { minLength: 1 }),
  shared: fc.boolean(),
  night: fc.boolean(),
});

const toMinutes = (t: string) => +t.slice(0, 2) * 60 + +t.slice(3);

describe('scheduleCentre invariants with shifts and managers', () => {
  it('no talk outside a shift, never over a manager’s capacity or per-day limit, no room or manager double-booked', () => {
    fc.assert(
      fc.property(fc.array(managerArb, { minLength: 1, maxLength: 4 }), fc.boolean(), (gens, withShifts) => {
        const table: ShiftTable = new Map();
        const shiftOf = new Map<string, { day: string; from: number; to: number }[]>();
        const managers: ManagerWeek[] = gens.map((g, m) => ({
          manager: `M${m}`,
          candidates: g.agents.map((a, i) => {
            const id = `M${m}-${i}`;
            if (a.shift) {
              const spans = a.shift.days.map((d) => ({ day: addDays(MONDAY, d), from: a.shift!.start, to: a.shift!.start + a.shift!.hours * 60 }));
              shiftOf.set(id, spans);
              table.set(id, new Map(spans.map((s) => [s.day, [{ start: s.from, end: s.to % 1440 }]])));
            }
            return talk(id, a.rule, addDays(MONDAY, a.due), { lead: a.lead });
          }),
          blocked: [],
          settings: settings({ capacity: g.capacity, perDay: g.perDay, rooms: g.rooms, hours: g.night ? [['00:00', '06:00'], ['20:00', '23:45']] : [['08:00', '12:00'], ['13:00', '18:00']] }),
          sharedRooms: g.shared,
        }));
        const results = scheduleCentre({ managers, today: MONDAY, week, calendar: weekdaysCalendar(), availability: withShifts ? new Availability(table) : undefined });

        const roomUse: { key: string; day: string; from: number; to: number }[] = [];
        results.forEach((r, m) => {
          const s = managers[m].settings;
          expect(r.talks.length).toBeLessThanOrEqual(s.capacity);
          const mine = r.talks.map((t) => ({ day: t.date!, from: toMinutes(t.start!), to: toMinutes(t.end!), t }));
          for (const day of new Set(mine.map((x) => x.day))) expect(mine.filter((x) => x.day === day).length).toBeLessThanOrEqual(s.perDay);
          for (const [i, a] of mine.entries()) {
            for (const b of mine.slice(i + 1)) expect(a.day === b.day && a.from < b.to && b.from < a.to).toBe(false);
            expect(a.t.agentId.startsWith(`M${m}-`)).toBe(true);
            roomUse.push({ key: managers[m].sharedRooms ? a.t.location! : `M${m}/${a.t.location}`, day: a.day, from: a.from, to: a.to });
            if (!withShifts) continue;
            // Inside a shift that starts that day, or the tail of one that started the day before.
            const spans = shiftOf.get(a.t.agentId) ?? [];
            const inside = spans.some(
              (sp) => (sp.day === a.day && sp.from <= a.from && a.to <= sp.to) || (sp.day === addDays(a.day, -1) && sp.to > 1440 && a.to <= sp.to - 1440),
            );
            expect(inside).toBe(true);
          }
          if (withShifts) {
            for (const b of r.backlog) if (!shiftOf.has(b.agentId)) expect(b.backlogReason === 'no-shift' || b.backlogReason === 'capacity').toBe(true);
          }
        });
        for (const [i, a] of roomUse.entries()) {
          for (const b of roomUse.slice(i + 1)) expect(a.key === b.key && a.day === b.day && a.from < b.to && b.from < a.to).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
