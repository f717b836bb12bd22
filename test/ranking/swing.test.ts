import { describe, expect, it } from 'vitest';
import { DEFAULTS, type RankingSettings } from '../../src/model/settings.js';
import { KpiStore } from '../../src/model/kpi.js';
import type { Agent, MetricId, Swing } from '../../src/model/types.js';
import { detectSwings } from '../../src/ranking/swing.js';
import { agent, mondays, TODAY } from './fixtures.js';

/**
 * A population where the subject's percentile is set directly: `refs` reference agents hold the
 * values 1…refs of every metric in every period, and subject 's' sits between two of them, so
 * with n − 1 = refs its percentile moves in steps of 100/refs (5 points for 20 refs).
 */
type Pcts = Partial<Record<MetricId, (number | null)[]>>;

function population(pcts: Pcts, opts: { refs?: number; periods?: string[]; kind?: 'day' | 'week' | 'month' } = {}) {
  const refs = opts.refs ?? 20;
  const metrics = Object.keys(pcts) as MetricId[];
  const length = Math.max(...metrics.map((m) => pcts[m]?.length ?? 0));
  const periods = opts.periods ?? mondays(length);
  const store = new KpiStore();
  store.kind = opts.kind ?? 'week';
  periods.forEach((period, p) => {
    for (let r = 1; r <= refs; r++)
      store.add({ agentId: `r${r}`, period, metrics: Object.fromEntries(metrics.map((m) => [m, r])) });
    const mine = metrics.flatMap((m) => {
      const pct = pcts[m]?.[p];
      return pct === null || pct === undefined ? [] : [[m, valueFor(pct, DEFAULTS.ranking.higherIsBetter[m], refs)]];
    });
    if (mine.length > 0) store.add({ agentId: 's', period, metrics: Object.fromEntries(mine) });
  });
  const agents: Agent[] = [agent('s'), ...Array.from({ length: refs }, (_, r) => agent(`r${r + 1}`))];
  return { store, agents };
}

/** The raw value that has exactly pct·refs/100 reference values worse than it. */
function valueFor(pct: number, higherIsBetter: boolean, refs: number): number {
  const worse = Math.round((pct * refs) / 100);
  return higherIsBetter ? worse + 0.5 : refs - worse + 0.5;
}

function detect(pcts: Pcts, opts: { refs?: number; ranking?: Partial<RankingSettings>; status?: Agent['status'] } = {}) {
  const { store, agents } = population(pcts, opts);
  if (opts.status) agents[0].status = opts.status;
  return detectSwings(agents, store, {
    today: TODAY,
    ranking: { ...DEFAULTS.ranking, ...opts.ranking },
    swing: DEFAULTS.swing,
  });
}

describe('detectSwings: when a change is a swing', () => {
  it.each<{ name: string; csat: (number | null)[]; refs?: number; expected: Partial<Swing> | undefined }>([
    {
      name: 'exactly 15 points up on a flat baseline',
      csat: [50, 50, 50, 50, 65],
      expected: { direction: 'up', size: 15, latest: 65, baseline: 50, sigma: 0, baselinePeriods: 4 },
    },
    {
      name: 'exactly 15 points down',
      csat: [50, 50, 50, 50, 35],
      expected: { direction: 'down', size: -15, latest: 35, baseline: 50, sigma: 0, baselinePeriods: 4 },
    },
    {
      // 1000 refs: steps of 0.1 point
      name: 'exactly 15 points in fine steps',
      csat: [50, 50, 50, 50, 65],
      refs: 1000,
      expected: { direction: 'up', size: 15, baselinePeriods: 4 },
    },
    { name: '14.9 points is not enough', csat: [50, 50, 50, 50, 64.9], refs: 1000, expected: undefined },
    {
      // median 50; |x − 50| = 30 30 20 20 0 → MAD 20, sigma 29.65, 3 sigma 88.96 > 40
      name: 'a volatile agent: 40 points is within normal variation',
      csat: [20, 80, 30, 70, 50, 90],
      expected: undefined,
    },
    {
      // median 50; |x − 50| = 10 0 10 0 5 → MAD 5, sigma 7.413, 3 sigma 22.24 < 40
      name: 'a steadier agent: 40 points is beyond normal variation',
      csat: [40, 50, 60, 50, 45, 90],
      expected: { direction: 'up', size: 40, sigma: 7.4, baselinePeriods: 5 },
    },
    {
      name: 'the steadier agent: 20 points is large but within 3 sigma',
      csat: [40, 50, 60, 50, 45, 70],
      expected: undefined,
    },
    { name: 'two baseline periods: not judged', csat: [50, 50, 100], expected: undefined },
    {
      name: 'three baseline periods: judged',
      csat: [50, 50, 50, 100],
      expected: { direction: 'up', size: 50, baselinePeriods: 3 },
    },
    {
      // all 16: median (0 + 50)/2 = 25; the 8 most recent: 50
      name: 'at most 8 baseline periods, the most recent',
      csat: [0, 0, 0, 0, 0, 0, 0, 0, 50, 50, 50, 50, 50, 50, 50, 50, 80],
      expected: { direction: 'up', size: 30, baseline: 50, baselinePeriods: 8 },
    },
    {
      name: 'periods without rows are skipped in the baseline',
      csat: [50, null, 50, 50, 80],
      expected: { direction: 'up', size: 30, baselinePeriods: 3 },
    },
    { name: 'no rows in the latest period: not judged', csat: [50, 50, 50, 50, null], expected: undefined },
  ])('$name', ({ csat, refs, expected }) => {
    const swing = detect({ csat }, { refs }).get('s');
    if (expected === undefined) expect(swing).toBeUndefined();
    else expect(swing).toMatchObject({ agentId: 's', ...expected });
  });

  it('flags only the agent that moved, not the references it passed', () => {
    expect([...detect({ csat: [50, 50, 50, 50, 65] }, { refs: 1000 }).keys()]).toEqual(['s']);
  });

  it('never judges an agent who has left', () => {
    expect(detect({ csat: [50, 50, 50, 50, 100] }, { status: 'left' }).size).toBe(0);
  });
});

