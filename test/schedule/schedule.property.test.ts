import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cnCalendar } from '../../src/calendar/cn.js';
import { layered } from '../../src/calendar/user.js';
import { weekdaysCalendar } from '../../src/calendar/weekdays.js';
import { addDays } from '../../src/model/day.js';
import { RULE_IDS, type Talk } from '../../src/model/types.js';
import { compareTalks } from '../../src/schedule/order.js';
import { scheduleWeek, type ScheduleInput } from '../../src/schedule/schedule.js';
import { weekFor } from '../../src/schedule/week.js';
import { settings, talk } from './helpers.js';

/** Mondays around ordinary weeks, the 2026 Spring Festival and National Day. */
const MONDAYS = ['2026-11-23', '2026-02-09', '2026-02-16', '2026-09-28', '2026-10-05', '2026-12-28'];

const talkArb = (monday: string) =>
  fc.record({
    rule: fc.constantFrom(...RULE_IDS),
    due: fc.integer({ min: -30, max: 40 }).map((n) => addDays(monday, n)),
    core: fc.boolean(),
    leave: fc.boolean(),
  });

const inputArb = fc.constantFrom(...MONDAYS).chain((monday) =>
  fc.record({
    monday: fc.constant(monday),
    todayOffset: fc.integer({ min: -4, max: 9 }),
    talks: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 99 }), talkArb(monday)), {
      maxLength: 30,
      selector: ([id]) => id,
    }),
    capacity: fc.integer({ min: 0, max: 15 }),
    perDay: fc.integer({ min: 0, max: 6 }),
    talkMinutes: fc.integer({ min: 30, max: 60 }),
    gapMinutes: fc.integer({ min: 0, max: 30 }),
    pullForwardDays: fc.integer({ min: 0, max: 21 }),
    rooms: fc.array(fc.constantFrom('Room A', 'Room B', 'Room C'), { maxLength: 3 }),
    base: fc.constantFrom('weekdays', 'cn'),
    overrides: fc.array(
      fc.record({ offset: fc.integer({ min: -2, max: 9 }), kind: fc.constantFrom('holiday' as const, 'workday' as const) }),
      { maxLength: 5 },
    ),
  }),
);

type Generated = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;

function toInput(g: Generated): ScheduleInput {
  const week = weekFor(g.monday);
  const base = g.base === 'cn' ? cnCalendar() : weekdaysCalendar();
  const calendar = layered(
    base,
    g.overrides.map((o) => ({ day: addDays(g.monday, o.offset), kind: o.kind })),
  );
  const all = g.talks.map(([id, t]) =>
    talk(`A${String(id).padStart(3, '0')}`, t.rule, t.due, {
      core: t.core,
      rules: t.rule === 'routine' ? ['routine'] : [t.rule, 'routine'],
      ...(t.leave ? { backlogReason: 'on-leave' as const } : {}),
    }),
  );
  return {
    candidates: all.filter((t) => !t.backlogReason),
    blocked: all.filter((t) => t.backlogReason),
    today: addDays(g.monday, g.todayOffset),
    week,
    calendar,
    settings: settings({
      capacity: g.capacity,
      perDay: g.perDay,
      talkMinutes: g.talkMinutes,
      gapMinutes: g.gapMinutes,
      pullForwardDays: g.pullForwardDays,
      rooms: g.rooms,
    }),
  };
}

const toMinutes = (t: string) => +t.slice(0, 2) * 60 + +t.slice(3);
const isUrgent = (t: Talk) => [t.rule, ...t.rules].some((r) => r === 'lead-flag' || r === 'exit');

describe('scheduleWeek invariants', () => {
  it('holds for random weeks, candidates, limits and calendars', () => {
    fc.assert(
      fc.property(inputArb, (g) => {
        const input = toInput(g);
        const { talks, backlog, warnings } = scheduleWeek(input);
        const { week, today, calendar, settings: s } = input;
        const horizon = addDays(week.end, s.pullForwardDays);

        expect(talks.length).toBeLessThanOrEqual(s.capacity);
        expect(new Set(talks.map((t) => t.agentId)).size).toBe(talks.length);
        for (const t of talks) {
          expect(t.date! >= week.start && t.date! <= week.end && t.date! >= today).toBe(true);
          expect(calendar.isWorkingDay(t.date!)).toBe(true);
          expect(toMinutes(t.end!) - toMinutes(t.start!)).toBe(s.talkMinutes);
          expect(s.rooms.length ? s.rooms.includes(t.location!) : t.location === null).toBe(true);
          expect(t.due <= horizon).toBe(true);
        }
        for (const date of new Set(talks.map((t) => t.date))) {
          const sameDay = talks.filter((t) => t.date === date);
          expect(sameDay.length).toBeLessThanOrEqual(s.perDay);
          for (const [i, a] of sameDay.entries()) {
            for (const b of sameDay.slice(i + 1)) {
              const overlap = toMinutes(a.start!) < toMinutes(b.end!) && toMinutes(b.start!) < toMinutes(a.end!);
              expect(overlap).toBe(false);
            }
          }
        }
        const sortKeys = talks.map((t) => `${t.date} ${t.start}`);
        expect(sortKeys).toEqual([...sortKeys].sort());

        const scheduled = new Set(talks.map((t) => t.agentId));
        const waiting = new Set(backlog.map((t) => t.agentId));
        for (const c of input.candidates) {
          if (c.due <= horizon) expect(scheduled.has(c.agentId) || waiting.has(c.agentId)).toBe(true);
          else expect(scheduled.has(c.agentId) || waiting.has(c.agentId)).toBe(false);
        }
        for (const b of input.blocked) expect(waiting.has(b.agentId)).toBe(true);
        expect(backlog.every((t) => t.date === null && t.backlogReason)).toBe(true);

        const lateAgents = warnings.filter((w) => w.code === 'urgent-late').map((w) => / with (\S+) /.exec(w.message)?.[1]);
        for (const c of input.candidates.filter((t) => isUrgent(t) && t.due <= week.end)) {
          const onTime = talks.some((t) => t.agentId === c.agentId && t.date! <= c.due);
          expect(onTime || lateAgents.includes(c.agentId)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never leaves a higher-priority talk in the backlog while a lower one is scheduled', () => {
    // Priority: due by the week's end before pulled forward, then urgency, due date, core staff.
    // Without shifts every talk can take any free place, so capacity alone decides who waits.
    fc.assert(
      fc.property(inputArb, (g) => {
        const input = toInput(g);
        const { talks, backlog } = scheduleWeek(input);
        const inWeek = (t: Talk) => (t.due <= input.week.end ? 0 : 1);
        const before = (a: Talk, b: Talk) => inWeek(a) - inWeek(b) || compareTalks(a, b);
        const waiting = backlog.filter((t) => t.backlogReason !== 'on-leave');
        for (const w of waiting) {
          const overtaken = talks.filter((s) => before(w, s) < 0);
          expect(overtaken.map((s) => `${s.agentId} ${s.rule} ${s.due}`), `${w.agentId} ${w.rule} ${w.due} waits (${w.backlogReason})`).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('does not mutate its inputs', () => {
    fc.assert(
      fc.property(inputArb, (g) => {
        const input = toInput(g);
        const before = structuredClone({ candidates: input.candidates, blocked: input.blocked });
        scheduleWeek(input);
        expect({ candidates: input.candidates, blocked: input.blocked }).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });
});
