import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KpiStore } from '../../src/model/kpi.js';
import { METRICS, type Day, type Metrics } from '../../src/model/types.js';

/**
 * The KPI store keeps per agent and period one row of running sums in a shared page (calls
 * summed, the other metrics weighted by calls, or by 1 without calls). Against an oracle that
 * keeps every row it was given and computes the same sums when asked: random rows (metrics
 * missing, zero, calls or none), several agents and periods interleaved, must read back alike
 * through get, read, over and metrics — and a period of all-zero rows is no activity.
 */
const AGENTS = ['A1', 'A2', 'A3'];
const PERIODS = ['2026-01-05', '2026-01-12', '2026-01-19'] as Day[];
const VALUE = fc.oneof(fc.constant(NaN), fc.constant(0), fc.integer({ min: 1, max: 400 }), fc.double({ min: 0, max: 100, noNaN: true }));
const rowsArb = fc.array(fc.tuple(fc.constantFrom(...AGENTS), fc.constantFrom(...PERIODS), fc.array(VALUE, { minLength: METRICS.length, maxLength: METRICS.length })), { maxLength: 40 });

type Row = [string, Day, number[]];
const CALLS = METRICS.indexOf('calls');

/** The metrics of these rows as the store defines them, summed in the order given. */
function oracle(rows: Row[]): Metrics | undefined {
  if (!rows.some(([, , vs]) => vs.some((v) => !Number.isNaN(v) && v !== 0))) return undefined;
  const out: Metrics = {};
  let calls = 0;
  let anyCalls = false;
  const sum = METRICS.map(() => 0);
  const weight = METRICS.map(() => 0);
  for (const [, , vs] of rows) {
    const hasCalls = !Number.isNaN(vs[CALLS]);
    if (hasCalls) [calls, anyCalls] = [calls + vs[CALLS], true];
    const w = hasCalls ? vs[CALLS] : 1;
    vs.forEach((v, i) => {
      if (i === CALLS || Number.isNaN(v)) return;
      sum[i] += v * w;
      weight[i] += w;
    });
  }
  if (anyCalls) out.calls = calls;
  METRICS.forEach((m, i) => {
    if (i !== CALLS && weight[i] > 0) out[m] = sum[i] / weight[i];
  });
  return out;
}

describe('KpiStore sums against the rows kept', () => {
  it('reads back every agent and period alike through get, read and metrics', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const store = new KpiStore();
        for (const [agent, period, vs] of rows) store.addValues(agent, period, vs);
        const seen = new Set<string>();
        for (const [, , vs] of rows) vs.forEach((v, i) => !Number.isNaN(v) && seen.add(METRICS[i]));
        expect(store.metrics()).toEqual(METRICS.filter((m) => seen.has(m)));
        for (const agent of AGENTS) {
          for (const period of PERIODS) {
            const want = oracle(rows.filter(([a, p]) => a === agent && p === period));
            expect(store.get(agent, period)).toEqual(want);
            const out = new Float64Array(METRICS.length + 2).fill(7);
            expect(store.read(agent, period, out, 1)).toBe(want !== undefined);
            if (want) expect(Array.from(out.subarray(1, 1 + METRICS.length))).toEqual(METRICS.map((m) => want[m] ?? NaN));
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('merges periods in over() as one period of all their active rows', () => {
    fc.assert(
      fc.property(rowsArb, fc.shuffledSubarray(PERIODS, { minLength: 1 }), (rows, periods) => {
        const store = new KpiStore();
        for (const [agent, period, vs] of rows) store.addValues(agent, period, vs);
        for (const agent of AGENTS) {
          // Each period's sums are formed first, then added period by period: the oracle does the same.
          const active = periods.filter((p) => oracle(rows.filter(([a, q]) => a === agent && q === p)) !== undefined);
          const mine = active.flatMap((p) => rows.filter(([a, q]) => a === agent && q === p));
          const want = active.length ? oracle(mine) : undefined;
          const got = store.over(agent, periods);
          expect(got === undefined).toBe(want === undefined);
          if (!got || !want) continue;
          expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
          for (const m of METRICS) if (want[m] !== undefined) expect(got[m]).toBeCloseTo(want[m], 6);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is not a comparison of two empty results', () => {
    const store = new KpiStore();
    store.addValues('A1', PERIODS[0], [10, 300, 90, NaN, NaN, NaN, NaN, NaN]);
    store.addValues('A1', PERIODS[0], [30, 100, NaN, 80, NaN, NaN, NaN, NaN]);
    store.addValues('A2', PERIODS[0], [0, 0, NaN, NaN, NaN, NaN, NaN, NaN]);
    expect(store.get('A1', PERIODS[0])).toEqual({ calls: 40, aht: 150, csat: 90, qa: 80 });
    expect(store.get('A2', PERIODS[0])).toBeUndefined();
    expect(store.over('A1', PERIODS)).toEqual({ calls: 40, aht: 150, csat: 90, qa: 80 });
  });
});