describe('detectSwings: period', () => {
  it('a week ends on Sunday', () => {
    const swing = detect({ csat: [50, 50, 50, 100] }).get('s');
    expect(swing).toMatchObject({ period: TODAY, periodEnd: '2026-11-29', periodKind: 'week' });
  });

  it('a month ends on its last day; periods after today are ignored', () => {
    const periods = ['2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01', '2026-03-01'];
    const { store, agents } = population({ csat: [50, 50, 50, 100, 0] }, { periods, kind: 'month' });
    const swing = detectSwings(agents, store, { today: '2026-02-27', ranking: DEFAULTS.ranking, swing: DEFAULTS.swing });
    expect(swing.get('s')).toMatchObject({ direction: 'up', period: '2026-02-01', periodEnd: '2026-02-28', periodKind: 'month' });
  });
});

describe('detectSwings: period of a day', () => {
  it('a day ends on itself', () => {
    const periods = ['2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-23'];
    const { store, agents } = population({ csat: [50, 50, 50, 50, 100] }, { periods, kind: 'day' });
    const swing = detectSwings(agents, store, { today: TODAY, ranking: DEFAULTS.ranking, swing: DEFAULTS.swing });
    expect(swing.get('s')).toMatchObject({ period: TODAY, periodEnd: TODAY, periodKind: 'day' });
  });
});

describe('detectSwings: who is judged, and against which periods', () => {
  it('an agent listed twice is scored once, as first listed', () => {
    const { store, agents } = population({ csat: [50, 50, 50, 50, 100] });
    const opts = { today: TODAY, ranking: DEFAULTS.ranking, swing: DEFAULTS.swing };
    const once = detectSwings(agents, store, opts).get('s');
    expect(detectSwings([agents[0], ...agents], store, opts).get('s')).toEqual(once);
    expect(detectSwings([{ ...agents[0], status: 'left' }, ...agents], store, opts).has('s')).toBe(false);
  });

  it('a period without a composite score (only metrics that weigh 0) is a gap in the baseline', () => {
    const swing = detect({ csat: [50, 50, null, 50, 65], conversion: [null, null, 50, null, null] }, { ranking: { weights: { ...DEFAULTS.ranking.weights, conversion: 0 } } }).get('s');
    expect(swing).toMatchObject({ direction: 'up', size: 15, baselinePeriods: 3 });
  });

  it('no period started by today: no swings', () => {
    const { store, agents } = population({ csat: [50, 50, 50, 100] }, { periods: ['2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28'] });
    expect(detectSwings(agents, store, { today: TODAY, ranking: DEFAULTS.ranking, swing: DEFAULTS.swing }).size).toBe(0);
  });
});

