import { METRICS, type Metrics } from './types.js';

/** The KPI store's running sums for one agent and one period, and what is read out of them. */
export const N = METRICS.length;
const CALLS = METRICS.indexOf('calls');

/**
 * Running sums for one agent and one period. Counts (calls) add up; averages are
 * weighted by calls when the row has calls, else each row weighs 1.
 * Layout: [calls, callsSeen, then for each other metric: weighted sum, weight, then active].
 * `active` is 1 once a row with any non-zero value was folded in: a period of rows that are all
 * zero (rostered, handled nothing) is no activity, not a score.
 */
export const WIDTH = 3 + 2 * N;
export const ACTIVE = WIDTH - 1;

/**
 * Folds a row's metrics (per metric in METRICS order, NaN where missing) into the sums at
 * `at`; returns the row's metrics as a bit set.
 */
export function addRow(sums: Float64Array, at: number, values: ArrayLike<number>): number {
  let seen = 0;
  const calls = values[CALLS];
  const hasCalls = !Number.isNaN(calls);
  if (hasCalls) {
    sums[at] += calls;
    sums[at + 1] = 1;
    seen = 1 << CALLS;
  }
  const w = hasCalls ? calls : 1;
  for (let i = 0; i < N; i++) {
    if (i === CALLS) continue;
    const v = values[i];
    if (Number.isNaN(v)) continue;
    sums[at + 2 + 2 * i] += v * w;
    sums[at + 3 + 2 * i] += w;
    seen |= 1 << i;
  }
  for (let i = 0; i < N; i++) {
    if (values[i] !== 0 && !Number.isNaN(values[i])) {
      sums[at + ACTIVE] = 1;
      break;
    }
  }
  return seen;
}

export function merge(into: Float64Array, from: Float64Array, at: number): void {
  into[0] += from[at];
  if (from[at + 1]) into[1] = 1;
  for (let i = 2; i < ACTIVE; i++) into[i] += from[at + i];
  if (from[at + ACTIVE]) into[ACTIVE] = 1;
}

export function toMetrics(sums: Float64Array, at: number): Metrics {
  const out: Metrics = {};
  if (sums[at + 1]) out.calls = sums[at];
  for (let i = 0; i < N; i++) {
    if (i === CALLS) continue;
    const w = sums[at + 3 + 2 * i];
    if (w > 0) out[METRICS[i]] = sums[at + 2 + 2 * i] / w;
  }
  return out;
}

/** The metrics at `at` as toMetrics reads them, written from `out[to]` on in METRICS order, NaN where none. */
export function readMetrics(sums: Float64Array, at: number, out: Float64Array, to: number): void {
  for (let i = 0; i < N; i++) {
    if (i === CALLS) out[to + i] = sums[at + 1] ? sums[at] : NaN;
    else {
      const w = sums[at + 3 + 2 * i];
      out[to + i] = w > 0 ? sums[at + 2 + 2 * i] / w : NaN;
    }
  }
}
