import { describe, expect, it } from 'vitest';
import { DEFAULTS, type RankingSettings } from '../../src/model/settings.js';
import type { Agent } from '../../src/model/types.js';
import { rankAgents, type RankedAgent } from '../../src/ranking/rank.js';
import { agent, mondays, storeOf, TODAY } from './fixtures.js';

const W = mondays(5); // W[4] = TODAY
const settings = (over: Partial<RankingSettings> = {}): RankingSettings => ({ ...DEFAULTS.ranking, ...over });
const row = (r: RankedAgent) => [r.agentId, r.rank, r.score, r.percentile, r.top, r.core];

describe('rankAgents: hand-computed composites', () => {
  // csat (higher better), n − 1 = 3: c 70 → 0; b, d 80 → (1 + 0.5)/3 → 50; a 90 → 100
  // aht (lower better): c 400 → 0; d 350 → 33.33; a 300 → 66.67; b 250 → 100
  const store = storeOf([
    ['a', W[4], { csat: 90, aht: 300 }],
    ['b', W[4], { csat: 80, aht: 250 }],
    ['c', W[4], { csat: 70, aht: 400 }],
    ['d', W[4], { csat: 80, aht: 350 }],
  ]);
  const agents = ['a', 'b', 'c', 'd'].map((id) => agent(id));

  it.each<[string, Partial<RankingSettings>, unknown[][]]>([
    [
      // a (100 + 66.67)/2 = 83.33; b (50 + 100)/2 = 75; d (50 + 33.33)/2 = 41.67; c 0
      // top: ceil(0.2 × 4) = 1; core: ceil(0.03 × 4) = 1; percentile 100 × (4 − rank)/3
      'equal weights',
      {},
      [
        ['a', 1, 83.3, 100, true, true],
        ['b', 2, 75, 66.7, false, false],
        ['d', 3, 41.7, 33.3, false, false],
        ['c', 4, 0, 0, false, false],
      ],
    ],
    [
      // aht weighs 3: b (50 + 300)/4 = 87.5; a (100 + 200)/4 = 75; d (50 + 100)/4 = 37.5; c 0
      'aht weighs three times csat',
      { weights: { ...DEFAULTS.ranking.weights, aht: 3 } },
      [
        ['b', 1, 87.5, 100, true, true],
        ['a', 2, 75, 66.7, false, false],
        ['d', 3, 37.5, 33.3, false, false],
        ['c', 4, 0, 0, false, false],
      ],
    ],
    [
      // csat oriented lower-better: a 0, b, d 50, c 100; c (100 + 0)/2 = 50; b (50 + 100)/2 = 75
      // a (0 + 66.67)/2 = 33.33; d (50 + 33.33)/2 = 41.67
      'orientation comes from the settings',
      { higherIsBetter: { ...DEFAULTS.ranking.higherIsBetter, csat: false } },
      [
        ['b', 1, 75, 100, true, true],
        ['c', 2, 50, 66.7, false, false],
        ['d', 3, 41.7, 33.3, false, false],
        ['a', 4, 33.3, 0, false, false],
      ],
    ],
  ])('%s', (_name, over, expected) => {
    const ranking = rankAgents(agents, store, { today: TODAY, settings: settings(over) });
    expect(ranking.ordered.map(row)).toEqual(expected);
    expect(ranking.ordered.every((r) => r.eligible && r.group === null && r.groupSize === 4)).toBe(true);
  });

  it('reports per-metric percentiles and window metrics', () => {
    const a = rankAgents(agents, store, { today: TODAY, settings: settings() }).agents.get('a');
    expect(a?.metricPct).toEqual({ csat: 100, aht: 66.7 });
    expect(a?.metrics).toEqual({ csat: 90, aht: 300 });
  });

  it('leaves metrics an agent lacks out of its mean and out of that metric population', () => {
    // csat among x, y only: y 0, x 100. aht among all: x 300 → 0, z 250 → 50, y 200 → 100
    // x (100 + 0)/2 = 50; y (0 + 100)/2 = 50; z 50 alone → a three-way tie, broken by id
    const s = storeOf([
      ['y', W[4], { csat: 80, aht: 200 }],
      ['z', W[4], { aht: 250 }],
      ['x', W[4], { csat: 90, aht: 300 }],
    ]);
    const ranking = rankAgents([agent('z'), agent('y'), agent('x')], s, { today: TODAY, settings: settings() });
    expect(ranking.ordered.map(row)).toEqual([
      ['x', 1, 50, 100, true, true],
      ['y', 2, 50, 50, false, false],
      ['z', 3, 50, 0, false, false],
    ]);
    expect(ranking.agents.get('z')?.metricPct).toEqual({ aht: 50 });
  });
});

