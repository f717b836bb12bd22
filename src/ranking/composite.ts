import type { RankingSettings } from '../model/settings.js';
import type { MetricId, Metrics } from '../model/types.js';
import { percentileRanks } from './percentile.js';

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
 * Composite scores of a population: per metric, the percentile ranks among the members that
 * have that metric; then each member's weighted mean over the metrics it has (metrics with a
 * weight of 0 or less are ranked but left out of the mean).
 */
export function scorePopulation(
  rows: readonly Metrics[],
  metrics: readonly MetricId[],
  settings: RankingSettings,
): Scored[] {
  const pct: Metrics[] = rows.map(() => ({}));
  const sum = new Float64Array(rows.length);
  const weight = new Float64Array(rows.length);
  for (const m of metrics) {
    const who: number[] = [];
    const values: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i][m];
      if (v === undefined) continue;
      who.push(i);
      values.push(v);
    }
    const ranks = percentileRanks(values, settings.higherIsBetter[m]);
    // Stryker disable next-line EqualityOperator: a weight of 0 gives 0 either way
    const w = settings.weights[m] > 0 ? settings.weights[m] : 0;
    for (let k = 0; k < who.length; k++) {
      const i = who[k];
      pct[i][m] = ranks[k];
      sum[i] += w * ranks[k];
      weight[i] += w;
    }
  }
  // Without a weighted metric, sum and weight are 0, and 0 / 0 is the NaN documented above.
  return pct.map((p, i) => ({ pct: p, score: sum[i] / weight[i] }));
}
