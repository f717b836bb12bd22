import { describe, expect, it } from 'vitest';
import { DEFAULTS, type RankingSettings } from '../../src/model/settings.js';
import { hasWeightedMetric, scorePopulation } from '../../src/ranking/composite.js';
import { percentileRanks } from '../../src/ranking/percentile.js';
import { round1 } from '../../src/ranking/stats.js';

const settings = (weights: Partial<RankingSettings['weights']>): RankingSettings => ({ ...DEFAULTS.ranking, weights: { ...DEFAULTS.ranking.weights, ...weights } });

describe('scorePopulation: the composite', () => {
  it('a metric of weight 0 or less is ranked but left out of the mean', () => {
    const rows = [
      { csat: 90, aht: 300 },
      { csat: 80, aht: 200 },
    ];
    for (const aht of [0, -2]) {
      const scored = scorePopulation(rows, ['csat', 'aht'], settings({ aht }));
      expect(scored.map((s) => s.score)).toEqual([100, 0]);
      expect(scored.map((s) => s.pct)).toEqual([
        { csat: 100, aht: 0 },
        { csat: 0, aht: 100 },
      ]);
    }
  });

  it('a member without a weighted metric has no score (NaN)', () => {
    const scored = scorePopulation([{ csat: 90 }, { conversion: 5 }], ['csat', 'conversion'], settings({ conversion: 0 }));
    expect(scored[0].score).toBe(50);
    expect(scored[1].score).toBeNaN();
    expect(hasWeightedMetric({ conversion: 5 }, settings({ conversion: 0 }))).toBe(false);
    expect(hasWeightedMetric({ conversion: 5, csat: 1 }, settings({ conversion: 0 }))).toBe(true);
  });
});

describe('percentileRanks and round1: plain results', () => {
  it('one rank per value and nothing else', () => {
    for (const values of [[3, 1, 2], [5, 5], [1, 2, 2, 3]]) expect(Object.keys(percentileRanks(values, true))).toEqual(values.map((_, i) => String(i)));
  });

  it('round1 never gives −0', () => {
    expect(round1(-0.04)).toBe(0);
    expect(round1(-0.05)).toBe(-0.1);
  });
});
