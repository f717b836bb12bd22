import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DaySlots } from '../../../src/io/load/day-slots.js';

const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * DaySlots against a Map of `agent|day`: random agents (past one block's 64 and a slab's
 * blocks), days years apart in any order (past each block's 32 days, before the first one
 * seen), rows set and set again: every agent and day keeps its own slot and its last values.
 */
const op = (agents: number, days: number) =>
  fc.record({
    agent: fc.nat({ max: agents - 1 }),
    day: fc.integer({ min: -days, max: days }),
    value: fc.integer({ min: 1, max: 2 ** 32 - 1 }),
    table: fc.nat({ max: 65_535 }),
    row: fc.nat({ max: 2 ** 32 - 1 }),
  });
/** Every agent on every day given (an export's rows), then random rows on top. */
const ops = fc
  .tuple(fc.integer({ min: 1, max: 200 }), fc.constantFrom(3, 40, 700, 3000))
  .chain(([agents, days]) =>
    fc.tuple(
      fc.array(fc.noBias(fc.integer({ min: -days, max: days })), { minLength: 1, maxLength: 40, size: 'max' }),
      fc.array(op(agents, days), { maxLength: 600, size: 'max' }),
      fc.constant(agents),
    ),
  )
  .map(([days, extra, agents]) => [
    ...days.flatMap((d, j) => Array.from({ length: agents }, (_, a) => ({ agent: a, day: d, value: j + 1, table: a, row: a + j }))),
    ...extra,
  ]);

describe('DaySlots against a map (property)', () => {
  it('keeps one slot per agent and day and the values last set there', () => {
    fc.assert(
      fc.property(ops, fc.boolean(), (list, runs) => {
        const s = new DaySlots();
        const ref = new Map<string, [number, number, number]>();
        // Runs of rows in the same agent order each day, as exports list them, or the order given.
        const order = runs ? [...list].sort((a, b) => a.day - b.day || a.agent - b.agent) : list;
        for (const o of order) {
          const slot = s.slot(`A${o.agent}`, day(o.day));
          const had = ref.get(`${o.agent}|${o.day}`) ?? [0, 0, 0];
          expect([s.value(slot), s.table(slot), s.row(slot)]).toEqual(had);
          s.set(slot, o.value, o.table, o.row);
          ref.set(`${o.agent}|${o.day}`, [o.value, o.table, o.row]);
        }
        const slots = new Set<number>();
        for (const [key, want] of [...ref].reverse()) {
          const [agent, d] = key.split('|').map(Number);
          const slot = s.slot(`A${agent}`, day(d));
          slots.add(slot);
          expect([s.value(slot), s.table(slot), s.row(slot)]).toEqual(want);
        }
        expect(slots.size).toBe(ref.size);
      }),
      { numRuns: 150 },
    );
  });
});