describe('detectSwings: drivers', () => {
  it('a metric that moved the other way, or less than 5 points, is not a driver', () => {
    // latest (0 + 55 + 47)/3 = 34 → −16; csat −50 drives it; qa rose 5, fcr fell only 3
    const swing = detect({ csat: [50, 50, 50, 0], qa: [50, 50, 50, 55], fcr: [50, 50, 50, 47] }, { refs: 100 }).get('s');
    expect(swing?.direction).toBe('down');
    expect(swing?.drivers.map((d) => d.metric)).toEqual(['csat']);
  });

  // 20 refs: percentile 5k ↔ raw k + 0.5 (higher better) or 20 − k + 0.5 (aht, lower better)
  it.each<{ name: string; pcts: Pcts; ranking?: Partial<RankingSettings>; expected: Partial<Swing> }>([
    {
      // composites 48, 50, 52 → median 50, MAD 2, sigma 2.97; latest (100 + 60 + 55 + 45 + 70)/5 = 66
      // up moves: csat +50, conversion +20, aht +10, qa +5 (4th, cut); fcr −5 is the wrong way
      name: 'the three biggest moves in the swing direction',
      pcts: {
        csat: [40, 50, 60, 100],
        aht: [50, 50, 50, 60],
        qa: [50, 50, 50, 55],
        fcr: [50, 50, 50, 45],
        conversion: [50, 50, 50, 70],
      },
      expected: {
        direction: 'up',
        size: 16,
        latest: 66,
        baseline: 50,
        sigma: 3,
        drivers: [
          { metric: 'csat', deltaPct: 50, from: 10.5, to: 20.5, low: 8.5, high: 12.5 },
          { metric: 'conversion', deltaPct: 20, from: 10.5, to: 14.5, low: 10.5, high: 10.5 },
          { metric: 'aht', deltaPct: 10, from: 10.5, to: 8.5, low: 10.5, high: 10.5 },
        ],
      },
    },
    {
      // aht weighs 6 (total 10): composites 49, 50, 51; latest (100 + 390 + 55 + 45 + 70)/10 = 66
      // impact |delta| × weight: aht 15 × 6 = 90, csat 50, conversion 20, qa 5
      name: 'sorted by move times weight',
      pcts: {
        csat: [40, 50, 60, 100],
        aht: [50, 50, 50, 65],
        qa: [50, 50, 50, 55],
        fcr: [50, 50, 50, 45],
        conversion: [50, 50, 50, 70],
      },
      ranking: { weights: { ...DEFAULTS.ranking.weights, aht: 6 } },
      expected: {
        size: 16,
        sigma: 1.5,
        drivers: [
          { metric: 'aht', deltaPct: 15, from: 10.5, to: 7.5, low: 10.5, high: 10.5 },
          { metric: 'csat', deltaPct: 50, from: 10.5, to: 20.5, low: 8.5, high: 12.5 },
          { metric: 'conversion', deltaPct: 20, from: 10.5, to: 14.5, low: 10.5, high: 10.5 },
        ],
      },
    },
    {
      // latest (0 + 45 + 55 + 40)/4 = 35 → −15; down moves: csat −50, fcr −10, aht −5 (exactly 5 counts)
      name: 'a down swing keeps moves of exactly 5 points',
      pcts: { csat: [50, 50, 50, 0], aht: [50, 50, 50, 45], qa: [50, 50, 50, 55], fcr: [50, 50, 50, 40] },
      expected: {
        direction: 'down',
        size: -15,
        drivers: [
          { metric: 'csat', deltaPct: -50, from: 10.5, to: 0.5, low: 10.5, high: 10.5 },
          { metric: 'fcr', deltaPct: -10, from: 10.5, to: 8.5, low: 10.5, high: 10.5 },
          { metric: 'aht', deltaPct: -5, from: 10.5, to: 11.5, low: 10.5, high: 10.5 },
        ],
      },
    },
    {
      // conversion weighs 0 and qa has no baseline: neither can be a driver
      name: 'only weighted metrics with a baseline',
      pcts: { csat: [50, 50, 50, 100], conversion: [50, 50, 50, 100], qa: [null, null, null, 100] },
      ranking: { weights: { ...DEFAULTS.ranking.weights, conversion: 0 } },
      expected: {
        size: 50,
        drivers: [{ metric: 'csat', deltaPct: 50, from: 10.5, to: 20.5, low: 10.5, high: 10.5 }],
      },
    },
  ])('$name', ({ pcts, ranking, expected }) => {
    expect(detect(pcts, { ranking }).get('s')).toMatchObject(expected);
  });
});
