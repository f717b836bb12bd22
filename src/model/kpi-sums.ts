import { METRICS, type Metrics } from './types.js';

/** The KPI store's running sums for one agent and one period, and what is read out of them. */
export const N = METRICS.length;
const CALLS = METRICS.indexOf('calls');

/**
 * Running sums for one agent and one period. Counts (calls) add up; averages are
 * weighted by calls when the row has calls, else each row weighs 1.
 * Layout: per metric in METRICS order a pair, then `active`. For calls, its sum and whether any
 * row had calls (non-zero: 1 in a period, a count once periods are merged); for each other
 * metric, its weighted sum and its weight. (17 doubles a slot: 2 fewer than a layout with calls apart.)
 * `active` is 1 once a row with any non-zero value was folded in: a period of rows that are all
 * zero (rostered, handled nothing) is no activity, not a score.
 */
export const WIDTH = 1 + 2 * N;
export const ACTIVE = WIDTH - 1;
/** Where the calls' sum and their flag are. */
const CALLS_SUM = 2 * CALLS;
const CALLS_SEEN = CALLS_SUM + 1;

/**
 * Folds a row's metrics (per metric in METRICS order, NaN where missing) into the sums at
 * `at`; returns the row's metrics as a bit set.
 */
export function addRow(sums: Float64Array, at: number, values: ArrayLike<number>): number {
  let seen = 0;
  const calls = values[CALLS];
  const hasCalls = !Number.isNaN(calls);
  let active = hasCalls && calls !== 0;
  if (hasCalls) {
    sums[at + CALLS_SUM] += calls;
    sums[at + CALLS_SEEN] = 1;
    seen = 1 << CALLS;
  }
  const w = hasCalls ? calls : 1;
  for (let i = 0; i < N; i++) {
    if (i === CALLS) continue;
    const v = values[i];
    if (Number.isNaN(v)) continue;
    sums[at + 2 * i] += v * w;
    sums[at + 2 * i + 1] += w;
    seen |= 1 << i;
    if (v !== 0) active = true;
  }
  if (active) sums[at + ACTIVE] = 1;
  return seen;
}

export function merge(into: Float64Array, from: Float64Array, at: number): void {
  for (let k = 0; k < ACTIVE; k++) into[k] += from[at + k];
  if (from[at + ACTIVE]) into[ACTIVE] = 1;
}

export function toMetrics(sums: Float64Array, at: number): Metrics {
  const out: Metrics = {};
  if (sums[at + CALLS_SEEN]) out.calls = sums[at + CALLS_SUM];
  for (let i = 0; i < N; i++) {
    if (i === CALLS) continue;
    const w = sums[at + 2 * i + 1];
    if (w > 0) out[METRICS[i]] = sums[at + 2 * i] / w;
  }
  return out;
}

/** The metrics at `at` as toMetrics reads them, written from `out[to]` on in METRICS order, NaN where none. */
export function readMetrics(sums: Float64Array, at: number, out: Float64Array, to: number): void {
  for (let i = 0; i < N; i++) {
    if (i === CALLS) out[to + i] = sums[at + CALLS_SEEN] ? sums[at + CALLS_SUM] : NaN;
    else {
      const w = sums[at + 2 * i + 1];
      out[to + i] = w > 0 ? sums[at + 2 * i] / w : NaN;
    }
  }
}
