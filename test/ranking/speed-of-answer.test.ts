import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/model/settings.js';
import { rankAgents } from '../../src/ranking/rank.js';
import { formatMetric } from '../../src/text/metrics.js';
import { agent, storeOf, TODAY } from './fixtures.js';

describe('speed of answer', () => {
  it('is lower-is-better: of two agents alike but for it, the faster ranks first', () => {
    const kpi = storeOf([
      ['slow', TODAY, { calls: 100, asa: 90 }],
      ['fast', TODAY, { calls: 100, asa: 12 }],
    ]);
    const ranking = rankAgents([agent('slow'), agent('fast')], kpi, { today: TODAY, settings: DEFAULTS.ranking });
    expect(ranking.ordered.map((r) => r.agentId)).toEqual(['fast', 'slow']);
    expect(ranking.agents.get('fast')?.metricPct.asa).toBe(100);
  });

  it.each([
    [12, '0:12'],
    [125, '2:05'],
  ])('%d s reads %s', (s, text) => {
    expect(formatMetric('asa', s)).toBe(text);
  });
});