describe('rankAgents: ties', () => {
  it.each<[string[], string[]]>([
    [['b', 'a', 'c'], ['a', 'b', 'c']],
    // code-unit order, not numeric or locale order
    [['A9', 'A10', 'B1'], ['A10', 'A9', 'B1']],
  ])('equal scores rank by agentId: %j → %j', (ids, expected) => {
    const s = storeOf(ids.map((id) => [id, W[4], { csat: 80, aht: 300 }]));
    const ranking = rankAgents(
      ids.map((id) => agent(id)),
      s,
      { today: TODAY, settings: settings() },
    );
    expect(ranking.ordered.map((r) => r.agentId)).toEqual(expected);
    expect(ranking.ordered.map((r) => r.score)).toEqual([50, 50, 50]);
  });

  it('ranks on full precision, not on the rounded score', () => {
    // n − 1 = 3. csat: b 100, a 66.67, c 33.33, d 0. qa: c 100, a 66.67, b 33.33, d 0.
    // weights csat 1001, qa 999 (sum 2000): b (100100 + 33300)/2000 = 66.7;
    // a 66.667; c (33366.7 + 99900)/2000 = 66.633; d 0. a and b both print 66.7, b is ahead.
    const s = storeOf([
      ['a', W[4], { csat: 80, qa: 80 }],
      ['b', W[4], { csat: 90, qa: 70 }],
      ['c', W[4], { csat: 70, qa: 90 }],
      ['d', W[4], { csat: 60, qa: 60 }],
    ]);
    const weights = { ...DEFAULTS.ranking.weights, csat: 1001, qa: 999 };
    const ranking = rankAgents(['a', 'b', 'c', 'd'].map((id) => agent(id)), s, { today: TODAY, settings: settings({ weights }) });
    expect(ranking.ordered.map((r) => [r.agentId, r.rank, r.score])).toEqual([
      ['b', 1, 66.7],
      ['a', 2, 66.7],
      ['c', 3, 66.6],
      ['d', 4, 0],
    ]);
  });
});

describe('rankAgents: top and core thresholds', () => {
  const ranked = (n: number) => {
    const ids = Array.from({ length: n }, (_, i) => `A${String(i).padStart(3, '0')}`);
    const s = storeOf(ids.map((id, i) => [id, W[4], { csat: i + 1 }]));
    return rankAgents(
      ids.map((id) => agent(id)),
      s,
      { today: TODAY, settings: settings() },
    ).ordered;
  };

  it.each([
    // [n, ceil(0.2·n), ceil(0.03·n)]
    [1, 1, 1],
    [5, 1, 1],
    [10, 2, 1],
    [11, 3, 1],
    [15, 3, 1], // 0.2 × 15 is 3.0000000000000004 in floating point
    [33, 7, 1],
    [34, 7, 2],
  ])('n = %i → top %i, core %i', (n, topN, coreN) => {
    const ordered = ranked(n);
    expect(ordered.filter((r) => r.top).map((r) => r.rank)).toEqual(Array.from({ length: topN }, (_, i) => i + 1));
    expect(ordered.filter((r) => r.core).map((r) => r.rank)).toEqual(Array.from({ length: coreN }, (_, i) => i + 1));
  });

  it.each([
    [1, [100]],
    [2, [100, 0]],
    [3, [100, 50, 0]],
    [4, [100, 66.7, 33.3, 0]],
  ])('n = %i → position percentiles %j', (n, expected) => {
    expect(ranked(n).map((r) => r.percentile)).toEqual(expected);
  });
});

