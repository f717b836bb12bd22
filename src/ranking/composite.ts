import type { RankingSettings } from '../model/settings.js';
import { METRICS, type MetricId, type Metrics } from '../model/types.js';
import { percentileRanks } from './percentile.js';

const N = METRICS.length;

export interface Scored {
  /** Percentile rank (0–100, + is better) of each metric the member has. */
  pct: Metrics;
  /** Weighted mean of `pct`; NaN when the member has no metric with a positive weight. */
  score: number;
}

/** True when the metrics hold at least one metric that counts in the composite. */
export function hasWeightedMetric(metrics: Metrics, settings: RankingSettings): boolean {
  for (const m of Object.keys(metrics) as MetricId[]) if (settings.weights[m] > 0) return true;
  return false;
}

/**
 * scorePopulation on a population laid out in columns: member i's value of METRICS[j] at
 * `values[i·N + j]` (N = METRICS.length), NaN where the member has none. Writes the percentile
 * ranks into `pct` in the same layout (NaN where none) and returns the composite scores.
 */
export function scoreColumns(
  values: Float64Array,
  count: number,
  metrics: readonly MetricId[],
  settings: RankingSettings,
  pct: Float64Array,
): Float64Array {
  pct.fill(NaN, 0, count * N);
  const sum = new Float64Array(count);
  const weight = new Float64Array(count);
  const who: number[] = [];
  const column: number[] = [];
  for (const m of metrics) {
    const j = METRICS.indexOf(m);
    who.length = 0;
    column.length = 0;
    for (let i = 0; i < count; i++) {
      const v = values[i * N + j];
      if (Number.isNaN(v)) continue;
      who.push(i);
      column.push(v);
    }
    const ranks = percentileRanks(column, settings.higherIsBetter[m]);
    // Stryker disable next-line EqualityOperator: a weight of 0 gives 0 either way
    const w = settings.weights[m] > 0 ? settings.weights[m] : 0;
    for (let k = 0; k < who.length; k++) {
      const i = who[k];
      pct[i * N + j] = ranks[k];
      sum[i] += w * ranks[k];
      weight[i] += w;
    }
  }
  // Without a weighted metric, sum and weight are 0, and 0 / 0 is the NaN documented above.
  for (let i = 0; i < count; i++) sum[i] /= weight[i];
  return sum;
}

/**
 * Composite scores of a population: per metric, the percentile ranks among the members that
 * have that metric; then each member's weighted mean over the metrics it has (metrics with a
 * weight of 0 or less are ranked but left out of the mean).
 */
export function scorePopulation(
  rows: readonly Metrics[],
  metrics: readonly MetricId[],
  settings: RankingSettings,
): Scored[] {
  const values = new Float64Array(rows.length * N).fill(NaN);
  rows.forEach((row, i) => {
    for (const m of metrics) {
      const v = row[m];
      if (v !== undefined) values[i * N + METRICS.indexOf(m)] = v;
    }
  });
  const pct = new Float64Array(rows.length * N);
  const scores = scoreColumns(values, rows.length, metrics, settings, pct);
  return rows.map((_, i) => {
    const p: Metrics = {};
    for (const m of metrics) {
      const r = pct[i * N + METRICS.indexOf(m)];
      if (!Number.isNaN(r)) p[m] = r;
    }
    return { pct: p, score: scores[i] };
  });
}
