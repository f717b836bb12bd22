import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DaySlots } from '../../../src/io/load/day-slots.js';
import { KpiStore } from '../../../src/model/kpi.js';
import { METRICS, type Day } from '../../../src/model/types.js';

/**
 * The KPI store and the day slots find an agent's entry by the agent that followed the last one
 * the time before (exports list agents in the same order every day), not by a lookup per row.
 * Rows in that order, in any other, and agents renamed or dropped in between must land exactly
 * where a plain map of agents puts them.
 */
const AGENTS = ['A1', 'A2', 'A3', 'A4', 'A5', 'B1'];
const day = (n: number) => new Date(Date.UTC(2026, 0, 5) + n * 86_400_000).toISOString().slice(0, 10) as Day;

/** Agents in the order of a day's export (the same cycle, now and then one missing or out of turn) or at random. */
const agentRuns = fc.array(
  fc.oneof(
    fc.tuple(fc.constant('cycle' as const), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 14 })),
    fc.tuple(fc.constant('pick' as const), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 3 })),
  ),
  { minLength: 1, maxLength: 30 },
);
const order = (runs: [string, number, number][]) =>
  runs.flatMap(([kind, at, n]) => (kind === 'pick' ? Array(n).fill(AGENTS[at]) : Array.from({ length: n }, (_, i) => AGENTS[(at + i) % AGENTS.length])));

type Op = { add: string; day: number; calls: number } | { rename: [string, string] } | { drop: string };
const ops = fc.array(
  fc.oneof(
    { arbitrary: agentRuns.chain((runs) => fc.constant(order(runs).map((add, i): Op => ({ add, day: i % 9, calls: (i % 7) + 1 })))), weight: 6 },
    { arbitrary: fc.tuple(fc.constantFrom(...AGENTS), fc.constantFrom(...AGENTS, 'C1', 'C2')).map(([a, b]): Op[] => [{ rename: [a, b] }]), weight: 1 },
    { arbitrary: fc.constantFrom(...AGENTS).map((drop): Op[] => [{ drop }]), weight: 1 },
  ),
  { maxLength: 12 },
).map((groups) => groups.flat());

describe('finding an agent by the order of the rows', () => {
  it('puts every row of the KPI store under its agent, renames and drops in between', () => {
    fc.assert(
      fc.property(ops, (list) => {
        const store = new KpiStore();
        const rows = new Map<string, number>();
        const calls = new Map<string, number>();
        const values = new Float64Array(METRICS.length).fill(NaN);
        for (const op of list) {
          if ('add' in op) {
            values[METRICS.indexOf('calls')] = op.calls;
            store.addValues(op.add, day(op.day - (op.day % 7)), values, day(op.day));
            rows.set(op.add, (rows.get(op.add) ?? 0) + 1);
            const key = `${op.add} ${day(op.day - (op.day % 7))}`;
            calls.set(key, (calls.get(key) ?? 0) + op.calls);
          } else if ('rename' in op) {
            const [from, to] = op.rename;
            store.renameAgent(from, to);
            if (rows.has(from) && !rows.has(to)) {
              rows.set(to, rows.get(from)!);
              rows.delete(from);
              for (const [key, n] of [...calls]) {
                if (!key.startsWith(`${from} `)) continue;
                calls.set(`${to} ${key.slice(from.length + 1)}`, n);
                calls.delete(key);
              }
            }
          } else {
            expect(store.dropAgent(op.drop)).toBe(rows.get(op.drop) ?? 0);
            rows.delete(op.drop);
            for (const key of [...calls.keys()]) if (key.startsWith(`${op.drop} `)) calls.delete(key);
          }
        }
        expect(new Set(store.agentIds())).toEqual(new Set(rows.keys()));
        for (const [id, n] of rows) expect(store.agentRows(id), id).toBe(n);
        for (const [key, n] of calls) {
          const [id, period] = key.split(' ');
          expect(store.get(id, period as Day)?.calls, key).toBe(n);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives each agent and day of the day slots its own slot, before and after a release', () => {
    fc.assert(
      fc.property(agentRuns, agentRuns, (first, second) => {
        const slots = new DaySlots();
        for (const runs of [first, second]) {
          const seen = new Map<string, number>();
          order(runs).forEach((agent, i) => {
            const key = `${agent} ${i % 40}`;
            const slot = slots.slot(agent, day(i % 40));
            expect(slots.value(slot), key).toBe(seen.get(key) ?? 0);
            slots.set(slot, i + 1, 0, i);
            seen.set(key, i + 1);
          });
          for (const [key, v] of seen) {
            const [agent, d] = key.split(' ');
            expect(slots.value(slots.slot(agent, day(Number(d)))), key).toBe(v);
          }
          slots.release();
        }
      }),
      { numRuns: 400 },
    );
  });
});