describe('rankAgents: window and volume weighting', () => {
  it('weights averages by calls within a week; calls add up', () => {
    // a: aht (10·300 + 30·500)/40 = 450, csat (10·90 + 30·70)/40 = 75, calls 40 (a plain mean would tie b)
    // calls tie → 50 each; aht b better; csat b better → a 50/3 = 16.7, b (50 + 100 + 100)/3 = 83.3
    const s = storeOf([
      ['a', W[4], { calls: 10, aht: 300, csat: 90 }],
      ['a', W[4], { calls: 30, aht: 500, csat: 70 }],
      ['b', W[4], { calls: 40, aht: 400, csat: 80 }],
    ]);
    const ranking = rankAgents([agent('a'), agent('b')], s, { today: TODAY, settings: settings() });
    expect(ranking.agents.get('a')?.metrics).toEqual({ calls: 40, aht: 450, csat: 75 });
    expect(ranking.ordered.map((r) => [r.agentId, r.score])).toEqual([
      ['b', 83.3],
      ['a', 16.7],
    ]);
  });

  it('aggregates over the last 4 periods of the data that started by today, volume-weighted', () => {
    const future = mondays(1, '2026-11-30')[0];
    // a's window: W[1] (10 calls, aht 200) and W[4] (30 calls, aht 600) → (2000 + 18000)/40 = 500
    const s = storeOf([
      ['a', W[0], { calls: 1000, aht: 100 }],
      ['a', W[1], { calls: 10, aht: 200 }],
      ['a', W[4], { calls: 30, aht: 600 }],
      ['a', future, { calls: 1000, aht: 100 }],
      ['old', W[0], { calls: 10, aht: 300 }],
      ['soon', future, { calls: 10, aht: 300 }],
      ['f', W[2], { calls: 10, aht: 300 }],
      ['f', W[3], { calls: 10, aht: 300 }],
    ]);
    const ranking = rankAgents([agent('a'), agent('old'), agent('soon'), agent('f')], s, { today: TODAY, settings: settings() });
    expect(ranking.window).toEqual([W[1], W[2], W[3], W[4]]);
    expect(ranking.agents.get('a')?.metrics).toEqual({ calls: 40, aht: 500 });
    expect(ranking.agents.get('old')?.reason).toBe('no-kpi');
    expect(ranking.agents.get('soon')?.reason).toBe('no-kpi');
  });
});

describe('rankAgents: eligibility', () => {
  // today 2026-11-23: hired 2026-10-24 is 30 days ago, 2026-10-25 is 29
  const roster: Agent[] = [
    agent('e-30days', { hireDate: '2026-10-24' }),
    agent('t-29days', { hireDate: '2026-10-25' }),
    agent('l-left', { status: 'left' }),
    agent('n-notice', { status: 'notice' }),
    agent('v-leave', { status: 'leave' }),
    agent('k-nokpi'),
    agent('z-calls-weigh-0'),
  ];
  const s = storeOf([
    ['e-30days', W[4], { csat: 80 }],
    ['t-29days', W[4], { csat: 100 }],
    ['l-left', W[4], { csat: 100 }],
    ['n-notice', W[4], { csat: 70 }],
    ['v-leave', W[4], { csat: 60 }],
    ['z-calls-weigh-0', W[4], { calls: 50 }],
  ]);
  const weights = { ...DEFAULTS.ranking.weights, calls: 0 };
  const ranking = rankAgents(roster, s, { today: TODAY, settings: settings({ weights }) });

  it.each([
    ['e-30days', true, undefined],
    ['t-29days', false, 'tenure'],
    ['l-left', false, 'left'],
    ['n-notice', true, undefined],
    ['v-leave', true, undefined],
    ['k-nokpi', false, 'no-kpi'],
    ['z-calls-weigh-0', false, 'no-kpi'],
  ])('%s: eligible %s, reason %s', (id, eligible, reason) => {
    const r = ranking.agents.get(id);
    expect(r?.eligible).toBe(eligible);
    expect(r?.reason).toBe(reason);
  });

  it('ranks only the eligible: the ineligible neither rank nor move percentiles', () => {
    // csat among e 80, n 70, v 60 only (n − 1 = 2): 100, 50, 0
    expect(ranking.ordered.map((r) => [r.agentId, r.rank, r.score, r.groupSize])).toEqual([
      ['e-30days', 1, 100, 3],
      ['n-notice', 2, 50, 3],
      ['v-leave', 3, 0, 3],
      ['k-nokpi', null, null, 3],
      ['l-left', null, null, 3],
      ['t-29days', null, null, 3],
      ['z-calls-weigh-0', null, null, 3],
    ]);
    const left = ranking.agents.get('l-left');
    expect(left).toMatchObject({ percentile: null, top: false, core: false, metricPct: {}, metrics: { csat: 100 } });
  });
});

describe('rankAgents: groupBy team', () => {
  const roster = [
    agent('e', { team: 'T2' }),
    agent('b', { team: 'T1' }),
    agent('x', { team: 'T1', status: 'left' }),
    agent('c', { team: 'T2' }),
    agent('a', { team: 'T1' }),
    agent('d', { team: 'T2' }),
  ];
  const s = storeOf([
    ['a', W[4], { csat: 90 }],
    ['b', W[4], { csat: 80 }],
    ['c', W[4], { csat: 70 }],
    ['d', W[4], { csat: 60 }],
    ['e', W[4], { csat: 50 }],
    ['x', W[4], { csat: 99 }],
  ]);

  it('ranks within each team', () => {
    // T1 (n 2): a 100, b 0; top ceil(0.4) = 1. T2 (n 3): c 100, d 50, e 0; top ceil(0.6) = 1
    const ranking = rankAgents(roster, s, { today: TODAY, groupBy: 'team', settings: settings() });
    expect(ranking.ordered.map((r) => [r.agentId, r.group, r.rank, r.groupSize, r.score, r.top])).toEqual([
      ['a', 'T1', 1, 2, 100, true],
      ['b', 'T1', 2, 2, 0, false],
      ['c', 'T2', 1, 3, 100, true],
      ['d', 'T2', 2, 3, 50, false],
      ['e', 'T2', 3, 3, 0, false],
      ['x', 'T1', null, 2, null, false],
    ]);
  });

  it('ranks everyone together without grouping', () => {
    // n 5: a 100, b 75, c 50, d 25, e 0
    const ranking = rankAgents(roster, s, { today: TODAY, settings: settings() });
    expect(ranking.ordered.map((r) => [r.agentId, r.group, r.rank, r.score])).toEqual([
      ['a', null, 1, 100],
      ['b', null, 2, 75],
      ['c', null, 3, 50],
      ['d', null, 4, 25],
      ['e', null, 5, 0],
      ['x', null, null, null],
    ]);
  });
});

describe('agents with no activity', () => {
  it('are not ranked when their window holds only zero calls', async () => {
    const { KpiStore } = await import('../../src/model/kpi.js');
    const { DEFAULTS } = await import('../../src/model/settings.js');
    const kpi = new KpiStore();
    kpi.add({ agentId: 'A', period: '2026-11-16', metrics: { calls: 10, csat: 90 } });
    kpi.add({ agentId: 'B', period: '2026-11-16', metrics: { calls: 5, csat: 80 } });
    kpi.add({ agentId: 'Z', period: '2026-11-16', metrics: { calls: 0 } });
    const agent = (id: string) => ({ id, name: id, team: 'T', lead: '', hireDate: '2020-01-06', status: 'active' as const, source: { file: 'r' } });
    const r = rankAgents([agent('A'), agent('B'), agent('Z')], kpi, { today: '2026-11-24', settings: DEFAULTS.ranking });
    expect(r.agents.get('Z')).toMatchObject({ eligible: false, reason: 'no-kpi', rank: null });
    expect(r.agents.get('B')?.rank).toBe(2);
  });
});
